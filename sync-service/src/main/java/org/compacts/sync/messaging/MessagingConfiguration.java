package org.compacts.sync.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.compacts.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * The topics sync-service reads and writes, and what happens to a record its listeners
 * cannot handle.
 *
 * <p>
 * Every topic is declared here, those other services produce included, with the same
 * settings as theirs: sync-service may start first on a new cluster, and its listeners
 * should find their topics there.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MessagingProperties.class)
class MessagingConfiguration {

	/** Partitions per topic: the most consumers of one group that can share the work. */
	private static final int PARTITIONS = 3;

	@Bean
	KafkaAdmin.NewTopics syncTopics() {
		return new KafkaAdmin.NewTopics(
				TopicBuilder.name(Topics.TENANT_EVENTS).partitions(PARTITIONS).compact().build(),
				TopicBuilder.name(Topics.SHARED_ITEMS).partitions(PARTITIONS).compact().build(),
				TopicBuilder.name(Topics.APPLY_COMMANDS).partitions(PARTITIONS).build(),
				TopicBuilder.name(Topics.APPLY_OUTCOMES).partitions(PARTITIONS).build(),
				TopicBuilder.name(Topics.SYNC_STATUS).partitions(PARTITIONS).compact().build(),
				TopicBuilder.name(Topics.SYNC_DEAD_LETTERS).partitions(PARTITIONS).build());
	}

	/**
	 * A poison record ({@link PoisonMessage}, or a value that could not be deserialized)
	 * goes to the dead-letter topic at once; any other failure is tried again a few
	 * times, waiting longer each time, then goes there too. Either way the partition
	 * moves on and the records after it are handled.
	 */
	@Bean
	DefaultErrorHandler syncErrorHandler(DeadLetters deadLetters, MessagingProperties properties) {
		ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.retryAttempts());
		backOff.setInitialInterval(properties.retryInitialInterval().toMillis());
		backOff.setMultiplier(2.0);
		backOff.setMaxInterval(properties.retryMaxInterval().toMillis());
		DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters.recoverer(), backOff);
		handler.addNotRetryableExceptions(PoisonMessage.class);
		return handler;
	}

	@Bean
	DeadLetters deadLetters(KafkaTemplate<Object, Object> kafka) {
		return new DeadLetters(kafka);
	}

	/**
	 * Publishes failed records to {@link Topics#SYNC_DEAD_LETTERS} with their original
	 * key, and with Spring Kafka's headers naming the original topic, partition, offset
	 * and the exception. A value that could not be deserialized is published as the bytes
	 * that arrived; one refused after reading is published as JSON.
	 */
	static final class DeadLetters implements DisposableBean {

		private final KafkaTemplate<Object, Object> bytes;

		private final DeadLetterPublishingRecoverer recoverer;

		private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

		DeadLetters(KafkaTemplate<Object, Object> json) {
			this.bytes = new KafkaTemplate<>(json.getProducerFactory(),
					Map.of(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
			Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
			templates.put(byte[].class, bytes);
			templates.put(Object.class, json);
			// a negative partition lets the producer choose by key: one dead-letter topic
			// for every source topic
			this.recoverer = new DeadLetterPublishingRecoverer(templates,
					(record, ex) -> new TopicPartition(Topics.SYNC_DEAD_LETTERS, -1));
		}

		/**
		 * Publishes the record to the dead-letter topic, then says so in the log: someone
		 * has to look at it.
		 */
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
		}

	}

}
