package org.compacts.tenant.registry;

import org.apache.kafka.clients.admin.NewTopic;
import org.compacts.contracts.Topics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topic of tenant events, created at start-up when it is missing. Keyed by tenant
 * slug, so one tenant's events keep their order; compacted, so a consumer catching up
 * reads each tenant's latest event, which carries the tenant's whole place in the
 * federation. Replication is the broker's default.
 */
@Configuration(proxyBeanMethods = false)
class TenantEventsConfiguration {

	@Bean
	NewTopic tenantEventsTopic() {
		return TopicBuilder.name(Topics.TENANT_EVENTS).partitions(3).compact().build();
	}

}
