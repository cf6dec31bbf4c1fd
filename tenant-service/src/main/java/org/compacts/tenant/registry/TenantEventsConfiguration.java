package org.compacts.tenant.registry;

import org.compacts.contracts.Topic;
import org.compacts.servicekit.messaging.ContractTopics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topic of tenant events, created at start-up when it is missing, as the contracts
 * lay it out. Keyed by tenant slug, so one tenant's events keep their order; compacted,
 * so a consumer catching up reads each tenant's latest event, which carries the tenant's
 * whole place in the federation.
 */
@Configuration(proxyBeanMethods = false)
class TenantEventsConfiguration {

	@Bean
	KafkaAdmin.NewTopics tenantEventsTopic() {
		return ContractTopics.declare(Topic.TENANT_EVENTS);
	}

}
