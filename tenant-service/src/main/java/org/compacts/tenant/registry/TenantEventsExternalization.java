package org.compacts.tenant.registry;

import org.compacts.contracts.Topics;
import org.compacts.contracts.tenant.TenantEvent;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/**
 * Tenant events leave the service through Spring Modulith's event publication registry:
 * {@link TenantRegistry} raises the contract record in the transaction of the change, the
 * registry records it there, and the externalization puts it on the tenant events topic
 * after the commit, keyed by slug. Spring Kafka's JSON message converter writes the
 * record as JSON and its class in the {@code __TypeId__} header, which sync-service's
 * JSON deserializer reads: no header of our own, or the record would carry two. Sends are
 * made one at a time, in the order the events were recorded, and wait for the broker
 * rather than give up, so one tenant's events reach the topic in their order: see
 * {@code application.yml} and ADR 11.
 */
@Configuration(proxyBeanMethods = false)
class TenantEventsExternalization {

	@Bean
	EventExternalizationConfiguration eventExternalization() {
		return EventExternalizationConfiguration.externalizing()
			.select(TenantEvent.class::isInstance)
			.route(TenantEvent.class, event -> RoutingTarget.forTarget(Topics.TENANT_EVENTS).andKey(event.tenant()))
			.build();
	}

}
