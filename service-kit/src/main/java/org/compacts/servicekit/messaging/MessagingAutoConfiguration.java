package org.compacts.servicekit.messaging;

import java.time.Duration;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListenerConfigurer;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Every service's Kafka listeners fail the same way: Boot's listener container factory
 * takes the one {@link CommonErrorHandler} of the context, this one unless a service
 * declares its own.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
		"org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration" })
@ConditionalOnClass(KafkaTemplate.class)
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

	@Bean
	@ConditionalOnBean(ProducerFactory.class)
	DeadLetters deadLetters(ProducerFactory<Object, Object> producers, MessagingProperties properties,
			ObjectProvider<MeterRegistry> meters) {
		return new DeadLetters(producers, properties.deadLetterTopic(), meters);
	}

	/**
	 * Every consumer's session, unless a service sets its own: a consumer heartbeats
	 * three times in it, as Kafka advises.
	 */
	@Bean
	@ConditionalOnClass(DefaultKafkaConsumerFactoryCustomizer.class)
	DefaultKafkaConsumerFactoryCustomizer consumerSession(MessagingProperties properties) {
		return factory -> sessionOf(factory, properties.sessionTimeout());
	}

	static void sessionOf(DefaultKafkaConsumerFactory<?, ?> factory, Duration session) {
		Map<String, Object> configured = factory.getConfigurationProperties();
		if (configured.containsKey(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG)) {
			return;
		}
		factory.updateConfigs(Map.of(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) session.toMillis(),
				ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) session.toMillis() / 3));
	}

	/**
	 * A poison record goes to the dead-letter topic at once: one that could not be read,
	 * is of the wrong type or invalid (Spring Kafka never retries those), or a
	 * {@link PoisonRecord}. Any other failure is tried again with a growing back-off,
	 * then goes there too. Either way the partition moves on and the records after it are
	 * handled.
	 */
	@Bean
	@ConditionalOnBean(DeadLetters.class)
	@ConditionalOnMissingBean(CommonErrorHandler.class)
	DefaultErrorHandler kafkaErrorHandler(DeadLetters deadLetters, MessagingProperties properties) {
		MessagingProperties.Retry retry = properties.retry();
		ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retry.attempts());
		backOff.setInitialInterval(retry.initialInterval().toMillis());
		backOff.setMultiplier(retry.multiplier());
		backOff.setMaxInterval(retry.maxInterval().toMillis());
		DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters.recoverer(), backOff);
		handler.addNotRetryableExceptions(PoisonRecord.class);
		return handler;
	}

	/**
	 * Listeners take their contract record as a {@code @Valid @Payload} parameter,
	 * checked by the application's Bean Validation ({@link ValidatedPayloads}).
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(jakarta.validation.Validator.class)
	static class ListenerValidation {

		@Bean
		@ConditionalOnBean(jakarta.validation.Validator.class)
		KafkaListenerConfigurer validatedPayloads(jakarta.validation.Validator validator) {
			return registrar -> registrar
				.setCustomMethodArgumentResolvers(new ValidatedPayloads(new SpringValidatorAdapter(validator)));
		}

	}

}
