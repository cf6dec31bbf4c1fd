package org.compacts.sync.propagation;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.compacts.contracts.Topics;
import org.compacts.contracts.sync.ApplyCommand;
import org.compacts.contracts.sync.ApplyOutcome.Result;
import org.compacts.contracts.sync.SharedItemPublished;
import org.compacts.contracts.sync.SyncStatusChanged;
import org.compacts.sync.SyncKafka;
import org.compacts.testkit.RealServers;
import org.compacts.testkit.TestKafka;
import org.compacts.testkit.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.compacts.sync.SyncEvents.DEMO_SLUGS;
import static org.compacts.sync.SyncEvents.code;
import static org.compacts.sync.SyncEvents.demoFederation;
import static org.compacts.sync.SyncEvents.movedTo;
import static org.compacts.sync.SyncEvents.outcome;
import static org.compacts.sync.SyncEvents.publish;
import static org.compacts.sync.SyncEvents.sendItem;

/**
 * A county publishes, its following districts are sent the item, they answer, and the
 * county and the districts see where each stands: on the real broker and database, with
 * the demo federation.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers(database = "sync", kafka = true, keycloak = true)
class FanOutIT {

	static final Duration PATIENCE = Duration.ofSeconds(60);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	TestKafka.Reader<Object> commands;

	TestKafka.Reader<Object> statuses;

	@BeforeEach
	void theDemoFederation() {
		demoFederation();
		await().atMost(PATIENCE)
			.untilAsserted(
					() -> assertThat(jdbc.queryForObject("SELECT count(*) FROM federation_tenant WHERE slug = ANY(?)",
							Integer.class, (Object) DEMO_SLUGS.toArray(String[]::new)))
						.isEqualTo(DEMO_SLUGS.size()));
		commands = SyncKafka.json(Topics.APPLY_COMMANDS);
		statuses = SyncKafka.json(Topics.SYNC_STATUS);
	}

	@AfterEach
	void close() {
		commands.close();
		statuses.close();
	}

	@Test
	void kentPublishesACodeAndOnlySwaleAndCanterburyAreSentIt() {
		SharedItemPublished code = publish(code("kent", UUID.randomUUID(), 1));

		awaitFannedOut(code, 2);

		List<ApplyCommand> sent = commandsFor(code.itemId());
		assertThat(sent).extracting(ApplyCommand::district).containsExactlyInAnyOrder("swale", "canterbury");
		assertThat(sent).allSatisfy(command -> {
			assertThat(command.sourceTenant()).isEqualTo("kent");
			assertThat(command.version()).isEqualTo(1);
			assertThat(command.kind()).isEqualTo("CODE");
			assertThat(command.mode()).isEqualTo("CORE");
			assertThat(command.content()).isEqualTo(code.content());
			assertThat(command.publishedAt()).isEqualTo(code.publishedAt());
			assertThat(command.schemaVersion()).isEqualTo(1);
		});
		assertThat(commandRecordsFor(code.itemId()))
			.allSatisfy(record -> assertThat(record.key()).isEqualTo(((ApplyCommand) record.value()).district()));
		assertThat(states(code.itemId())).containsOnly(Map.entry("swale", "PENDING"),
				Map.entry("canterbury", "PENDING"));
	}

	@Test
	void nationalPublishesAndTheFollowingCountiesAndTheirFollowingDistrictsAreSentIt() {
		SharedItemPublished principle = publish(code("national", UUID.randomUUID(), 1));

		awaitFannedOut(principle, 5);

		assertThat(commandsFor(principle.itemId())).extracting(ApplyCommand::district)
			.containsExactlyInAnyOrder("kent", "derbyshire", "swale", "canterbury", "south-derbyshire");
	}

	@Test
	void theDistrictsAnswerAndAreInSyncWithTheirLagForThePortalAndTheCounty() {
		SharedItemPublished code = publish(code("kent", UUID.randomUUID(), 1));
		awaitFannedOut(code, 2);

		outcome("swale", code, Result.APPLIED, code.publishedAt().plusMillis(1500), null);
		outcome("canterbury", code, Result.CONFLICT, code.publishedAt().plusMillis(800), "both changed the aim");

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(states(code.itemId())).containsOnly(Map.entry("swale", "IN_SYNC"),
					Map.entry("canterbury", "CONFLICT")));
		assertThat(
				jdbc.queryForObject("SELECT applied_version FROM sync_state WHERE district = 'swale' AND item_id = ?",
						Integer.class, code.itemId()))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"SELECT extract(epoch FROM lag) FROM sync_state WHERE district = 'swale' AND item_id = ?", Double.class,
				code.itemId()))
			.isEqualTo(1.5);
		// the statuses on the topic: pending for both, then in sync and conflict
		List<SyncStatusChanged> published = statuses.values(SyncStatusChanged.class)
			.stream()
			.filter(status -> status.itemId().equals(code.itemId()))
			.toList();
		assertThat(published).filteredOn(status -> status.district().equals("swale"))
			.extracting(SyncStatusChanged::state)
			.containsExactly(SyncStatusChanged.State.PENDING, SyncStatusChanged.State.IN_SYNC);
		assertThat(published).filteredOn(status -> status.district().equals("swale")).last().satisfies(status -> {
			assertThat(status.appliedVersion()).isEqualTo(1);
			assertThat(status.upstreamVersion()).isEqualTo(1);
			assertThat(status.lag()).isEqualTo(Duration.ofMillis(1500));
		});
		assertThat(published).filteredOn(status -> status.district().equals("canterbury"))
			.extracting(SyncStatusChanged::state)
			.containsExactly(SyncStatusChanged.State.PENDING, SyncStatusChanged.State.CONFLICT);

		// Swale's view of what it receives, read by Swale's editor
		Map<String, Object> swale = get("/api/t/swale/sync", "sam.editor");
		assertThat(swale.get("follows")).isEqualTo(List.of("kent", "national"));
		assertThat(items(swale)).filteredOn(item -> code.itemId().toString().equals(item.get("itemId")))
			.singleElement()
			.satisfies(item -> {
				assertThat(item).containsEntry("sourceTenant", "kent")
					.containsEntry("kind", "CODE")
					.containsEntry("upstreamVersion", 1)
					.containsEntry("appliedVersion", 1)
					.containsEntry("state", "IN_SYNC")
					.containsEntry("lag", "PT1.5S");
			});

		// Kent's view of its followers, read by Kent's admin: Swale and Canterbury,
		// nobody else
		Map<String, Object> kent = get("/api/t/kent/sync/followers", "kim.admin");
		List<Map<String, Object>> followers = list(kent.get("followers"));
		assertThat(followers).extracting(follower -> follower.get("tenant")).containsExactly("canterbury", "swale");
		assertThat(followers).allSatisfy(follower -> assertThat(follower.get("following")).isEqualTo(true));
		assertThat(followers).filteredOn(follower -> follower.get("tenant").equals("canterbury"))
			.singleElement()
			.satisfies(follower -> assertThat(items(follower))
				.filteredOn(item -> code.itemId().toString().equals(item.get("itemId")))
				.singleElement()
				.satisfies(item -> assertThat(item).containsEntry("state", "CONFLICT")
					.containsEntry("detail", "both changed the aim")
					.containsEntry("appliedVersion", null)));
	}

	@Test
	void aNewerVersionIsSentAndAnOlderOneArrivingLateChangesNothing() {
		UUID item = UUID.randomUUID();
		SharedItemPublished first = publish(code("kent", item, 1));
		awaitFannedOut(first, 2);
		SharedItemPublished second = publish(code("kent", item, 2));
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(jdbc.queryForList(
					"SELECT DISTINCT upstream_version FROM sync_state WHERE item_id = ?", Integer.class, item))
				.containsExactly(2));

		SyncKafka.awaitHandled(sendItem(code("kent", item, 1)));

		assertThat(jdbc.queryForObject("SELECT version FROM upstream_item WHERE item_id = ?", Integer.class, item))
			.isEqualTo(2);
		// each version went to each follower once: the late v1 was not sent again
		assertThat(commandsFor(item)).extracting(ApplyCommand::version, ApplyCommand::district)
			.containsExactlyInAnyOrder(tuple(1, "swale"), tuple(1, "canterbury"), tuple(2, "swale"),
					tuple(2, "canterbury"));
		assertThat(jdbc.queryForObject("SELECT content FROM upstream_item WHERE item_id = ?", String.class, item))
			.isEqualTo(second.content());
	}

	@Test
	void kentReordersAndEveryFollowerHoldingTheVersionIsSentItsNewPosition() {
		UUID item = UUID.randomUUID();
		SharedItemPublished code = publish(code("kent", item, 1, 2));
		awaitFannedOut(code, 2);
		outcome("swale", code, Result.APPLIED, code.publishedAt().plusMillis(100), null);
		outcome("canterbury", code, Result.APPLIED, code.publishedAt().plusMillis(100), null);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(states(item)).containsOnly(Map.entry("swale", "IN_SYNC"),
					Map.entry("canterbury", "IN_SYNC")));

		SyncKafka.awaitHandled(sendItem(movedTo(code, 5)));
		// the same place again (a redelivery) and a record without a place (an older
		// producer) send nothing more
		SyncKafka.awaitHandled(sendItem(movedTo(code, 5)));
		SyncKafka.awaitHandled(sendItem(code("kent", item, 1)));

		assertThat(commandsFor(item)).extracting(ApplyCommand::district, ApplyCommand::version, ApplyCommand::position)
			.containsExactlyInAnyOrder(tuple("swale", 1, 2), tuple("canterbury", 1, 2), tuple("swale", 1, 5),
					tuple("canterbury", 1, 5));
		assertThat(jdbc.queryForObject("SELECT position FROM upstream_item WHERE item_id = ?", Integer.class, item))
			.isEqualTo(5);
		// a move is no new version: the districts stay in sync
		assertThat(states(item)).containsOnly(Map.entry("swale", "IN_SYNC"), Map.entry("canterbury", "IN_SYNC"));
	}

	@Test
	void anAnswerThatOvertakesTheCommitOfItsFanOutWaitsForItAndIsNotLost() throws Exception {
		UUID item = UUID.randomUUID();
		SharedItemPublished code = code("kent", item, 1);
		try (Connection fanOut = dataSource.getConnection()) {
			// a fan-out as FanOut makes it, caught between sending its command and
			// committing
			fanOut.setAutoCommit(false);
			try (Statement sql = fanOut.createStatement()) {
				sql.execute("SELECT pg_advisory_xact_lock_shared(" + GraphLock.KEY + ")");
				sql.execute("INSERT INTO upstream_item (source_tenant, item_id, kind, version, mode, retired, content,"
						+ " published_at, event_id) VALUES ('kent', '" + item + "', 'CODE', 1, 'CORE', false, '{}', '"
						+ code.publishedAt() + "', gen_random_uuid())");
				sql.execute("INSERT INTO sync_state (district, source_tenant, item_id, upstream_version, state,"
						+ " published_at) VALUES ('swale', 'kent', '" + item + "', 1, 'PENDING', '" + code.publishedAt()
						+ "')");
			}

			outcome("swale", code, Result.APPLIED, code.publishedAt().plusMillis(300), null);
			await().atMost(PATIENCE)
				.untilAsserted(() -> assertThat(jdbc.queryForObject(
						"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted", Integer.class))
					.isPositive());

			fanOut.commit();
		}

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(states(item)).containsOnly(Map.entry("swale", "IN_SYNC")));
	}

	/**
	 * Waits until the fan-out committed: by then every command of it was taken by the
	 * broker.
	 */
	private void awaitFannedOut(SharedItemPublished item, int followers) {
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(jdbc.queryForObject(
					"SELECT count(*) FROM sync_state WHERE source_tenant = ? AND item_id = ? AND upstream_version = ?",
					Integer.class, item.sourceTenant(), item.itemId(), item.version()))
				.isEqualTo(followers));
	}

	private List<ApplyCommand> commandsFor(UUID item) {
		return commands.values(ApplyCommand.class).stream().filter(command -> command.itemId().equals(item)).toList();
	}

	private List<ConsumerRecord<String, Object>> commandRecordsFor(UUID item) {
		return commands.readToEnd()
			.stream()
			.filter(record -> record.value() instanceof ApplyCommand command && command.itemId().equals(item))
			.toList();
	}

	private Map<String, String> states(UUID item) {
		Map<String, String> states = new java.util.TreeMap<>();
		jdbc.query("SELECT district, state FROM sync_state WHERE item_id = ?", rs -> {
			states.put(rs.getString("district"), rs.getString("state"));
		}, item);
		return states;
	}

	private Map<String, Object> get(String path, String user) {
		return RestClient.create("http://127.0.0.1:" + port)
			.get()
			.uri(path)
			.header("Authorization", "Bearer " + TestServers.tokens().accessToken(user))
			.retrieve()
			.body(new ParameterizedTypeReference<Map<String, Object>>() {
			});
	}

	private static List<Map<String, Object>> items(Map<String, Object> view) {
		return list(view.get("items"));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

}
