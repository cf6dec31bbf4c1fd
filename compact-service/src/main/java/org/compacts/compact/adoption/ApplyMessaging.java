package org.compacts.compact.adoption;

import org.compacts.contracts.Topic;
import org.compacts.servicekit.messaging.ContractTopics;

import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.support.converter.MessagingMessageConverter;

/**
 * The topics the apply reads and writes, created when missing as the contracts lay them
 * out (sync-service creates them the same way, whichever starts first). What happens to a
 * command that cannot be applied is service-kit's messaging, configured under
 * {@code compacts.messaging}.
 */
@Configuration(proxyBeanMethods = false)
class ApplyMessaging {

	@Bean
	KafkaAdmin.NewTopics applyTopics() {
		return ContractTopics.declare(Topic.APPLY_COMMANDS, Topic.APPLY_OUTCOMES, Topic.SYNC_DEAD_LETTERS);
	}

	/**
	 * Boot's listener factory, but without the JSON message converter Spring Modulith
	 * registers for the outbox's sends: that converter would read the command again from
	 * bytes, while the consumer's deserializer has read it already (and sends what it
	 * cannot read to the dead letters), so the listener takes the record as read.
	 */
	@Bean
	ConcurrentKafkaListenerContainerFactory<Object, Object> kafkaListenerContainerFactory(
			ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers) {
		ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
		configurer.configure(factory, consumers);
		factory.setRecordMessageConverter(new MessagingMessageConverter());
		return factory;
	}

}
