package org.compacts.sync.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.compacts.contracts.Topics;
import org.compacts.contracts.sync.ApplyCommand;
import org.compacts.contracts.sync.ApplyOutcome;
import org.compacts.contracts.sync.SharedItemPublished;
import org.compacts.contracts.tenant.TenantCreated;
import org.compacts.sync.SyncKafka;
import org.compacts.testkit.RealServers;
import org.compacts.testkit.TestKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.contracts.tenant.Adoption.ADOPTS_PARENT_CORE;
import static org.compacts.contracts.tenant.Adoption.KEEPS_OWN;
import static org.compacts.contracts.tenant.TenantLevel.COUNTY;
import static org.compacts.contracts.tenant.TenantLevel.DISTRICT;
import static org.compacts.sync.SyncEvents.code;
import static org.compacts.sync.SyncEvents.sendItem;
import static org.compacts.sync.SyncEvents.tenant;
import static org.compacts.sync.SyncEvents.uniqueSlug;

/**
 * A record that cannot be read, or that names a schema version sync-service does not
 * know, goes to the dead-letter topic at once, with the reason; the records after it on
 * the same partition are handled.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers(database = "sync", kafka = true, keycloak = true)
class DeadLetterIT {

	@Autowired
	JdbcTemplate jdbc;

	TestKafka.Reader<Object> commands;

	TestKafka.Reader<String> deadLetters;

	String county;

	String district;

	@BeforeEach
	void aCountyWithAFollowingDistrict() {
		county = uniqueSlug("derbyshire");
		district = uniqueSlug("south-derbyshire");
		tenant(county, COUNTY, null, KEEPS_OWN);
		SyncKafka.awaitHandled(tenant(district, DISTRICT, county, ADOPTS_PARENT_CORE));
		commands = SyncKafka.json(Topics.APPLY_COMMANDS);
		deadLetters = SyncKafka.text(Topics.SYNC_DEAD_LETTERS);
	}

	@AfterEach
	void close() {
		commands.close();
		deadLetters.close();
	}

	@Test
	void aSharedItemThatIsNotJsonGoesToTheDeadLettersAndTheNextItemOfTheSameKeyStillFansOut() {
		UUID item = UUID.randomUUID();
		String key = SharedItemPublished.key(county, item);

		SyncKafka.sendText(Topics.SHARED_ITEMS, key, "{not json at all", SharedItemPublished.class.getName());
		RecordMetadata good = sendItem(code(county, item, 1));
		SyncKafka.awaitHandled(good);

		assertThat(commandsFor(item)).extracting(ApplyCommand::district).containsExactly(district);
		ConsumerRecord<String, String> dead = deadLetter(key);
		assertThat(dead.value()).isEqualTo("{not json at all");
		assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.SHARED_ITEMS);
		assertThat(header(dead, "kafka_dlt-exception-fqcn")).contains("DeserializationException");
	}

	@Test
	void aSharedItemOfAnUnknownSchemaVersionGoesToTheDeadLettersAndTheNextOneStillFansOut() {
		UUID item = UUID.randomUUID();
		String key = SharedItemPublished.key(county, item);
		SharedItemPublished future = new SharedItemPublished(UUID.randomUUID(), 2, county, item, "CODE", 1, "CORE",
				false, "{}", Instant.now(), null);

		SyncKafka.send(Topics.SHARED_ITEMS, key, future);
		SyncKafka.awaitHandled(sendItem(code(county, item, 1)));

		assertThat(commandsFor(item)).extracting(ApplyCommand::district).containsExactly(district);
		ConsumerRecord<String, String> dead = deadLetter(key);
		assertThat(dead.value()).contains("\"schemaVersion\":2");
		assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.SHARED_ITEMS);
		assertThat(header(dead, "kafka_dlt-exception-message")).contains("schema version 2");
	}

	@Test
	void aTenantEventOfAnUnknownSchemaVersionOrTheWrongTypeGoesToTheDeadLettersAndTheNextOneIsHandled() {
		String unknown = uniqueSlug("unknown-schema");
		String misplaced = uniqueSlug("misplaced");

		SyncKafka.send(Topics.TENANT_EVENTS, unknown, new TenantCreated(UUID.randomUUID(), unknown, Instant.now(), 7,
				unknown, DISTRICT, county, ADOPTS_PARENT_CORE));
		SyncKafka.send(Topics.TENANT_EVENTS, misplaced, code(county, UUID.randomUUID(), 1));
		SyncKafka.awaitHandled(tenant(unknown, DISTRICT, county, KEEPS_OWN));
		SyncKafka.awaitHandled(tenant(misplaced, DISTRICT, county, KEEPS_OWN));

		assertThat(jdbc.queryForList("SELECT adoption FROM federation_tenant WHERE slug IN (?, ?)", String.class,
				unknown, misplaced))
			.containsExactly("KEEPS_OWN", "KEEPS_OWN");
		assertThat(header(deadLetter(unknown), "kafka_dlt-exception-message")).contains("schema version 7");
		assertThat(header(deadLetter(misplaced), "kafka_dlt-exception-message")).contains("expected a TenantEvent");
	}

	@Test
	void anOutcomeThatCannotBeReadGoesToTheDeadLettersAndTheNextOneIsHandled() {
		UUID item = UUID.randomUUID();
		SharedItemPublished code = code(county, item, 1);
		SyncKafka.awaitHandled(sendItem(code));

		SyncKafka.sendText(Topics.APPLY_OUTCOMES, district, "{\"eventId\":", ApplyOutcome.class.getName());
		SyncKafka.sendText(Topics.APPLY_OUTCOMES, district, "{}", "java.lang.Runtime");
		SyncKafka.awaitHandled(SyncKafka.send(Topics.APPLY_OUTCOMES, district, new ApplyOutcome(UUID.randomUUID(), 1,
				district, county, item, 1, ApplyOutcome.Result.APPLIED, null, code.publishedAt().plusSeconds(1))));

		assertThat(jdbc.queryForObject("SELECT state FROM sync_state WHERE district = ? AND item_id = ?", String.class,
				district, item))
			.isEqualTo("IN_SYNC");
		assertThat(deadLetters.readToEnd()).filteredOn(record -> district.equals(record.key()))
			.extracting(ConsumerRecord::value)
			.containsExactly("{\"eventId\":", "{}");
	}

	private List<ApplyCommand> commandsFor(UUID item) {
		return commands.values(ApplyCommand.class).stream().filter(command -> command.itemId().equals(item)).toList();
	}

	private ConsumerRecord<String, String> deadLetter(String key) {
		return deadLetters.readToEnd().stream().filter(record -> key.equals(record.key())).reduce((first, second) -> {
			throw new AssertionError("more than one dead letter for " + key);
		}).orElseThrow(() -> new AssertionError("no dead letter for " + key));
	}

	private static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

}
