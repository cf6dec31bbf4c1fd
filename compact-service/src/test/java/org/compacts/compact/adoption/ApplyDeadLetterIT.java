package org.compacts.compact.adoption;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.compacts.compact.Api;
import org.compacts.compact.versioning.PrincipleContent;
import org.compacts.contracts.Topics;
import org.compacts.contracts.sync.ApplyCommand;
import org.compacts.contracts.sync.ApplyOutcome;
import org.compacts.contracts.sync.ApplyOutcome.Result;
import org.compacts.testkit.RealServers;
import org.compacts.testkit.TestKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.compact.adoption.SyncTopics.outcomeOf;
import static org.compacts.compact.adoption.SyncTopics.values;

/**
 * A command that can never be applied goes to compacts.sync-dead-letters at once, with
 * the reason in Spring Kafka's headers, changes nothing and is not answered; the commands
 * after it, for its district and for others, still apply.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class ApplyDeadLetterIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	Api api;

	TestKafka.Reader<Object> outcomes;

	TestKafka.Reader<String> deadLetters;

	UUID poisoned = UUID.randomUUID();

	UUID good = UUID.randomUUID();

	@BeforeEach
	void readTopics() {
		api = new Api(port, jdbc, transactions);
		outcomes = SyncTopics.outcomes();
		deadLetters = SyncTopics.deadLetters();
	}

	@AfterEach
	void close() {
		outcomes.close();
		deadLetters.close();
	}

	@Test
	void aCommandThatIsNotJsonGoesToTheDeadLettersAndTheNextCommandsStillApply() {
		String unreadable = "{\"itemId\":\"" + poisoned + "\", not json";
		SyncTopics.sendText(Topics.APPLY_COMMANDS, "swale", unreadable, ApplyCommand.class.getName());

		assertNextCommandsApply();

		ConsumerRecord<String, String> dead = deadLetterAbout(poisoned);
		assertThat(dead.key()).isEqualTo("swale");
		assertThat(dead.value()).isEqualTo(unreadable);
		assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.APPLY_COMMANDS);
		assertThat(header(dead, "kafka_dlt-exception-fqcn")).contains("DeserializationException");
	}

	@Test
	void aCommandOfAnUnknownSchemaVersionGoesToTheDeadLettersUnanswered() {
		ApplyCommand future = new ApplyCommand(UUID.randomUUID(), 2, "swale", "kent", poisoned, "CODE", 1, "CORE",
				false, "{}", Instant.now(), null);
		SyncTopics.send(future);

		assertNextCommandsApply();

		ConsumerRecord<String, String> dead = deadLetterAbout(poisoned);
		assertThat(dead.value()).contains("\"schemaVersion\":2");
		assertThat(header(dead, "kafka_dlt-exception-message")).contains("schema version 2");
		assertThat(outcomes.readToEnd()).filteredOn(outcomeOf("swale", poisoned)).isEmpty();
	}

	@Test
	void aCommandKeyedForAnotherDistrictOrWithContentOfAnotherKindChangesNothing() {
		ApplyCommand misrouted = SyncTopics.command("canterbury", "kent", poisoned, "CODE", 1, "CORE",
				Codes.volunteering());
		SyncTopics.send(Topics.APPLY_COMMANDS, "swale", misrouted);
		UUID misread = UUID.randomUUID();
		SyncTopics.send(SyncTopics.command("swale", "kent", misread, "CODE", 1, "CORE",
				new PrincipleContent("Openness", "We will be open.")));

		assertNextCommandsApply();

		assertThat(header(deadLetterAbout(poisoned), "kafka_dlt-exception-message")).contains("keyed swale");
		assertThat(header(deadLetterAbout(misread), "kafka_dlt-exception-message")).contains("not a code of practice");
		assertThat(api.query("swale", "SELECT * FROM adoption WHERE source_item_id = ?", misread)).isEmpty();
		assertThat(api.query("canterbury", "SELECT * FROM adoption WHERE source_item_id = ?", poisoned)).isEmpty();
		assertThat(api.query("swale", "SELECT * FROM adoption WHERE source_item_id = ?", poisoned)).isEmpty();
		assertThat(outcomes.readToEnd())
			.filteredOn(record -> record.value() instanceof ApplyOutcome outcome
					&& (outcome.itemId().equals(poisoned) || outcome.itemId().equals(misread)))
			.isEmpty();
	}

	/**
	 * A good command after the poison, for the same district (same partition) and for
	 * another.
	 */
	private void assertNextCommandsApply() {
		ApplyCommand swale = SyncTopics.command("swale", "kent", good, "CODE", 1, "CORE", Codes.volunteering());
		SyncTopics.send(swale);
		SyncTopics.send(SyncTopics.forDistrict(swale, "canterbury"));

		assertThat(values(outcomes.await(outcomeOf("swale", good), 1))).extracting(ApplyOutcome::result)
			.containsExactly(Result.APPLIED);
		assertThat(values(outcomes.await(outcomeOf("canterbury", good), 1))).extracting(ApplyOutcome::result)
			.containsExactly(Result.APPLIED);
	}

	private ConsumerRecord<String, String> deadLetterAbout(UUID item) {
		List<ConsumerRecord<String, String>> dead = deadLetters
			.await(record -> record.value() != null && record.value().contains(item.toString()), 1);
		assertThat(dead).hasSize(1);
		return dead.get(0);
	}

	private static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

}
