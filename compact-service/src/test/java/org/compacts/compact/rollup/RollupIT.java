package org.compacts.compact.rollup;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.compacts.compact.Api;
import org.compacts.compact.Api.Answer;
import org.compacts.compact.federation.TenantEventsTopic;
import org.compacts.compact.versioning.PrincipleContent;
import org.compacts.contracts.Topics;
import org.compacts.contracts.sync.ApplyCommand;
import org.compacts.contracts.sync.SyncEvent;
import org.compacts.contracts.tenant.Adoption;
import org.compacts.testkit.RealServers;
import org.compacts.testkit.TestKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.compact.federation.TenantEventsTopic.archived;
import static org.compacts.compact.federation.TenantEventsTopic.county;
import static org.compacts.compact.federation.TenantEventsTopic.district;
import static org.compacts.compact.federation.TenantEventsTopic.publish;

/**
 * Kent's roll-up across the districts that follow it (Swale and Canterbury, as the tenant
 * events say), their plans, actions and indicators made through the API by each
 * district's editor, in a period of each test's own so the counts are exact; and the
 * drill-down: a Kent member reads what a district shares with Kent and nothing else, and
 * never writes there.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers(database = "compacts", kafka = true, keycloak = true)
class RollupIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Kent's tenant admin: a Kent member, and a member of no district. */
	private static final String KENT_MEMBER = "kim.admin";

	private static final String SWALE_EDITOR = "sam.editor";

	private static final String CANTERBURY_EDITOR = "chris.canterbury";

	/** South Derbyshire's editor, and Derbyshire's admin. */
	private static final String DERBYSHIRE = "dee.derbyshire";

	/**
	 * Long before any test runs: an action due then is overdue, a reading then is not in
	 * the future.
	 */
	private static final String PAST = "2022-06-01";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	Api api;

	/** A period no other test uses, so that the counts of its plans are exact. */
	private final String period = period(ThreadLocalRandom.current().nextInt(2100, 2900));

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void federation() {
		api = new Api(port, jdbc, transactions);
		Instant now = Instant.now();
		publish(county("kent", now), district("swale", "kent", Adoption.ADOPTS_PARENT_CORE, now),
				district("canterbury", "kent", Adoption.ADOPTS_PARENT_CORE, now), county("derbyshire", now),
				district("south-derbyshire", "derbyshire", Adoption.ADOPTS_PARENT_CORE, now));
	}

	@Test
	void theRollUpCountsWhatEachFollowerSharesWithKentExactly() {
		UUID principle = kentPrinciple();
		UUID swaleCopy = copy("swale", principle);
		UUID canterburyCopy = copy("canterbury", principle);
		JsonNode indicatorsBefore = rollup(KENT_MEMBER, null).json();

		String shared = plan("swale", SWALE_EDITOR, "Compact awareness", "COUNTY");
		String overdue = action("swale", SWALE_EDITOR, shared, "Brief the Local Children's Trust", "2020-01-01",
				swaleCopy);
		String done = action("swale", SWALE_EDITOR, shared, "Train champions", null, swaleCopy);
		update("swale", SWALE_EDITOR, shared, done, Map.of("status", "DONE", "progress", 100, "completedOn", PAST));
		String dropped = action("swale", SWALE_EDITOR, shared, "A leaflet", "2020-01-01");
		update("swale", SWALE_EDITOR, shared, dropped, Map.of("status", "DROPPED", "progress", 10, "reason", "merged"));
		String open = plan("swale", SWALE_EDITOR, "Funding terms", "PUBLIC");
		String onTrack = action("swale", SWALE_EDITOR, open, "Funding terms in contracts", null, swaleCopy);
		update("swale", SWALE_EDITOR, open, onTrack, Map.of("status", "ON_TRACK", "progress", 40));
		String kept = plan("swale", SWALE_EDITOR, "Internal", "MEMBERS");
		String hidden = action("swale", SWALE_EDITOR, kept, "Not for the county", "2020-01-01", swaleCopy);
		update("swale", SWALE_EDITOR, kept, hidden, Map.of("status", "AT_RISK", "progress", 5));
		indicator("swale", SWALE_EDITOR, "COUNTY", 100);
		indicator("swale", SWALE_EDITOR, "PUBLIC", null);
		indicator("swale", SWALE_EDITOR, "MEMBERS", 10);

		String canterburys = plan("canterbury", CANTERBURY_EDITOR, "Consultation", "COUNTY");
		String atRisk = action("canterbury", CANTERBURY_EDITOR, canterburys, "Consult for 12 weeks", null,
				canterburyCopy);
		update("canterbury", CANTERBURY_EDITOR, canterburys, atRisk, Map.of("status", "AT_RISK", "progress", 20));
		action("canterbury", CANTERBURY_EDITOR, canterburys, "Publish the responses", null);
		indicator("canterbury", CANTERBURY_EDITOR, "COUNTY", 97);

		Answer answer = rollup(KENT_MEMBER, period);

		assertThat(answer.status()).isEqualTo(200);
		JsonNode rollup = answer.json();
		assertThat(rollup.path("county").asString()).isEqualTo("kent");
		assertThat(rollup.path("period").asString()).isEqualTo(period);
		assertThat(rollup.path("districts")).extracting(district -> district.path("tenant").asString())
			.containsExactly("canterbury", "swale");

		JsonNode swale = row(rollup, "swale");
		assertThat(swale.path("plans")).extracting(plan -> plan.path("id").asString()).containsExactly(shared, open);
		assertThat(swale.path("plans").get(0).path("visibility").asString()).isEqualTo("COUNTY");
		assertThat(swale.path("plans").get(0).path("period").asString()).isEqualTo(period);
		assertThat(swale.path("actions").asInt()).isEqualTo(4);
		assertThat(counts(swale.path("byStatus")))
			.isEqualTo(Map.of("NOT_STARTED", 1, "ON_TRACK", 1, "AT_RISK", 0, "OFF_TRACK", 0, "DONE", 1, "DROPPED", 1));
		assertThat(swale.path("overdue").asInt()).isEqualTo(1);
		assertThat(swale.path("percentDone").asInt()).as("1 done of 3 not dropped").isEqualTo(33);
		assertThat(indicatorsAdded(indicatorsBefore, rollup, "swale"))
			.isEqualTo(Map.of("GREEN", 1, "AMBER", 0, "RED", 0, "NONE", 1));

		JsonNode canterbury = row(rollup, "canterbury");
		assertThat(canterbury.path("plans")).extracting(plan -> plan.path("id").asString())
			.containsExactly(canterburys);
		assertThat(canterbury.path("actions").asInt()).isEqualTo(2);
		assertThat(counts(canterbury.path("byStatus")))
			.isEqualTo(Map.of("NOT_STARTED", 1, "ON_TRACK", 0, "AT_RISK", 1, "OFF_TRACK", 0, "DONE", 0, "DROPPED", 0));
		assertThat(canterbury.path("overdue").asInt()).isZero();
		assertThat(canterbury.path("percentDone").asInt()).isZero();
		assertThat(indicatorsAdded(indicatorsBefore, rollup, "canterbury"))
			.isEqualTo(Map.of("GREEN", 0, "AMBER", 1, "RED", 0, "NONE", 0));

		JsonNode code = code(rollup, principle);
		assertThat(code.path("kind").asString()).isEqualTo("PRINCIPLE");
		assertThat(code.path("title").asString()).isEqualTo("Working together " + run);
		assertThat(counts(code.path("districts"))).as("the members' plan's action is not counted")
			.isEqualTo(Map.of("swale", 3, "canterbury", 1));

		JsonNode everyPeriod = rollup(KENT_MEMBER, null).json();
		assertThat(row(everyPeriod, "swale").path("plans")).extracting(plan -> plan.path("id").asString())
			.contains(shared, open)
			.doesNotContain(kept);
	}

	@Test
	void aFollowerThatIsArchivedOrKeepsItsOwnCompactIsNotInTheRollUp() {
		String ashford = "ashford-" + run;
		String dover = "dover-" + run;
		publish(district(ashford, "kent", Adoption.ADOPTS_PARENT_CORE, Instant.now()),
				district(dover, "kent", Adoption.KEEPS_OWN, Instant.now()));
		assertThat(tenants(rollup(KENT_MEMBER, period).json())).contains(ashford, "canterbury", "swale")
			.doesNotContain(dover);

		publish(archived(ashford, "kent", Instant.now()));

		JsonNode rollup = rollup(KENT_MEMBER, period).json();
		assertThat(tenants(rollup)).contains("canterbury", "swale").doesNotContain(ashford, dover);
		assertThat(rollup.path("codes")).allSatisfy(code -> assertThat(code.path("districts").has(ashford)).isFalse());
	}

	@Test
	void onlyKentsMembersReadItsRollUp() {
		assertThat(rollup(KENT_MEMBER, period).status()).isEqualTo(200);
		assertThat(rollup("alex.champion", period).status()).isEqualTo(200);

		for (String outsider : new String[] { SWALE_EDITOR, CANTERBURY_EDITOR, DERBYSHIRE, null }) {
			Answer refused = rollup(outsider, period);
			assertThat(refused.status()).as(String.valueOf(outsider)).isEqualTo(404);
			assertThat(refused.isProblem()).isTrue();
			assertThat(refused.text()).doesNotContain("swale");
		}
		assertThat(api.get("/api/t/swale/rollup", SWALE_EDITOR).status())
			.as("Swale has no followers, and its " + "roll-up says so")
			.isEqualTo(200);
	}

	@Test
	void aPeriodThatIsNotAFinancialYearIsRefusedNamingIt() {
		for (String period : new String[] { "2027-29", "2027", "27-28" }) {
			Answer refused = rollup(KENT_MEMBER, period);

			assertThat(refused.status()).as(period).isEqualTo(400);
			assertThat(refused.namesField("period")).as(refused.text()).isTrue();
		}
	}

	@Test
	void aKentMemberReadsWhatADistrictSharesWithKentAndNothingElse() {
		String shared = plan("swale", SWALE_EDITOR, "Shared " + run, "COUNTY");
		String sharedAction = action("swale", SWALE_EDITOR, shared, "Shared action", null);
		String kept = plan("swale", SWALE_EDITOR, "Kept " + run, "MEMBERS");
		String keptAction = action("swale", SWALE_EDITOR, kept, "Kept action", null);
		String sharedIndicator = indicator("swale", SWALE_EDITOR, "COUNTY", 100);
		String keptIndicator = indicator("swale", SWALE_EDITOR, "MEMBERS", 100);

		assertThat(api.get("/api/t/swale/plans/" + shared, KENT_MEMBER).status()).isEqualTo(200);
		assertThat(api.get("/api/t/swale/plans/" + shared + "/actions/" + sharedAction, KENT_MEMBER).status())
			.isEqualTo(200);
		assertThat(api.get("/api/t/swale/indicators/" + sharedIndicator, KENT_MEMBER).status()).isEqualTo(200);
		assertThat(ids(api.get("/api/t/swale/plans", KENT_MEMBER))).contains(shared).doesNotContain(kept);
		assertThat(ids(api.get("/api/t/swale/indicators", KENT_MEMBER))).contains(sharedIndicator)
			.doesNotContain(keptIndicator);

		assertThat(api.get("/api/t/swale/plans/" + kept, KENT_MEMBER).status()).isEqualTo(404);
		assertThat(api.get("/api/t/swale/plans/" + kept + "/actions/" + keptAction, KENT_MEMBER).status())
			.isEqualTo(404);
		assertThat(api.get("/api/t/swale/indicators/" + keptIndicator, KENT_MEMBER).status()).isEqualTo(404);

		// a Canterbury editor is no member of Kent: what Swale shares with Kent is not
		// for them
		assertThat(api.get("/api/t/swale/plans/" + shared, CANTERBURY_EDITOR).status()).isEqualTo(404);
		assertThat(api.get("/api/t/swale/plans/" + shared, null).status()).isEqualTo(404);
	}

	@Test
	void aKentMemberNeverWritesToADistrict() {
		String shared = plan("swale", SWALE_EDITOR, "Shared " + run, "COUNTY");
		String sharedAction = action("swale", SWALE_EDITOR, shared, "Shared action", null);
		String indicator = indicator("swale", SWALE_EDITOR, "COUNTY", null);
		List<Map<String, Object>> plans = api.snapshot("action_plan", "swale");
		List<Map<String, Object>> actions = api.snapshot("plan_action", "swale");
		List<Map<String, Object>> updates = api.snapshot("action_update", "swale");

		assertThat(api.post("/api/t/swale/plans", KENT_MEMBER, planInput("By Kent " + run, "COUNTY")).status())
			.isEqualTo(403);
		assertThat(
				api.put("/api/t/swale/plans/" + shared, KENT_MEMBER, planInput("Renamed", "PUBLIC"), "\"0\"").status())
			.isEqualTo(403);
		assertThat(api
			.post("/api/t/swale/plans/" + shared + "/actions/" + sharedAction + "/updates", KENT_MEMBER,
					Map.of("on", PAST, "status", "ON_TRACK", "progress", 50, "note", "Kent says so"), "\"0\"")
			.status()).isEqualTo(403);
		assertThat(api
			.post("/api/t/swale/indicators/" + indicator + "/readings", KENT_MEMBER, Map.of("on", PAST, "value", 1),
					"\"0\"")
			.status()).isEqualTo(403);

		assertThat(api.snapshot("action_plan", "swale")).isEqualTo(plans);
		assertThat(api.snapshot("plan_action", "swale")).isEqualTo(actions);
		assertThat(api.snapshot("action_update", "swale")).isEqualTo(updates);
	}

	@Test
	void aDistrictOfAnotherCountyIsNeverInKentsRollUpNorReadByKent() {
		String derbyshires = plan("south-derbyshire", DERBYSHIRE, "Derbyshire's " + run, "COUNTY");
		String derbyshiresAction = action("south-derbyshire", DERBYSHIRE, derbyshires, "Theirs", null);

		JsonNode rollup = rollup(KENT_MEMBER, period).json();

		assertThat(tenants(rollup)).doesNotContain("south-derbyshire");
		assertThat(rollup.path("codes"))
			.allSatisfy(code -> assertThat(code.path("districts").has("south-derbyshire")).isFalse());
		assertThat(api.get("/api/t/south-derbyshire/plans/" + derbyshires, KENT_MEMBER).status()).isEqualTo(404);
		assertThat(
				api.get("/api/t/south-derbyshire/plans/" + derbyshires + "/actions/" + derbyshiresAction, KENT_MEMBER)
					.status())
			.isEqualTo(404);
		assertThat(ids(api.get("/api/t/south-derbyshire/plans", KENT_MEMBER))).doesNotContain(derbyshires);
		// it is in the roll-up of Derbyshire, which it follows
		JsonNode derbyshire = rollup("derbyshire", DERBYSHIRE, period).json();
		assertThat(tenants(derbyshire)).containsExactly("south-derbyshire");
		assertThat(row(derbyshire, "south-derbyshire").path("plans")).extracting(plan -> plan.path("id").asString())
			.containsExactly(derbyshires);
	}

	private Answer rollup(String user, String period) {
		return rollup("kent", user, period);
	}

	private Answer rollup(String county, String user, String period) {
		return api.get("/api/t/" + county + "/rollup" + (period == null ? "" : "?period=" + period), user);
	}

	/** A Kent principle of this test's own, published: what Kent's followers take. */
	private UUID kentPrinciple() {
		Answer created = api.post("/api/t/kent/principles", KENT_MEMBER,
				Map.of("title", "Working together " + run, "text", "We work together.", "mode", "CORE"));
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().path("id").asString();
		assertThat(api.post("/api/t/kent/principles/" + id + "/versions/1/publication", KENT_MEMBER, null).status())
			.isEqualTo(200);
		return UUID.fromString(id);
	}

	/** A district's copy of a Kent item, applied as sync-service would ask. */
	private UUID copy(String district, UUID kentItem) {
		ApplyCommand command = new ApplyCommand(UUID.randomUUID(), SyncEvent.SCHEMA_VERSION, district, "kent", kentItem,
				"PRINCIPLE", 1, "CORE", false,
				JSON.writeValueAsString(new PrincipleContent("Working together " + run, "We work together.")),
				Instant.now(), 1);
		TestKafka.awaitCommitted("compact-service", TestKafka.send(Topics.APPLY_COMMANDS, district, command));
		return (UUID) api
			.query(district, "SELECT item_id FROM adoption WHERE source_tenant = 'kent' AND source_item_id = ?",
					kentItem)
			.get(0)
			.get("item_id");
	}

	private Map<String, Object> planInput(String title, String visibility) {
		return Map.of("title", title, "period", period, "visibility", visibility);
	}

	private String plan(String tenant, String editor, String title, String visibility) {
		return created(api.post("/api/t/" + tenant + "/plans", editor, planInput(title, visibility)));
	}

	private String action(String tenant, String editor, String plan, String title, String dueOn, UUID... items) {
		Map<String, Object> input = new HashMap<>(Map.of("title", title, "measure", "counted", "ownerPerson", "Sam",
				"priority", "HIGH", "ambition", "ACHIEVABLE", "itemIds", List.of(items)));
		input.put("dueOn", dueOn);
		return created(api.post("/api/t/" + tenant + "/plans/" + plan + "/actions", editor, input));
	}

	private void update(String tenant, String editor, String plan, String action, Map<String, Object> change) {
		String path = "/api/t/" + tenant + "/plans/" + plan + "/actions/" + action;
		Map<String, Object> input = new HashMap<>(change);
		input.put("on", PAST);
		input.put("note", "Progress");
		created(api.post(path + "/updates", editor, input, api.get(path, editor).etag()));
	}

	/**
	 * An indicator from 0 to 100 by 2021 with an amber band of 5, and a reading of the
	 * value given after that (100 green, 97 amber, 10 red), or none.
	 */
	private String indicator(String tenant, String editor, String visibility, Integer reading) {
		String id = created(api.post("/api/t/" + tenant + "/indicators", editor,
				Map.of("name", visibility + " indicator " + UUID.randomUUID(), "unit", "%", "baseline",
						Map.of("value", 0, "on", "2020-01-01"), "target", Map.of("value", 100, "on", "2021-01-01"),
						"direction", "HIGHER_IS_BETTER", "tolerance", 5, "visibility", visibility)));
		if (reading != null) {
			String path = "/api/t/" + tenant + "/indicators/" + id;
			created(api.post(path + "/readings", editor, Map.of("on", PAST, "value", reading, "note", "measured"),
					api.get(path, editor).etag()));
		}
		return id;
	}

	private static String created(Answer answer) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		return answer.json().path("id").asString();
	}

	private static String period(int year) {
		return year + "-" + String.format("%02d", (year + 1) % 100);
	}

	private static JsonNode row(JsonNode rollup, String tenant) {
		for (JsonNode district : rollup.path("districts")) {
			if (district.path("tenant").asString().equals(tenant)) {
				return district;
			}
		}
		throw new AssertionError(tenant + " is not in " + rollup);
	}

	private static JsonNode code(JsonNode rollup, UUID item) {
		for (JsonNode code : rollup.path("codes")) {
			if (code.path("itemId").asString().equals(item.toString())) {
				return code;
			}
		}
		throw new AssertionError(item + " is not in " + rollup);
	}

	private static List<String> tenants(JsonNode rollup) {
		return rollup.path("districts").valueStream().map(district -> district.path("tenant").asString()).toList();
	}

	private static List<String> ids(Answer answer) {
		assertThat(answer.status()).isEqualTo(200);
		return answer.json().valueStream().map(item -> item.path("id").asString()).toList();
	}

	private static Map<String, Integer> counts(JsonNode object) {
		Map<String, Integer> counts = new HashMap<>();
		object.properties().forEach(entry -> counts.put(entry.getKey(), entry.getValue().asInt()));
		return counts;
	}

	/**
	 * Indicators have no period: what this test added to a district's, whatever other
	 * tests made before.
	 */
	private static Map<String, Integer> indicatorsAdded(JsonNode before, JsonNode after, String tenant) {
		Map<String, Integer> was = counts(row(before, tenant).path("indicators"));
		Map<String, Integer> added = new HashMap<>();
		counts(row(after, tenant).path("indicators"))
			.forEach((rag, count) -> added.put(rag, count - was.getOrDefault(rag, 0)));
		return added;
	}

}
