package org.compacts.compact.item;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.compacts.contracts.Topics;
import org.compacts.contracts.sync.SharedItemPublished;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/** Which of our events leave the service, as which contract, on which topic and key. */
@Configuration(proxyBeanMethods = false)
class SharedItemsExternalization {

	static final String TYPE_ID_HEADER = "__TypeId__";

	@Bean
	EventExternalizationConfiguration eventExternalization() {
		return EventExternalizationConfiguration.externalizing()
			.selectByType(ItemPublished.class)
			.mapping(ItemPublished.class, SharedItemsExternalization::toContract)
			.route(ItemPublished.class,
					event -> RoutingTarget.forTarget(Topics.SHARED_ITEMS).andKey(event.tenant() + "/" + event.itemId()))
			// Modulith's message converter writes the JSON; the type goes in the header Spring Kafka's
			// JacksonJsonDeserializer reads (raw bytes, as its serializer would write it)
			.headers(ItemPublished.class,
					event -> Map.of(TYPE_ID_HEADER, SharedItemPublished.class.getName().getBytes(StandardCharsets.UTF_8)))
			.build();
	}

	/** Compacted: a district that starts following catches up from the latest version of each item. */
	@Bean
	NewTopic sharedItemsTopic() {
		return TopicBuilder.name(Topics.SHARED_ITEMS).partitions(3).compact().build();
	}

	static SharedItemPublished toContract(ItemPublished event) {
		return new SharedItemPublished(event.eventId(), SharedItemPublished.SCHEMA_VERSION, event.tenant(),
				event.itemId(), event.kind().name(), event.version(), event.mode().name(), event.retired(),
				event.content(), event.publishedAt());
	}

}
