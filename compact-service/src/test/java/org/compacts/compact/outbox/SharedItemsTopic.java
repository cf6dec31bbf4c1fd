package org.compacts.compact.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.compacts.contracts.Topics;
import org.compacts.testkit.TestServers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/**
 * Reads compacts.shared-items from the start, as a consumer of ours would, raw: key, JSON
 * and type header.
 */
final class SharedItemsTopic implements AutoCloseable {

	record Message(String key, JsonNode value, String typeId) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final KafkaConsumer<String, String> consumer;

	private final List<Message> seen = new ArrayList<>();

	SharedItemsTopic() {
		consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers(),
						ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer());
		consumer.subscribe(List.of(Topics.SHARED_ITEMS));
	}

	/**
	 * Every message with this key seen so far, after waiting until at least one has
	 * arrived.
	 */
	List<Message> awaitFor(String key) {
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			poll();
			return seen.stream().anyMatch(message -> message.key().equals(key));
		});
		return seen.stream().filter(message -> message.key().equals(key)).toList();
	}

	private void poll() {
		for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
			var type = record.headers().lastHeader("__TypeId__");
			seen.add(new Message(record.key(), JSON.readTree(record.value()),
					type == null ? null : new String(type.value())));
		}
	}

	@Override
	public void close() {
		consumer.close();
	}

}
