package org.compacts.compact.item;

import org.compacts.contracts.Topic;
import org.compacts.contracts.Topics;
import org.compacts.contracts.sync.ApplyOutcome;
import org.compacts.contracts.sync.SharedItemPublished;
import org.compacts.servicekit.messaging.ContractTopics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/**
 * Which of our events leave the service, as which contract, on which topic and key: the
 * publications of shared items, and the outcomes of applying upstream versions in a
 * district (raised as the contract record itself, by {@code adoption}, in the transaction
 * that applied or resolved). Spring Kafka's JSON message converter writes the contract
 * record as JSON and its class in the {@code __TypeId__} header, which the consumers'
 * JSON deserializer reads: no header of our own, or the record would carry two. Sends are
 * made one at a time and wait for the broker, so one key's events keep their order: see
 * {@code application.yml} and ADR 11.
 */
@Configuration(proxyBeanMethods = false)
class SharedItemsExternalization {

	@Bean
	EventExternalizationConfiguration eventExternalization() {
		return EventExternalizationConfiguration.externalizing()
			.select(event -> event instanceof ItemPublished || event instanceof ApplyOutcome)
			.mapping(ItemPublished.class, SharedItemsExternalization::toContract)
			.route(ItemPublished.class,
					event -> RoutingTarget.forTarget(Topics.SHARED_ITEMS).andKey(event.tenant() + "/" + event.itemId()))
			.route(ApplyOutcome.class,
					outcome -> RoutingTarget.forTarget(Topics.APPLY_OUTCOMES).andKey(outcome.district()))
			.build();
	}

	/**
	 * Compacted: a district that starts following catches up from the latest version of
	 * each item.
	 */
	@Bean
	KafkaAdmin.NewTopics sharedItemsTopic() {
		return ContractTopics.declare(Topic.SHARED_ITEMS);
	}

	static SharedItemPublished toContract(ItemPublished event) {
		return new SharedItemPublished(event.eventId(), SharedItemPublished.SCHEMA_VERSION, event.tenant(),
				event.itemId(), event.kind().name(), event.version(), event.mode().name(), event.retired(),
				event.content(), event.publishedAt(), event.position());
	}

}
