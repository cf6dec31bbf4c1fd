package org.compacts.compact.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

	/**
	 * @param typeIds every {@code __TypeId__} header of the record: one, or a consumer
	 * reads whichever its deserializer takes
	 */
	record Message(String key, JsonNode value, List<String> typeIds) {
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
		List<String> types = new ArrayList<>();
		for (Header type : record.headers().headers(DefaultJacksonJavaTypeMapper.DEFAULT_CLASSID_FIELD_NAME)) {
			types.add(new String(type.value(), StandardCharsets.UTF_8));
		}
		return new Message(record.key(), JSON.readTree(record.value()), types);
	}

	@Override
	public void close() {
		reader.close();
	}

}
