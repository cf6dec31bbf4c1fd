package org.compacts.servicekit.messaging;

import java.util.Arrays;

import org.apache.kafka.clients.admin.NewTopic;
import org.compacts.contracts.Topic;

import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics a service creates at start-up when they are missing, laid out as the
 * contracts declare them; replication is the broker's default. A service declares the
 * ones it owns: {@code @Bean KafkaAdmin.NewTopics topics() { return
 * ContractTopics.declare(Topic.APPLY_OUTCOMES); }}.
 */
public final class ContractTopics {

	private ContractTopics() {
	}

	public static KafkaAdmin.NewTopics declare(Topic... topics) {
		return new KafkaAdmin.NewTopics(Arrays.stream(topics).map(ContractTopics::newTopic).toArray(NewTopic[]::new));
	}

	static NewTopic newTopic(Topic topic) {
		TopicBuilder builder = TopicBuilder.name(topic.topicName()).partitions(topic.partitions());
		return topic.compacted() ? builder.compact().build() : builder.build();
	}

}
