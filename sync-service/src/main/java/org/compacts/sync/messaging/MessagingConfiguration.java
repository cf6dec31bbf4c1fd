package org.compacts.sync.messaging;

import org.compacts.contracts.Topic;
import org.compacts.servicekit.messaging.ContractTopics;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics sync-service reads and writes. What happens to a record its listeners cannot
 * handle is service-kit's messaging, configured under {@code compacts.messaging}.
 *
 * <p>
 * Every topic is declared here, those other services produce included, laid out as the
 * contracts declare them: sync-service may start first on a new cluster, and its
 * listeners should find their topics there.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MessagingProperties.class)
class MessagingConfiguration {

	@Bean
	KafkaAdmin.NewTopics syncTopics() {
		return ContractTopics.declare(Topic.values());
	}

}
