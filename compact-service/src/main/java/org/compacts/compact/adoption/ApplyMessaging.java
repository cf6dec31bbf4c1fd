package org.compacts.compact.adoption;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.compacts.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

/**
 * The topics the apply reads and writes (declared with sync-service's settings, whichever
 * starts first), and what happens to a command that cannot be applied: a poison one
 * ({@link PoisonCommand}, or one that could not be read) goes to the dead-letter topic at
 * once; any other failure is tried again a few times, waiting longer each time, then goes
 * there too. Either way the partition moves on.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApplyMessaging.RetryProperties.class)
class ApplyMessaging {

	private static final int PARTITIONS = 3;

	/**
	 * @param initialInterval how long before a failed command is tried again
	 * @param maxInterval the longest wait between two tries
	 * @param attempts how many more tries before it goes to the dead-letter topic
	 */
	@ConfigurationProperties("compacts.apply.retry")
	record RetryProperties(@DefaultValue("PT1S") Duration initialInterval, @DefaultValue("PT60S") Duration maxInterval,
			@DefaultValue("10") int attempts) {
	}

	@Bean
	KafkaAdmin.NewTopics applyTopics() {
		return new KafkaAdmin.NewTopics(TopicBuilder.name(Topics.APPLY_COMMANDS).partitions(PARTITIONS).build(),
				TopicBuilder.name(Topics.APPLY_OUTCOMES).partitions(PARTITIONS).build(),
				TopicBuilder.name(Topics.SYNC_DEAD_LETTERS).partitions(PARTITIONS).build());
	}

	@Bean
	DefaultErrorHandler applyErrorHandler(DeadLetters deadLetters, RetryProperties retry) {
		ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retry.attempts());
		backOff.setInitialInterval(retry.initialInterval().toMillis());
		backOff.setMultiplier(2.0);
		backOff.setMaxInterval(retry.maxInterval().toMillis());
		DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters.recoverer(), backOff);
		handler.addNotRetryableExceptions(PoisonCommand.class);
		return handler;
	}

	@Bean
	DeadLetters deadLetters(ProducerFactory<Object, Object> producers) {
		return new DeadLetters(producers);
	}

	/**
	 * Publishes failed records to {@link Topics#SYNC_DEAD_LETTERS} with their original
	 * key and Spring Kafka's headers naming the original topic, partition, offset and the
	 * exception. A value that could not be read is published as the bytes that arrived
	 * (the service's producer writes bytes: the outbox hands it JSON); one refused after
	 * reading is written as JSON.
	 */
	static final class DeadLetters implements DisposableBean {

		private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

		private final KafkaTemplate<Object, Object> bytes;

		private final KafkaTemplate<Object, Object> json;

		private final DeadLetterPublishingRecoverer recoverer;

		DeadLetters(ProducerFactory<Object, Object> producers) {
			this.bytes = new KafkaTemplate<>(producers);
			this.json = new KafkaTemplate<>(producers,
					Map.of(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, JacksonJsonSerializer.class));
			Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
			templates.put(byte[].class, bytes);
			templates.put(Object.class, json);
			// a negative partition lets the producer choose by key
			this.recoverer = new DeadLetterPublishingRecoverer(templates,
					(record, ex) -> new TopicPartition(Topics.SYNC_DEAD_LETTERS, -1));
		}

		ConsumerAwareRecordRecoverer recoverer() {
			return (record, consumer, exception) -> {
				recoverer.accept(record, consumer, exception);
				log.warn("{}-{}@{} (key {}) sent to {}: {}", record.topic(), record.partition(), record.offset(),
						record.key(), Topics.SYNC_DEAD_LETTERS,
						NestedExceptionUtils.getMostSpecificCause(exception).toString());
			};
		}

		@Override
		public void destroy() {
			bytes.destroy();
			json.destroy();
		}

	}

}
