package org.compacts.servicekit.messaging;

import java.util.stream.Stream;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.compacts.contracts.Topic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ContractTopicsTest {

	@Test
	void aTopicIsCreatedWithTheContractsNamePartitionsAndCompaction() {
		assertThat(Stream.of(Topic.SHARED_ITEMS, Topic.APPLY_COMMANDS).map(ContractTopics::newTopic))
			.extracting(NewTopic::name, NewTopic::numPartitions, ContractTopicsTest::cleanupPolicy)
			.containsExactly(tuple("compacts.shared-items", 3, TopicConfig.CLEANUP_POLICY_COMPACT),
					tuple("compacts.apply-commands", 3, null));
	}

	private static String cleanupPolicy(NewTopic topic) {
		return topic.configs() == null ? null : topic.configs().get(TopicConfig.CLEANUP_POLICY_CONFIG);
	}

}
