package org.compacts.compact.adoption;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.compacts.compact.versioning.ItemContent;
import org.compacts.contracts.Topics;
import org.compacts.contracts.sync.ApplyCommand;
import org.compacts.contracts.sync.ApplyOutcome;
import org.compacts.contracts.sync.SyncEvent;
import org.compacts.testkit.TestKafka;
import tools.jackson.databind.json.JsonMapper;

/**
 * The test plays sync-service on the real broker, with testkit's {@link TestKafka}: it
 * sends apply commands as sync-service does (JSON with the {@code __TypeId__} header,
 * keyed by district) and reads the outcomes compact-service sends back.
 */
final class SyncTopics {

	private static final JsonMapper CONTENT = JsonMapper.builder().build();

	private SyncTopics() {
	}

	static ApplyCommand command(String district, String source, UUID item, String kind, int version, String mode,
			ItemContent content) {
		return command(district, source, item, kind, version, mode, content, null);
	}

	/**
	 * A command with the item's position at its source ({@code null}: as sync-service
	 * sent before positions were carried).
	 */
	static ApplyCommand command(String district, String source, UUID item, String kind, int version, String mode,
			ItemContent content, Integer position) {
		return new ApplyCommand(UUID.randomUUID(), SyncEvent.SCHEMA_VERSION, district, source, item, kind, version,
				mode, false, CONTENT.writeValueAsString(content), Instant.now(), position);
	}

	/** The same command again with another position: the source reordered its items. */
	static ApplyCommand movedTo(ApplyCommand command, int position) {
		return new ApplyCommand(UUID.randomUUID(), command.schemaVersion(), command.district(), command.sourceTenant(),
				command.itemId(), command.kind(), command.version(), command.mode(), command.retired(),
				command.content(), Instant.now(), position);
	}

	static ApplyCommand retirement(ApplyCommand last) {
		return new ApplyCommand(UUID.randomUUID(), SyncEvent.SCHEMA_VERSION, last.district(), last.sourceTenant(),
				last.itemId(), last.kind(), last.version() + 1, last.mode(), true, last.content(), Instant.now(),
				last.position());
	}

	/** The same command for another district, as sync-service fans one version out. */
	static ApplyCommand forDistrict(ApplyCommand command, String district) {
		return new ApplyCommand(UUID.randomUUID(), command.schemaVersion(), district, command.sourceTenant(),
				command.itemId(), command.kind(), command.version(), command.mode(), command.retired(),
				command.content(), Instant.now(), command.position());
	}

	static void send(ApplyCommand command) {
		send(Topics.APPLY_COMMANDS, command.district(), command);
	}

	static void send(String topic, String key, Object value) {
		TestKafka.send(topic, key, value);
	}

	static void sendText(String topic, String key, String value, String typeId) {
		TestKafka.sendText(topic, key, value, typeId);
	}

	/** What compact-service answers, read as sync-service reads it. */
	static TestKafka.Reader<Object> outcomes() {
		return TestKafka.json(Topics.APPLY_OUTCOMES, SyncEvent.class.getPackageName());
	}

	static TestKafka.Reader<String> deadLetters() {
		return TestKafka.text(Topics.SYNC_DEAD_LETTERS);
	}

	/**
	 * The outcomes about one item in one district, for {@link TestKafka.Reader#await}.
	 */
	static Predicate<ConsumerRecord<String, Object>> outcomeOf(String district, UUID item) {
		return record -> record.value() instanceof ApplyOutcome outcome && outcome.district().equals(district)
				&& outcome.itemId().equals(item);
	}

	static List<ApplyOutcome> values(List<ConsumerRecord<String, Object>> records) {
		return records.stream().map(record -> (ApplyOutcome) record.value()).toList();
	}

}
