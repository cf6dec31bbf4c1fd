package org.compacts.servicekit.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

/**
 * Publishes failed records to the dead-letter topic with their original key and Spring
 * Kafka's headers naming the original topic, partition, offset and the exception, then
 * says so in the log and counts it ({@value #SENT}): someone has to look at it.
 *
 * <p>
 * A value that could not be read is published as the bytes that arrived; one refused
 * after reading is written as JSON. Both serializers are set here, whatever the service's
 * own producer writes (compact-service's writes bytes, the outbox hands it JSON;
 * sync-service's writes JSON), so every service's dead letters look alike.
 */
final class DeadLetters implements DisposableBean {

	/** How many records were sent to the dead-letter topic, by their original topic. */
	static final String SENT = "compacts.dead.letters.sent";

	private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

	private final String topic;

	private final KafkaTemplate<Object, Object> bytes;

	private final KafkaTemplate<Object, Object> json;

	private final DeadLetterPublishingRecoverer recoverer;

	private final ObjectProvider<MeterRegistry> meters;

	DeadLetters(ProducerFactory<Object, Object> producers, String topic, ObjectProvider<MeterRegistry> meters) {
		this.topic = topic;
		this.meters = meters;
		this.bytes = new KafkaTemplate<>(producers,
				Map.of(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
		this.json = new KafkaTemplate<>(producers,
				Map.of(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, JacksonJsonSerializer.class));
		Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
		templates.put(byte[].class, bytes);
		templates.put(Object.class, json);
		// a negative partition lets the producer choose by key: one dead-letter topic for
		// every source topic, whatever its partitions
		this.recoverer = new DeadLetterPublishingRecoverer(templates,
				(record, exception) -> new TopicPartition(topic, -1));
	}

	ConsumerAwareRecordRecoverer recoverer() {
		return (record, consumer, exception) -> {
			recoverer.accept(record, consumer, exception);
			meters.ifAvailable(registry -> Counter.builder(SENT)
				.description("Records sent to the dead-letter topic, by the topic they came from")
				.tag("topic", record.topic())
				.tag("dead_letter_topic", topic)
				.register(registry)
				.increment());
			log.warn("{}-{}@{} (key {}) sent to {}: {}", record.topic(), record.partition(), record.offset(),
					record.key(), topic, NestedExceptionUtils.getMostSpecificCause(exception).toString());
		};
	}

	@Override
	public void destroy() {
		bytes.destroy();
		json.destroy();
	}

}
