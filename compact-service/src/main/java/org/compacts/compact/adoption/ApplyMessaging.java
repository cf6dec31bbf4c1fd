package org.compacts.compact.adoption;

import org.compacts.contracts.Topic;
import org.compacts.servicekit.messaging.ContractTopics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

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

}
