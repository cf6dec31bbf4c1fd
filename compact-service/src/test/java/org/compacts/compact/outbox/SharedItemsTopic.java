package org.compacts.compact.outbox;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.compacts.contracts.Topics;
import org.compacts.testkit.TestKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.support.mapping.DefaultJacksonJavaTypeMapper;

/**
 * Reads compacts.shared-items from the start, as a consumer of ours would, raw: key, JSON
 * and type header.
 */
final class SharedItemsTopic implements AutoCloseable {

	record Message(String key, JsonNode value, String typeId) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final TestKafka.Reader<String> reader = TestKafka.text(Topics.SHARED_ITEMS);

	/**
	 * Every message with this key seen so far, after waiting until at least one has
	 * arrived.
	 */
	List<Message> awaitFor(String key) {
		return reader.await(record -> key.equals(record.key()), 1).stream().map(SharedItemsTopic::message).toList();
	}

	private static Message message(ConsumerRecord<String, String> record) {
		Header type = record.headers().lastHeader(DefaultJacksonJavaTypeMapper.DEFAULT_CLASSID_FIELD_NAME);
		return new Message(record.key(), JSON.readTree(record.value()), type == null ? null : new String(type.value()));
	}

	@Override
	public void close() {
		reader.close();
	}

}
