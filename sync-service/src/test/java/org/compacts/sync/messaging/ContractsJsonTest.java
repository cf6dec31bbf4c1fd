package org.compacts.sync.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.compacts.contracts.Topics;
import org.compacts.contracts.sync.ApplyCommand;
import org.compacts.contracts.sync.ApplyOutcome;
import org.compacts.contracts.sync.SharedItemPublished;
import org.compacts.contracts.sync.SyncEvent;
import org.compacts.contracts.sync.SyncStatusChanged;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wire format of the sync records, as Spring Kafka's JSON serializer writes them and
 * compact-service reads them: the class in {@code __TypeId__}, instants and durations as
 * ISO-8601 text.
 */
class ContractsJsonTest {

	static final UUID ITEM = UUID.fromString("6f1c2a4e-0000-4000-8000-000000000001");

	static final Instant PUBLISHED = Instant.parse("2026-03-02T09:00:00.125Z");

	final JacksonJsonSerializer<Object> serializer = new JacksonJsonSerializer<>();

	final JacksonJsonDeserializer<Object> deserializer = new JacksonJsonDeserializer<>(Object.class)
		.trustedPackages(SyncEvent.class.getPackageName());

	@Test
	void anApplyCommandTravelsAsJsonNamedByItsClass() {
		ApplyCommand command = new ApplyCommand(UUID.randomUUID(), 1, "swale", "kent", ITEM, "CODE", 3, "ADAPTABLE",
				false, "{\"aim\":\"12 weeks\"}", PUBLISHED, 2);
		RecordHeaders headers = new RecordHeaders();

		byte[] json = serializer.serialize(Topics.APPLY_COMMANDS, headers, command);

		assertThat(new String(headers.lastHeader("__TypeId__").value(), StandardCharsets.UTF_8))
			.isEqualTo("org.compacts.contracts.sync.ApplyCommand");
		assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"district\":\"swale\"")
			.contains("\"publishedAt\":\"2026-03-02T09:00:00.125Z\"")
			.contains("\"content\":\"{\\\"aim\\\":\\\"12 weeks\\\"}\"");
		assertThat(deserializer.deserialize(Topics.APPLY_COMMANDS, headers, json)).isEqualTo(command);
	}

	@Test
	void aSyncStatusCarriesItsLagAsAnIsoDuration() {
		SyncStatusChanged status = new SyncStatusChanged(UUID.randomUUID(), 1, "swale", "kent", ITEM, 3, 3,
				SyncStatusChanged.State.IN_SYNC, Duration.ofMillis(1500), PUBLISHED.plusSeconds(2));
		RecordHeaders headers = new RecordHeaders();

		byte[] json = serializer.serialize(Topics.SYNC_STATUS, headers, status);

		assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"lag\":\"PT1.5S\"")
			.contains("\"state\":\"IN_SYNC\"");
		assertThat(deserializer.deserialize(Topics.SYNC_STATUS, headers, json)).isEqualTo(status);
	}

	@Test
	void anOutcomeAndASharedItemReadBackAsTheyWereWritten() {
		ApplyOutcome outcome = new ApplyOutcome(UUID.randomUUID(), 1, "swale", "kent", ITEM, 3,
				ApplyOutcome.Result.MERGED, "kept the local aim", PUBLISHED.plusSeconds(1));
		SharedItemPublished item = new SharedItemPublished(UUID.randomUUID(), 1, "kent", ITEM, "PRINCIPLE", 1, "CORE",
				true, null, PUBLISHED, 4);

		for (Object record : new Object[] { outcome, item }) {
			RecordHeaders headers = new RecordHeaders();
			byte[] json = serializer.serialize("any", headers, record);
			assertThat(deserializer.deserialize("any", headers, json)).isEqualTo(record);
		}
		assertThat(SharedItemPublished.key("kent", ITEM)).isEqualTo("kent/" + ITEM);
		assertThat(SyncStatusChanged.key("swale", "kent", ITEM)).isEqualTo("swale/kent/" + ITEM);
	}

	@Test
	void aFieldAddedByANewerProducerIsIgnoredNotFatal() {
		RecordHeaders headers = new RecordHeaders();
		headers.add("__TypeId__", ApplyOutcome.class.getName().getBytes(StandardCharsets.UTF_8));
		String json = """
				{"eventId":"6f1c2a4e-0000-4000-8000-000000000002","schemaVersion":1,"district":"swale",
				 "sourceTenant":"kent","itemId":"%s","version":3,"result":"APPLIED","detail":null,
				 "appliedAt":"2026-03-02T09:00:01Z","appliedBy":"sam.editor"}""".formatted(ITEM);

		Object read = deserializer.deserialize("any", headers, json.getBytes(StandardCharsets.UTF_8));

		assertThat(read).isInstanceOfSatisfying(ApplyOutcome.class,
				outcome -> assertThat(outcome.result()).isEqualTo(ApplyOutcome.Result.APPLIED));
	}

	@Test
	void aRecordWrittenBeforePositionsWereCarriedReadsWithoutOne() {
		RecordHeaders headers = new RecordHeaders();
		headers.add("__TypeId__", ApplyCommand.class.getName().getBytes(StandardCharsets.UTF_8));
		String json = """
				{"commandId":"6f1c2a4e-0000-4000-8000-000000000003","schemaVersion":1,"district":"swale",
				 "sourceTenant":"kent","itemId":"%s","kind":"CODE","version":3,"mode":"CORE","retired":false,
				 "content":"{}","publishedAt":"2026-03-02T09:00:00Z"}""".formatted(ITEM);

		Object read = deserializer.deserialize("any", headers, json.getBytes(StandardCharsets.UTF_8));

		assertThat(read).isInstanceOfSatisfying(ApplyCommand.class, command -> {
			assertThat(command.version()).isEqualTo(3);
			assertThat(command.position()).isNull();
		});
	}

}
