package org.compacts.sync.propagation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.compacts.contracts.Topics;
import org.compacts.contracts.sync.ApplyCommand;
import org.compacts.contracts.sync.ApplyOutcome.Result;
import org.compacts.contracts.sync.SharedItemPublished;
import org.compacts.contracts.sync.SyncStatusChanged;
import org.compacts.contracts.tenant.Adoption;
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
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.compacts.contracts.tenant.Adoption.ADOPTS_PARENT_CORE;
import static org.compacts.contracts.tenant.Adoption.KEEPS_OWN;
import static org.compacts.contracts.tenant.TenantLevel.COUNTY;
import static org.compacts.contracts.tenant.TenantLevel.DISTRICT;
import static org.compacts.contracts.tenant.TenantLevel.NATIONAL;
import static org.compacts.sync.SyncEvents.adoptionChanged;
import static org.compacts.sync.SyncEvents.archived;
import static org.compacts.sync.SyncEvents.code;
import static org.compacts.sync.SyncEvents.outcome;
import static org.compacts.sync.SyncEvents.parentChanged;
import static org.compacts.sync.SyncEvents.publish;
import static org.compacts.sync.SyncEvents.tenant;
import static org.compacts.sync.SyncEvents.uniqueSlug;

/**
 * Districts that start following catch up with the latest version of every item of their
 * county; those that stop keep what they have, marked as no longer followed, and are sent
 * nothing more. Each test has its own county (named after Kent) and districts, so that
 * Kent's demo followers stay as the other tests expect.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers(database = "sync", kafka = true, keycloak = true)
class JoiningAndLeavingIT {

	static final Duration PATIENCE = Duration.ofSeconds(60);

	@Autowired
	JdbcTemplate jdbc;

	TestKafka.Reader<Object> commands;

	TestKafka.Reader<Object> statuses;

	String county;

	@BeforeEach
	void aCountyFollowingNothing() {
		county = uniqueSlug("kent");
		// no parent: these tests are about the county's own items, not national's
		tenant(county, COUNTY, null, KEEPS_OWN);
		commands = SyncKafka.json(Topics.APPLY_COMMANDS);
		statuses = SyncKafka.json(Topics.SYNC_STATUS);
	}

	@AfterEach
	void close() {
		commands.close();
		statuses.close();
	}

	@Test
	void aDistrictThatStartsAdoptingItsCountysCompactGetsTheLatestVersionOfEachItem() {
		String follower = district("swale", ADOPTS_PARENT_CORE);
		String joiner = district("faversham", KEEPS_OWN);
		UUID aims = UUID.randomUUID();
		UUID consultation = UUID.randomUUID();
		publish(code(county, aims, 1));
		SharedItemPublished latestAims = publish(code(county, aims, 2));
		SharedItemPublished latestConsultation = publish(code(county, consultation, 1));
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(upstreamVersions(follower)).containsOnly(Map.entry(aims, 2),
					Map.entry(consultation, 1)));
		assertThat(commandsTo(joiner)).isEmpty();
		assertThat(upstreamVersions(joiner)).isEmpty();

		SyncKafka.awaitHandled(adoptionChanged(joiner, county, KEEPS_OWN, ADOPTS_PARENT_CORE));

		assertThat(commandsTo(joiner)).extracting(ApplyCommand::itemId, ApplyCommand::version)
			.containsExactlyInAnyOrder(tuple(aims, 2), tuple(consultation, 1));
		assertThat(commandsTo(joiner)).filteredOn(command -> command.itemId().equals(aims))
			.singleElement()
			.satisfies(command -> assertThat(command.content()).isEqualTo(latestAims.content()));
		assertThat(states(joiner)).containsOnly(Map.entry(aims, "PENDING"), Map.entry(consultation, "PENDING"));

		outcome(joiner, latestConsultation, Result.APPLIED, latestConsultation.publishedAt().plusSeconds(1), null);
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(states(joiner)).containsEntry(consultation, "IN_SYNC"));
	}

	@Test
	void aDistrictThatKeepsItsOwnCompactIsMarkedNotFollowedAndIsSentNothingMore() {
		String leaver = district("dover", ADOPTS_PARENT_CORE);
		String stayer = district("thanet", ADOPTS_PARENT_CORE);
		UUID item = UUID.randomUUID();
		SharedItemPublished first = publish(code(county, item, 1));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(states(leaver)).containsEntry(item, "PENDING"));
		outcome(leaver, first, Result.APPLIED, first.publishedAt().plusSeconds(2), null);
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(states(leaver)).containsEntry(item, "IN_SYNC"));

		SyncKafka.awaitHandled(adoptionChanged(leaver, county, ADOPTS_PARENT_CORE, KEEPS_OWN));

		assertThat(states(leaver)).containsOnly(Map.entry(item, "NOT_FOLLOWED"));
		assertThat(jdbc.queryForObject("SELECT applied_version FROM sync_state WHERE district = ? AND item_id = ?",
				Integer.class, leaver, item))
			.as("keeps what it has")
			.isEqualTo(1);
		assertThat(statusesOf(leaver, item)).last()
			.satisfies(status -> assertThat(status.state()).isEqualTo(SyncStatusChanged.State.NOT_FOLLOWED));

		publish(code(county, item, 2));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(upstreamVersions(stayer)).containsEntry(item, 2));

		assertThat(commandsTo(stayer)).extracting(ApplyCommand::version).containsExactly(1, 2);
		assertThat(commandsTo(leaver)).extracting(ApplyCommand::version).containsExactly(1);
		assertThat(states(leaver)).containsOnly(Map.entry(item, "NOT_FOLLOWED"));
	}

	@Test
	void aDistrictThatFollowsAgainCatchesUpWithWhatItMissed() {
		String district = district("ashford", ADOPTS_PARENT_CORE);
		UUID item = UUID.randomUUID();
		publish(code(county, item, 1));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(states(district)).containsEntry(item, "PENDING"));
		SyncKafka.awaitHandled(adoptionChanged(district, county, ADOPTS_PARENT_CORE, KEEPS_OWN));
		SyncKafka.awaitHandled(
				SyncKafka.send(Topics.SHARED_ITEMS, SharedItemPublished.key(county, item), code(county, item, 2)));
		assertThat(commandsTo(district)).extracting(ApplyCommand::version).containsExactly(1);

		SyncKafka.awaitHandled(adoptionChanged(district, county, KEEPS_OWN, ADOPTS_PARENT_CORE));

		assertThat(commandsTo(district)).extracting(ApplyCommand::version).containsExactly(1, 2);
		assertThat(states(district)).containsOnly(Map.entry(item, "PENDING"));
		assertThat(upstreamVersions(district)).containsOnly(Map.entry(item, 2));
	}

	@Test
	void aDistrictThatLeavesItsCountyOrIsArchivedIsMarkedNotFollowed() {
		String leaving = district("maidstone", ADOPTS_PARENT_CORE);
		String closing = district("sevenoaks", ADOPTS_PARENT_CORE);
		UUID item = UUID.randomUUID();
		publish(code(county, item, 1));
		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(states(leaving)).containsEntry(item, "PENDING");
			assertThat(states(closing)).containsEntry(item, "PENDING");
		});

		SyncKafka.awaitHandled(parentChanged(leaving, DISTRICT, county, null, ADOPTS_PARENT_CORE));
		SyncKafka.awaitHandled(archived(closing, DISTRICT, county, ADOPTS_PARENT_CORE));

		assertThat(states(leaving)).containsOnly(Map.entry(item, "NOT_FOLLOWED"));
		assertThat(states(closing)).containsOnly(Map.entry(item, "NOT_FOLLOWED"));
	}

	@Test
	void aCountyThatStartsFollowingNationalBringsNationalsItemsToItsFollowingDistricts() {
		String national = uniqueSlug("national");
		tenant(national, NATIONAL, null, KEEPS_OWN);
		String district = district("gravesham", ADOPTS_PARENT_CORE);
		UUID principle = UUID.randomUUID();
		SyncKafka.awaitHandled(SyncKafka.send(Topics.SHARED_ITEMS, SharedItemPublished.key(national, principle),
				code(national, principle, 3)));
		assertThat(commandsTo(district)).isEmpty();

		SyncKafka.awaitHandled(parentChanged(county, COUNTY, null, national, ADOPTS_PARENT_CORE));

		assertThat(commandsTo(district))
			.extracting(ApplyCommand::sourceTenant, ApplyCommand::itemId, ApplyCommand::version)
			.containsExactly(tuple(national, principle, 3));
		assertThat(commandsTo(county)).extracting(ApplyCommand::itemId).containsExactly(principle);
	}

	private String district(String name, Adoption adoption) {
		String slug = uniqueSlug(name);
		SyncKafka.awaitHandled(tenant(slug, DISTRICT, county, adoption));
		return slug;
	}

	private List<ApplyCommand> commandsTo(String district) {
		return commands.values(ApplyCommand.class)
			.stream()
			.filter(command -> command.district().equals(district))
			.toList();
	}

	private List<SyncStatusChanged> statusesOf(String district, UUID item) {
		return statuses.values(SyncStatusChanged.class)
			.stream()
			.filter(status -> status.district().equals(district) && status.itemId().equals(item))
			.toList();
	}

	private Map<UUID, String> states(String district) {
		Map<UUID, String> states = new TreeMap<>();
		jdbc.query("SELECT item_id, state FROM sync_state WHERE district = ?", rs -> {
			states.put(rs.getObject("item_id", UUID.class), rs.getString("state"));
		}, district);
		return states;
	}

	private Map<UUID, Integer> upstreamVersions(String district) {
		Map<UUID, Integer> versions = new TreeMap<>();
		jdbc.query("SELECT item_id, upstream_version FROM sync_state WHERE district = ?", rs -> {
			versions.put(rs.getObject("item_id", UUID.class), rs.getInt("upstream_version"));
		}, district);
		return versions;
	}

}
