package org.compacts.compact.federation;

import jakarta.validation.Valid;
import org.compacts.contracts.Topic;
import org.compacts.contracts.Topics;
import org.compacts.contracts.tenant.TenantEvent;
import org.compacts.servicekit.messaging.ContractTopics;
import org.compacts.servicekit.messaging.PoisonRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.Payload;

/**
 * Keeps {@link Federation} from the tenant events. A group of its own, from the topic's
 * beginning the first time: the compacted topic holds every compact's latest event, so
 * reading it all rebuilds the table, and reading it again changes nothing. Works in no
 * tenant, which is what lets it write the table. A record that cannot be read or is
 * invalid goes to the dead-letter topic, as service-kit's messaging does for every
 * listener.
 */
@Configuration(proxyBeanMethods = false)
class TenantEvents {

	static final String GROUP = "compact-service-federation";

	private static final Logger log = LoggerFactory.getLogger(TenantEvents.class);

	private final Federation federation;

	private final ApplicationEventPublisher events;

	TenantEvents(Federation federation, ApplicationEventPublisher events) {
		this.federation = federation;
		this.events = events;
	}

	/**
	 * tenant-service owns the topic; whichever service starts first on a new cluster
	 * creates it as the contracts lay it out (compacted), rather than let the broker
	 * create a plain one when the listener subscribes.
	 */
	@Bean
	KafkaAdmin.NewTopics tenantEventsTopic() {
		return ContractTopics.declare(Topic.TENANT_EVENTS);
	}

	@KafkaListener(topics = Topics.TENANT_EVENTS, groupId = GROUP, properties = "auto.offset.reset=earliest")
	void on(@Valid @Payload TenantEvent event, @Header(name = KafkaHeaders.RECEIVED_KEY, required = false) String key) {
		// compaction keeps one record per key: one keyed for another tenant would hide
		// that tenant's latest event
		if (!event.tenant().equals(key)) {
			throw new PoisonRecord("a tenant event for " + event.tenant() + " keyed " + key);
		}
		if (!federation.record(event)) {
			log.info("Tenant event {} for {} is older than the one stored: ignored", event.eventId(), event.tenant());
		}
		events.publishEvent(new MemberHeard(event.tenant()));
	}

}
