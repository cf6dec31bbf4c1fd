package org.compacts.compact.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManagerFactory;
import org.compacts.compact.Api;
import org.compacts.compact.Api.Answer;
import org.compacts.testkit.RealServers;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Action plans through the API on the real servers: Swale's editor (sam.editor) keeps
 * Swale's plans; alex.champion is a member of Swale (and Kent); hana.hounslow a member of
 * another compact, chris.canterbury an editor of another. Every refusal is shown to
 * change no row.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class PlanIT {

	static final String EDITOR = "sam.editor";

	static final String PLANS = "/api/t/swale/plans";

	static final List<String> TABLES = List.of("action_plan", "plan_action", "plan_action_partner", "plan_action_link",
			"action_update");

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EntityManagerFactory entities;

	Api api;

	@BeforeEach
	void client() {
		api = new Api(port, jdbc, transactions);
	}

	// --- helpers

	private Map<String, List<Map<String, Object>>> rows(String tenant) {
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		TABLES.forEach(table -> rows.put(table, api.snapshot(table, tenant)));
		return rows;
	}

	private static Map<String, Object> plan(String title, String visibility) {
		Map<String, Object> plan = new LinkedHashMap<>();
		plan.put("title", title);
		plan.put("period", "2027-28");
		plan.put("visibility", visibility);
		return plan;
	}

	private Answer createPlan(String tenant, String editor, String visibility) {
		Answer created = api.post("/api/t/" + tenant + "/plans", editor,
				plan("Compact action plan " + UUID.randomUUID(), visibility));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created;
	}

	private static Map<String, Object> action(String title) {
		Map<String, Object> action = new LinkedHashMap<>();
		action.put("title", title);
		action.put("priority", "HIGH");
		action.put("ambition", "ACHIEVABLE");
		return action;
	}

	private static Map<String, Object> with(Map<String, Object> body, Object... pairs) {
		Map<String, Object> changed = new LinkedHashMap<>(body);
		for (int i = 0; i < pairs.length; i += 2) {
			changed.put((String) pairs[i], pairs[i + 1]);
		}
		return changed;
	}

	private static String id(Answer answer) {
		return answer.json().path("id").asString();
	}

	private Answer addAction(String planPath, Map<String, Object> action) {
		Answer added = api.post(planPath + "/actions", EDITOR, action);
		assertThat(added.status()).as(added.text()).isEqualTo(201);
		return added;
	}

	private String principle(String tenant, String editor, String title) {
		Answer created = api.post("/api/t/" + tenant + "/principles", editor,
				Map.of("title", title, "text", "We work together.", "mode", "ADAPTABLE"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return id(created);
	}

	private String organisation(String name) {
		Answer added = api.post("/api/t/swale/organisations", EDITOR, Map.of("name", name, "sector", "VCS"));
		assertThat(added.status()).as(added.text()).isEqualTo(201);
		return id(added);
	}

	/** A members' plan of Swale with one action, as its editor made them. */
	record Made(Answer plan, String planPath, Answer action, String actionPath) {
	}

	private Made planWithAnAction() {
		Answer plan = createPlan("swale", EDITOR, "MEMBERS");
		String planPath = PLANS + "/" + id(plan);
		Answer action = addAction(planPath, action("Champions training"));
		return new Made(plan, planPath, action, planPath + "/actions/" + id(action));
	}

	private static Map<String, Object> update(String status, int progress) {
		Map<String, Object> update = new LinkedHashMap<>();
		update.put("on", TODAY.toString());
		update.put("status", status);
		update.put("progress", progress);
		update.put("note", "Met the Local Children's Trust");
		return update;
	}

	private static void assertRefused(Answer answer, int status, String field) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(status);
		assertThat(answer.isProblem()).isTrue();
		assertThat(answer.namesField(field)).as(answer.text()).isTrue();
	}

	// --- tests

	@Test
	void anEditorMakesAPlanWithAnActionAndChangesBoth() {
		String organisationName = "Swale CVS " + UUID.randomUUID();
		String organisation = organisation(organisationName);
		String principle = principle("swale", EDITOR, "Working together " + UUID.randomUUID());
		Answer created = createPlan("swale", EDITOR, "MEMBERS");
		String planPath = PLANS + "/" + id(created);

		assertThat(created.etag()).isEqualTo("\"" + created.json().path("version").asLong() + "\"");
		assertThat(created.json().path("period").asString()).isEqualTo("2027-28");
		assertThat(created.json().path("actions")).isEmpty();
		Answer added = addAction(planPath,
				with(action("Compact awareness with the Local Children's Trust"), "outcome", "Every school knows it",
						"measure", "Schools reached", "ownerOrganisationId", organisation, "ownerPerson", "Pat Officer",
						"partners", List.of("Local Children's Trust", "Swale CVS"), "startOn", "2027-04-01", "dueOn",
						"2028-03-31", "itemIds", List.of(principle)));
		JsonNode action = added.json();
		assertThat(added.etag()).isEqualTo("\"" + action.path("version").asLong() + "\"");
		assertThat(action.path("planId").asString()).isEqualTo(id(created));
		assertThat(action.path("status").asString()).isEqualTo("NOT_STARTED");
		assertThat(action.path("progress").asInt()).isZero();
		assertThat(action.path("owner").path("organisationName").asString()).isEqualTo(organisationName);
		assertThat(action.path("owner").path("person").asString()).isEqualTo("Pat Officer");
		assertThat(action.path("partners").get(1).asString()).isEqualTo("Swale CVS");
		assertThat(action.path("notSmart")).isEmpty();
		assertThat(action.path("overdue").asBoolean()).isFalse();
		assertThat(action.path("links").get(0).path("itemId").asString()).isEqualTo(principle);
		assertThat(action.path("links").get(0).path("kind").asString()).isEqualTo("PRINCIPLE");
		assertThat(action.path("links").get(0).path("title").asString()).startsWith("Working together");
		assertThat(action.path("links").get(0).path("source").isNull()).isTrue();
		String actionPath = planPath + "/actions/" + id(added);
		assertThat(api.get(actionPath, "alex.champion").text()).isEqualTo(added.text());

		Answer described = api.put(actionPath, EDITOR, with(action("Champions training"), "ownerOrganisationName",
				"Kent County Council", "dueOn", "2020-01-31"), added.etag());
		assertThat(described.status()).as(described.text()).isEqualTo(200);
		assertThat(described.etag()).isNotEqualTo(added.etag());
		assertThat(described.json().path("owner").path("organisationId").isNull()).isTrue();
		assertThat(described.json().path("owner").path("organisationName").asString()).isEqualTo("Kent County Council");
		assertThat(described.json().path("notSmart").toString()).isEqualTo("[\"measure\"]");
		assertThat(described.json().path("overdue").asBoolean()).isTrue();
		assertThat(described.json().path("links")).isEmpty();
		assertThat(described.json().path("partners")).isEmpty();

		Answer renamed = api.put(planPath, EDITOR,
				with(plan("Swale plan " + UUID.randomUUID(), "PUBLIC"), "period", "2028-29"), created.etag());
		assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
		Answer read = api.get(planPath, null);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.etag()).isEqualTo(renamed.etag());
		assertThat(read.json().path("period").asString()).isEqualTo("2028-29");
		assertThat(read.json().path("visibility").asString()).isEqualTo("PUBLIC");
		assertThat(read.json().path("actions").get(0).path("title").asString()).isEqualTo("Champions training");
		assertThat(api.query("swale", "SELECT created_by FROM action_plan WHERE id = ?::uuid", id(created)))
			.containsExactly(Map.of("created_by", EDITOR));
	}

	@Test
	void updatesAreAddedNewestFirstMoveTheStatusAndAreNeverChanged() {
		String planPath = PLANS + "/" + id(createPlan("swale", EDITOR, "COUNTY"));
		Answer action = addAction(planPath, action("Funding terms in contracts"));
		addAction(planPath, with(action("Consultation of 12 weeks"), "measure", "m", "ownerPerson", "p", "dueOn",
				TODAY.plusYears(1).toString()));
		String updates = planPath + "/actions/" + id(action) + "/updates";

		Answer onTrack = api.post(updates, EDITOR, update("ON_TRACK", 40), action.etag());
		assertThat(onTrack.status()).as(onTrack.text()).isEqualTo(201);
		assertThat(onTrack.json().path("status").asString()).isEqualTo("ON_TRACK");
		assertThat(onTrack.json().path("progress").asInt()).isEqualTo(40);
		assertThat(onTrack.etag()).isNotEqualTo(action.etag());
		Answer done = api.post(updates, EDITOR, with(update("DONE", 100), "completedOn", TODAY.toString()),
				onTrack.etag());
		assertThat(done.status()).as(done.text()).isEqualTo(201);

		JsonNode history = done.json().path("updates");
		assertThat(done.json().path("status").asString()).isEqualTo("DONE");
		assertThat(done.json().path("completedOn").asString()).isEqualTo(TODAY.toString());
		assertThat(history).hasSize(2);
		assertThat(history.get(0).path("fromStatus").asString()).isEqualTo("ON_TRACK");
		assertThat(history.get(0).path("toStatus").asString()).isEqualTo("DONE");
		assertThat(history.get(1).path("fromStatus").asString()).isEqualTo("NOT_STARTED");
		assertThat(history.get(1).path("by").asString()).isEqualTo(EDITOR);
		assertThat(history.get(1).path("on").asString()).isEqualTo(TODAY.toString());
		assertThat(history.get(1).path("at").asString()).isNotBlank();
		assertThat(history.get(1).path("note").asString()).isEqualTo("Met the Local Children's Trust");

		JsonNode summary = null;
		for (JsonNode plan : api.get(PLANS, EDITOR).json()) {
			if (planPath.endsWith(plan.path("id").asString())) {
				summary = plan;
			}
		}
		assertThat(summary).isNotNull();
		assertThat(summary.path("actions").asInt()).isEqualTo(2);
		assertThat(summary.path("byStatus").path("DONE").asInt()).isEqualTo(1);
		assertThat(summary.path("byStatus").path("NOT_STARTED").asInt()).isEqualTo(1);
		assertThat(summary.path("byStatus").path("DROPPED").asInt()).isZero();
		assertThat(summary.path("percentDone").asInt()).isEqualTo(50);
		assertThat(summary.path("notSmart").asInt()).isEqualTo(1);

		Answer reopened = api.post(updates, EDITOR, update("AT_RISK", 90), done.etag());
		assertThat(reopened.status()).as(reopened.text()).isEqualTo(201);
		assertThat(reopened.json().path("completedOn").isNull()).isTrue();
		assertThat(reopened.json().path("updates")).hasSize(3);

		// the history is the database's to keep too: no one changes or removes an update
		assertThatThrownBy(() -> api.query("swale", "UPDATE action_update SET note = 'rewritten' RETURNING id"))
			.hasMessageContaining("never changed or removed");
		assertThatThrownBy(() -> api.query("swale", "DELETE FROM action_update RETURNING id"))
			.hasMessageContaining("never changed or removed");
	}

	@Test
	void eachBrokenRuleIsRefusedNamingItsFieldAndChangesNothing() {
		Made made = planWithAnAction();
		String kentCode = api.get("/api/t/kent/codes", null).json().get(0).path("id").asString();
		var before = rows("swale");

		assertRefused(api.post(PLANS, EDITOR, with(plan("P", "PUBLIC"), "period", "2027-29")), 400, "period");
		assertRefused(api.post(PLANS, EDITOR, with(plan("P", "PUBLIC"), "period", "2027/28")), 400, "period");
		assertRefused(api.post(PLANS, EDITOR, with(plan("P", "PUBLIC"), "period", null)), 400, "period");
		assertRefused(api.post(PLANS, EDITOR, plan(" ", "PUBLIC")), 400, "title");
		assertRefused(api.post(PLANS, EDITOR, plan("x".repeat(201), "PUBLIC")), 400, "title");
		assertRefused(api.post(PLANS, EDITOR, plan("P", "SECRET")), 400, "visibility");
		assertRefused(
				api.put(made.planPath(), EDITOR, with(plan("P", "PUBLIC"), "period", "2027-2028"), made.plan().etag()),
				400, "period");

		String actions = made.planPath() + "/actions";
		assertRefused(api.post(actions, EDITOR, with(action("t"), "startOn", "2027-06-01", "dueOn", "2027-05-31")), 400,
				"dueOn");
		assertRefused(api.post(actions, EDITOR, with(action("t"), "title", "")), 400, "title");
		assertRefused(api.post(actions, EDITOR, with(action("x".repeat(201)))), 400, "title");
		assertRefused(api.post(actions, EDITOR, with(action("t"), "measure", "m".repeat(2001))), 400, "measure");
		assertRefused(api.post(actions, EDITOR, with(action("t"), "priority", null)), 400, "priority");
		assertRefused(api.post(actions, EDITOR, with(action("t"), "ambition", "EASY")), 400, "ambition");
		assertRefused(api.post(actions, EDITOR, with(action("t"), "ownerOrganisationId", UUID.randomUUID())), 400,
				"ownerOrganisationId");
		assertRefused(api.post(actions, EDITOR, with(action("t"), "itemIds", List.of(UUID.randomUUID()))), 400,
				"itemIds");
		// Kent's code is Kent's: an id of another compact is not one of Swale's items
		assertRefused(api.post(actions, EDITOR, with(action("t"), "itemIds", List.of(kentCode))), 400, "itemIds");
		assertRefused(api.put(made.actionPath(), EDITOR,
				with(action("t"), "startOn", "2027-06-01", "dueOn", "2027-05-31"), made.action().etag()), 400, "dueOn");

		String updates = made.actionPath() + "/updates";
		assertRefused(api.post(updates, EDITOR, update("ON_TRACK", 101), made.action().etag()), 400, "progress");
		assertRefused(api.post(updates, EDITOR, update("DONE", 100), made.action().etag()), 400, "completedOn");
		assertRefused(api.post(updates, EDITOR, with(update("DONE", 99), "completedOn", TODAY.toString()),
				made.action().etag()), 400, "progress");
		assertRefused(api.post(updates, EDITOR, with(update("DONE", 100), "completedOn", TODAY.plusDays(1).toString()),
				made.action().etag()), 400, "completedOn");
		assertRefused(api.post(updates, EDITOR, update("DROPPED", 10), made.action().etag()), 400, "reason");
		assertRefused(api.post(updates, EDITOR, with(update("ON_TRACK", 10), "on", TODAY.plusDays(1).toString()),
				made.action().etag()), 400, "on");
		assertRefused(api.post(updates, EDITOR, with(update("ON_TRACK", 10), "note", " "), made.action().etag()), 400,
				"note");
		assertRefused(
				api.post(updates, EDITOR, with(update("ON_TRACK", 10), "status", "FINISHED"), made.action().etag()),
				400, "status");

		assertThat(rows("swale")).isEqualTo(before);
		assertThat(api.get(made.actionPath(), EDITOR).text()).isEqualTo(made.action().text());
	}

	@Test
	void aChangeFromAnOldVersionIsRefused412AndOneWithoutAVersion428AndATitleTwiceInAPeriod409() {
		Made made = planWithAnAction();
		Answer changed = api.put(made.planPath(), EDITOR, plan(made.plan().json().path("title").asString(), "PUBLIC"),
				made.plan().etag());
		Answer updated = api.post(made.actionPath() + "/updates", EDITOR, update("ON_TRACK", 5), made.action().etag());
		assertThat(changed.status()).isEqualTo(200);
		assertThat(updated.status()).isEqualTo(201);
		var before = rows("swale");

		Answer stalePlan = api.put(made.planPath(), EDITOR, plan("Other", "MEMBERS"), made.plan().etag());
		Answer unversionedPlan = api.put(made.planPath(), EDITOR, plan("Other", "MEMBERS"));
		Answer staleAction = api.put(made.actionPath(), EDITOR, action("Other"), made.action().etag());
		Answer unversionedAction = api.put(made.actionPath(), EDITOR, action("Other"));
		Answer staleUpdate = api.post(made.actionPath() + "/updates", EDITOR, update("AT_RISK", 5),
				made.action().etag());
		Answer unversionedUpdate = api.post(made.actionPath() + "/updates", EDITOR, update("AT_RISK", 5));
		Answer sameTitle = api.post(PLANS, EDITOR, plan(made.plan().json().path("title").asString(), "PUBLIC"));

		assertRefused(stalePlan, 412, "If-Match");
		assertThat(stalePlan.json().path("currentVersion").asLong()).isEqualTo(changed.json().path("version").asLong());
		assertRefused(unversionedPlan, 428, "If-Match");
		assertRefused(staleAction, 412, "If-Match");
		assertRefused(unversionedAction, 428, "If-Match");
		assertRefused(staleUpdate, 412, "If-Match");
		assertRefused(unversionedUpdate, 428, "If-Match");
		assertRefused(sameTitle, 409, "title");
		assertThat(rows("swale")).isEqualTo(before);

		Answer other = createPlan("swale", EDITOR, "MEMBERS");
		var withOther = rows("swale");
		Answer renamedOntoIt = api.put(PLANS + "/" + id(other), EDITOR,
				plan(made.plan().json().path("title").asString(), "MEMBERS"), other.etag());
		assertRefused(renamedOntoIt, 409, "title");
		assertThat(rows("swale")).isEqualTo(withOther);
		// the same title in another period is another plan
		assertThat(api
			.post(PLANS, EDITOR, with(plan(made.plan().json().path("title").asString(), "PUBLIC"), "period", "2026-27"))
			.status()).isEqualTo(201);
	}

	@Test
	void membersReadEveryPlanAndAnyoneElseOnlyThePublicOnesWhileNoOtherCompactWritesHere() {
		Answer members = createPlan("swale", EDITOR, "MEMBERS");
		Answer county = createPlan("swale", EDITOR, "COUNTY");
		Answer open = createPlan("swale", EDITOR, "PUBLIC");
		String hidden = PLANS + "/" + id(members);
		Answer hiddenAction = addAction(hidden, action("Consultation of 12 weeks"));
		addAction(PLANS + "/" + id(open), action("Compact awareness"));
		String hiddenActionPath = hidden + "/actions/" + id(hiddenAction);
		var before = rows("swale");

		String anonymousList = api.get(PLANS, null).text();
		assertThat(anonymousList).contains(id(open)).doesNotContain(id(members)).doesNotContain(id(county));
		assertThat(api.get(PLANS, "hana.hounslow").text()).contains(id(open)).doesNotContain(id(members));
		assertThat(api.get(PLANS, "alex.champion").text()).contains(id(open), id(members), id(county));
		assertThat(api.get(PLANS + "/" + id(open), null).status()).isEqualTo(200);
		assertThat(api.get(PLANS + "/" + id(open), null).json().path("actions")).hasSize(1);
		for (String reader : new String[] { null, "hana.hounslow", "chris.canterbury" }) {
			for (String path : List.of(hidden, PLANS + "/" + id(county), hiddenActionPath)) {
				Answer refused = api.get(path, reader);
				assertThat(refused.status()).as(reader + " " + path).isEqualTo(404);
				assertThat(refused.text()).doesNotContain("Consultation of 12 weeks")
					.doesNotContain(members.json().path("title").asString());
			}
		}
		assertThat(api.get(hidden, "alex.champion").status()).isEqualTo(200);
		assertThat(api.get(hiddenActionPath, "alex.champion").status()).isEqualTo(200);

		// another compact's member or editor writes nothing here, nor anonymous
		assertThat(api.post(PLANS, "chris.canterbury", plan("Intruder", "PUBLIC")).status()).isEqualTo(403);
		assertThat(api.post(PLANS, "hana.hounslow", plan("Intruder", "PUBLIC")).status()).isEqualTo(403);
		assertThat(api.post(PLANS, "alex.champion", plan("Intruder", "PUBLIC")).status()).isEqualTo(403);
		assertThat(api.post(PLANS, null, plan("Intruder", "PUBLIC")).status()).isEqualTo(401);
		assertThat(api.post(hidden + "/actions", "chris.canterbury", action("Intruder")).status()).isEqualTo(403);
		assertThat(api.put(hiddenActionPath, "hana.hounslow", action("Intruder"), hiddenAction.etag()).status())
			.isEqualTo(403);
		assertThat(api.post(hiddenActionPath + "/updates", "chris.canterbury", update("DONE", 100), hiddenAction.etag())
			.status()).isEqualTo(403);
		// and Swale's ids mean nothing in Canterbury, where chris.canterbury may write
		String inCanterbury = "/api/t/canterbury/plans/" + id(members);
		assertThat(api.get(inCanterbury, "chris.canterbury").status()).isEqualTo(404);
		assertThat(api.put(inCanterbury, "chris.canterbury", plan("Taken", "PUBLIC"), members.etag()).status())
			.isEqualTo(404);
		assertThat(api.post(inCanterbury + "/actions", "chris.canterbury", action("Intruder")).status()).isEqualTo(404);
		assertThat(api.get(inCanterbury + "/actions/" + id(hiddenAction), "chris.canterbury").status()).isEqualTo(404);
		assertThat(api
			.post(inCanterbury + "/actions/" + id(hiddenAction) + "/updates", "chris.canterbury", update("ON_TRACK", 1),
					hiddenAction.etag())
			.status()).isEqualTo(404);
		assertThat(api.get("/api/t/canterbury/plans", "chris.canterbury").text()).doesNotContain(id(members), id(open));

		assertThat(rows("swale")).isEqualTo(before);
		// row-level security: a query without a filter sees its own tenant's rows only
		assertThat(api.query("canterbury", "SELECT id FROM action_plan WHERE id = ?::uuid", id(members))).isEmpty();
	}

	@Test
	void aLinkToAnAdoptedCopyNamesTheCompactItCameFrom() {
		String copy = principle("south-derbyshire", "dee.derbyshire", "Funding " + UUID.randomUUID());
		// made a copy of a Derbyshire principle as sync would have made it
		api.query("south-derbyshire", """
				INSERT INTO adoption (item_id, tenant_id, source_tenant, source_item_id, kind, mode, base_version,
				                      base_content)
				VALUES (?::uuid, 'south-derbyshire', 'derbyshire', gen_random_uuid(), 'PRINCIPLE', 'ADAPTABLE', 1,
				        '{}'::jsonb)
				RETURNING item_id
				""", copy);
		Answer plan = api.post("/api/t/south-derbyshire/plans", "dee.derbyshire",
				plan("South Derbyshire plan " + UUID.randomUUID(), "PUBLIC"));
		assertThat(plan.status()).as(plan.text()).isEqualTo(201);

		Answer action = api.post("/api/t/south-derbyshire/plans/" + id(plan) + "/actions", "dee.derbyshire",
				with(action("Funding terms in contracts"), "itemIds", List.of(copy, copy)));

		assertThat(action.status()).as(action.text()).isEqualTo(201);
		JsonNode links = action.json().path("links");
		assertThat(links).hasSize(1);
		assertThat(links.get(0).path("source").asString()).isEqualTo("derbyshire");
		assertThat(links.get(0).path("title").asString()).startsWith("Funding ");
		assertThat(api.get("/api/t/south-derbyshire/plans/" + id(plan), null)
			.json()
			.path("actions")
			.get(0)
			.path("links")
			.get(0)
			.path("source")
			.asString()).isEqualTo("derbyshire");
	}

	@Test
	void twoUpdatesOfOneActionAtOnceNeverLoseOneTheSecondIs412AndLandsWhenSentAgain() throws Exception {
		Made made = planWithAnAction();
		String updates = made.actionPath() + "/updates";
		ExecutorService editors = Executors.newFixedThreadPool(2);
		List<Answer> answers;
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Answer>> sent = new ArrayList<>();
			for (String note : List.of("Briefed the Local Children's Trust", "Booked the champions' training")) {
				sent.add(editors.submit(() -> {
					start.await();
					return api.post(updates, EDITOR, with(update("ON_TRACK", 20), "note", note), made.action().etag());
				}));
			}
			start.countDown();
			answers = new ArrayList<>();
			for (Future<Answer> answer : sent) {
				answers.add(answer.get(60, TimeUnit.SECONDS));
			}
		}
		finally {
			editors.shutdownNow();
		}

		// both from the same version: one lands, the other is told it is stale
		assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(201, 412);
		Answer landed = answers.stream().filter(answer -> answer.status() == 201).findFirst().orElseThrow();
		Answer refused = answers.stream().filter(answer -> answer.status() == 412).findFirst().orElseThrow();
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.namesField("If-Match")).as(refused.text()).isTrue();
		JsonNode history = api.get(made.actionPath(), EDITOR).json().path("updates");
		assertThat(history).hasSize(1);
		assertThat(history.get(0).path("note").asString())
			.isEqualTo(landed.json().path("updates").get(0).path("note").asString());

		// the editor told so sends it again from the version that landed: both are kept
		String second = landed.json().path("updates").get(0).path("note").asString().startsWith("Briefed")
				? "Booked the champions' training" : "Briefed the Local Children's Trust";
		Answer again = api.post(updates, EDITOR, with(update("AT_RISK", 25), "note", second), landed.etag());
		assertThat(again.status()).as(again.text()).isEqualTo(201);
		assertThat(again.json().path("updates")).extracting(update -> update.path("note").asString())
			.containsExactlyInAnyOrder("Briefed the Local Children's Trust", "Booked the champions' training");
	}

	@Test
	void aPlanIsReadInAsManyQueriesWithTenActionsAsWithTwo() {
		Answer plan = createPlan("swale", EDITOR, "MEMBERS");
		String planPath = PLANS + "/" + id(plan);
		Runnable addLinkedAction = () -> addAction(planPath,
				with(action("Champions training " + UUID.randomUUID()), "ownerOrganisationId",
						organisation("Swale CVS " + UUID.randomUUID()), "itemIds",
						List.of(principle("swale", EDITOR, "Funding " + UUID.randomUUID()))));
		addLinkedAction.run();
		addLinkedAction.run();
		long withTwo = statementsToRead(planPath, 2);
		for (int i = 0; i < 8; i++) {
			addLinkedAction.run();
		}

		// each action has its own owner and its own item: read one by one, each would add
		// queries
		assertThat(statementsToRead(planPath, 10)).isEqualTo(withTwo);
	}

	private long statementsToRead(String planPath, int actions) {
		Statistics statistics = entities.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			Answer read = api.get(planPath, EDITOR);
			assertThat(read.json().path("actions").size()).as(read.text()).isEqualTo(actions);
			assertThat(read.json().path("actions").findValues("organisationName"))
				.allMatch(name -> name.asString().startsWith("Swale CVS"));
			return statistics.getPrepareStatementCount();
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	@Test
	void thePlansActionsAreFilteredByStatusOverdueCodeOwnerAndNotSmartCombined() {
		String principle = principle("swale", EDITOR, "Funding " + UUID.randomUUID());
		String organisation = organisation("Swale CVS " + UUID.randomUUID());
		Answer plan = createPlan("swale", EDITOR, "COUNTY");
		String planPath = PLANS + "/" + id(plan);
		Map<String, Object> smart = with(action("x"), "measure", "counted", "ownerPerson", "Pat Officer", "dueOn",
				TODAY.plusYears(1).toString());
		String training = id(addAction(planPath, with(smart, "title", "Champions training", "ownerOrganisationId",
				organisation, "itemIds", List.of(principle))));
		String contracts = id(addAction(planPath,
				with(action("Funding terms in contracts"), "itemIds", List.of(principle), "ownerPerson", "Jo Funder")));
		String awareness = id(addAction(planPath, with(smart, "title", "Compact awareness", "dueOn",
				TODAY.minusDays(1).toString(), "ownerPerson", "Jo Funder")));
		Answer consultation = addAction(planPath, with(smart, "title", "Consultation of 12 weeks"));
		assertThat(api
			.post(planPath + "/actions/" + id(consultation) + "/updates", EDITOR, update("AT_RISK", 10),
					consultation.etag())
			.status()).isEqualTo(201);

		assertThat(filtered(planPath, "")).containsExactlyInAnyOrder(training, contracts, awareness, id(consultation));
		assertThat(api.get(planPath + "?status=AT_RISK", EDITOR).json().path("totalActions").asInt()).isEqualTo(4);
		assertThat(filtered(planPath, "?status=AT_RISK")).containsExactly(id(consultation));
		assertThat(filtered(planPath, "?overdue=true")).containsExactly(awareness);
		assertThat(filtered(planPath, "?code=" + principle)).containsExactlyInAnyOrder(training, contracts);
		assertThat(filtered(planPath, "?notSmart=true")).containsExactly(contracts);
		assertThat(filtered(planPath, "?notSmart=false&overdue=false")).containsExactlyInAnyOrder(training,
				id(consultation));
		// the owner is an organisation or a person, named in part and in any case
		assertThat(filtered(planPath, "?owner=cvs")).containsExactly(training);
		assertThat(filtered(planPath, "?owner=FUNDER")).containsExactlyInAnyOrder(contracts, awareness);
		assertThat(filtered(planPath, "?owner=jo&code=" + principle + "&notSmart=true")).containsExactly(contracts);
		assertThat(filtered(planPath, "?owner=jo&status=DONE")).isEmpty();
		// another reader of the plan gets the same filters: the county's members here
		assertThat(api.get(planPath + "?code=" + principle, "alex.champion").json().path("actions")).hasSize(2);

		assertRefused(api.get(planPath + "?status=FINISHED", EDITOR), 400, "status");
		assertRefused(api.get(planPath + "?overdue=maybe", EDITOR), 400, "overdue");
		assertRefused(api.get(planPath + "?notSmart=perhaps", EDITOR), 400, "notSmart");
		assertRefused(api.get(planPath + "?code=funding", EDITOR), 400, "code");
		assertRefused(api.get(planPath + "?code=" + UUID.randomUUID(), EDITOR), 400, "code");
		assertRefused(api.get(planPath + "?owner=" + "o".repeat(201), EDITOR), 400, "owner");
		// another compact's principle is not one of Swale's to filter by
		String kentCode = api.get("/api/t/kent/codes", null).json().get(0).path("id").asString();
		assertRefused(api.get(planPath + "?code=" + kentCode, EDITOR), 400, "code");
		// and the filters reveal nothing of a plan the reader may not read
		assertThat(api.get(planPath + "?status=AT_RISK", "hana.hounslow").status()).isEqualTo(404);
		assertThat(api.get("/api/t/canterbury/plans/" + id(plan) + "?code=" + principle, "chris.canterbury").status())
			.isEqualTo(404);
	}

	private List<String> filtered(String planPath, String query) {
		Answer answer = api.get(planPath + query, EDITOR);
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		answer.json().path("actions").forEach(action -> ids.add(action.path("id").asString()));
		return ids;
	}

	@Test
	void theOpenApiDocumentDescribesThePlansWithIfMatchAsAHeader() {
		JsonNode paths = api.get("/v3/api-docs", null).json().path("paths");

		assertThat(paths.has("/api/t/{tenant}/plans")).isTrue();
		assertThat(paths.path("/api/t/{tenant}/plans/{planId}").has("put")).isTrue();
		assertThat(paths.path("/api/t/{tenant}/plans/{planId}/actions/{actionId}").has("put")).isTrue();
		JsonNode record = paths.path("/api/t/{tenant}/plans/{planId}/actions/{actionId}/updates").path("post");
		assertThat(record.path("summary").asString()).isEqualTo("Record progress on an action");
		assertThat(record.path("parameters").toString()).contains("\"name\":\"If-Match\"", "\"in\":\"header\"")
			.doesNotContain("ifMatch");
	}

}
