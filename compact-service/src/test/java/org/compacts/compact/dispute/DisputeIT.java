package org.compacts.compact.dispute;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.compacts.compact.Api;
import org.compacts.compact.Api.Answer;
import org.compacts.testkit.RealServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The disputes log through the API on the real servers: Swale's editor (sam.editor) keeps
 * Swale's log; alex.champion is a member of Swale; kim.admin an admin of Kent, the county
 * Swale follows; hana.hounslow a member of another compact, chris.canterbury an editor of
 * another. Every refusal is shown to change no row.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class DisputeIT {

	static final String EDITOR = "sam.editor";

	static final String DISPUTES = "/api/t/swale/disputes";

	static final List<String> TABLES = List.of("dispute", "dispute_party", "dispute_item", "dispute_stage_change",
			"dispute_deadlines");

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

	/** What a listener heard after each commit. */
	@TestConfiguration
	static class Heard {

		final List<DisputeStageChanged> events = new CopyOnWriteArrayList<>();

		@TransactionalEventListener
		void on(DisputeStageChanged event) {
			events.add(event);
		}

		/** Through a method: the bean may be a proxy, whose own fields are empty. */
		List<DisputeStageChanged> events() {
			return events;
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Heard heard;

	@Autowired
	OverdueDisputes overdue;

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

	private static Map<String, Object> dispute(String title, List<Map<String, Object>> parties, List<String> items,
			LocalDate raisedOn) {
		Map<String, Object> dispute = new LinkedHashMap<>();
		dispute.put("title", title);
		dispute.put("summary", "A grant was cut with four weeks' notice, not the three months the code asks.");
		dispute.put("parties", parties);
		dispute.put("itemIds", items);
		dispute.put("raisedOn", raisedOn.toString());
		return dispute;
	}

	private static List<Map<String, Object>> namedParties() {
		return List.of(Map.of("name", "Swale Youth Forum"), Map.of("name", "Swale Borough Council"));
	}

	private Answer raise(LocalDate raisedOn) {
		Answer raised = api.post(DISPUTES, EDITOR, dispute("Grant cut " + UUID.randomUUID(), namedParties(),
				List.of(principle("swale", EDITOR, "Funding " + UUID.randomUUID())), raisedOn));
		assertThat(raised.status()).as(raised.text()).isEqualTo(201);
		return raised;
	}

	private static Map<String, Object> move(String stage, LocalDate on) {
		Map<String, Object> move = new LinkedHashMap<>();
		move.put("stage", stage);
		move.put("on", on.toString());
		return move;
	}

	private static void assertRefused(Answer answer, int status, String field) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(status);
		assertThat(answer.isProblem()).isTrue();
		assertThat(answer.namesField(field)).as(answer.text()).isTrue();
	}

	private Answer resolved() {
		Answer raised = raise(TODAY.minusDays(30));
		String path = DISPUTES + "/" + id(raised);
		Answer done = api.post(path + "/stages", EDITOR, with(move("RESOLVED", TODAY), "outcome", "Notice restored"),
				raised.etag());
		assertThat(done.status()).as(done.text()).isEqualTo(201);
		return done;
	}

	// --- tests

	@Test
	void anEditorRaisesADisputeMovesItResolvesItAndPublishesItsAnonymisedSummary() {
		String organisationName = "Swale CVS " + UUID.randomUUID();
		String organisation = organisation(organisationName);
		String funding = principle("swale", EDITOR, "Funding " + UUID.randomUUID());
		String title = "Grant cut without notice " + UUID.randomUUID();
		LocalDate raisedOn = TODAY.minusDays(21);

		Answer raised = api.post(DISPUTES, EDITOR,
				dispute(title, List.of(Map.of("organisationId", organisation), Map.of("name", "Swale Borough Council")),
						List.of(funding, funding), raisedOn));

		assertThat(raised.status()).as(raised.text()).isEqualTo(201);
		JsonNode dispute = raised.json();
		String path = DISPUTES + "/" + id(raised);
		assertThat(raised.etag()).isEqualTo("\"" + dispute.path("version").asLong() + "\"");
		assertThat(dispute.path("stage").asString()).isEqualTo("RAISED");
		assertThat(dispute.path("parties").get(0).path("name").asString()).isEqualTo(organisationName);
		assertThat(dispute.path("parties").get(1).path("name").asString()).isEqualTo("Swale Borough Council");
		assertThat(dispute.path("links")).hasSize(1);
		assertThat(dispute.path("links").get(0).path("kind").asString()).isEqualTo("PRINCIPLE");
		assertThat(dispute.path("owner").path("username").asString()).isEqualTo(EDITOR);
		assertThat(dispute.path("owner").path("email").asString()).isEqualTo("sam.editor@example.org");
		LocalDate deadline = WorkingDays.after(raisedOn, 10);
		assertThat(dispute.path("stageDeadline").asString()).isEqualTo(deadline.toString());
		assertThat(dispute.path("overdueSince").asString())
			.isEqualTo(TODAY.isAfter(deadline) ? deadline.plusDays(1).toString() : "");
		assertThat(api.get(path, "alex.champion").text()).isEqualTo(raised.text());

		Answer informal = api.post(path + "/stages", EDITOR,
				with(move("INFORMAL_RESOLUTION", TODAY.minusDays(14)), "note", "Met the council's grants officer"),
				raised.etag());
		assertThat(informal.status()).as(informal.text()).isEqualTo(201);
		Answer mediation = api.post(path + "/stages", EDITOR, move("MEDIATION", TODAY.minusDays(2)), informal.etag());
		assertThat(mediation.status()).as(mediation.text()).isEqualTo(201);
		assertThat(mediation.json().path("stageDeadline").asString())
			.isEqualTo(WorkingDays.after(TODAY.minusDays(2), 40).toString());
		assertThat(mediation.json().path("overdueSince").isNull()).isTrue();
		Answer done = api.post(path + "/stages", EDITOR,
				with(move("RESOLVED", TODAY), "outcome", "Three months' notice restored; the grant runs to March."),
				mediation.etag());
		assertThat(done.status()).as(done.text()).isEqualTo(201);
		JsonNode history = done.json().path("history");
		assertThat(history).hasSize(4);
		assertThat(history.get(0).path("fromStage").asString()).isEqualTo("MEDIATION");
		assertThat(history.get(0).path("toStage").asString()).isEqualTo("RESOLVED");
		assertThat(history.get(2).path("note").asString()).isEqualTo("Met the council's grants officer");
		assertThat(history.get(3).path("fromStage").isNull()).isTrue();
		assertThat(history.get(3).path("by").asString()).isEqualTo(EDITOR);
		assertThat(done.json().path("stageDeadline").isNull()).isTrue();

		assertThat(heard.events()).filteredOn(event -> event.disputeId().toString().equals(id(raised)))
			.extracting(DisputeStageChanged::stage)
			.containsExactly(DisputeStage.RAISED, DisputeStage.INFORMAL_RESOLUTION, DisputeStage.MEDIATION,
					DisputeStage.RESOLVED);
		assertThat(heard.events()).filteredOn(event -> event.disputeId().toString().equals(id(raised)))
			.allSatisfy(event -> {
				assertThat(event.tenant()).isEqualTo("swale");
				assertThat(event.ownerEmail()).isEqualTo("sam.editor@example.org");
			});

		String summary = "A funder cut a grant without the notice the funding code asks; mediation restored it.";
		Answer written = api.put(path + "/public-summary", EDITOR, Map.of("publicSummary", summary), done.etag());
		assertThat(written.status()).as(written.text()).isEqualTo(200);
		assertThat(api.get("/api/t/swale/dispute-summaries", null).text()).doesNotContain(id(raised));
		Answer published = api.post(path + "/public-summary/publication", EDITOR, null, written.etag());
		assertThat(published.status()).as(published.text()).isEqualTo(200);
		assertThat(published.json().path("summaryPublishedOn").asString()).isEqualTo(TODAY.toString());

		JsonNode shown = null;
		Answer open = api.get("/api/t/swale/dispute-summaries", null);
		for (JsonNode one : open.json()) {
			if (one.path("id").asString().equals(id(raised))) {
				shown = one;
			}
		}
		assertThat(shown).as(open.text()).isNotNull();
		assertThat(shown.path("summary").asString()).isEqualTo(summary);
		assertThat(shown.path("daysToResolve").asLong()).isEqualTo(21);
		assertThat(shown.path("links").get(0).path("itemId").asString()).isEqualTo(funding);
		// anonymised: no title, party, outcome or history
		assertThat(open.text()).doesNotContain(title, organisationName, "Swale Borough Council", "notice restored",
				EDITOR);

		JsonNode figures = api.get(DISPUTES + "/figures", "alex.champion").json();
		assertThat(figures.path("resolved").asInt()).isPositive();
		assertThat(figures.path("medianDaysToResolve").isNumber()).isTrue();
		assertThat(figures.path("byItem").toString()).contains(funding);
		assertThat(api.get(DISPUTES, "alex.champion").text()).contains(id(raised), title);
	}

	@Test
	void eachBrokenRuleIsRefusedNamingItsFieldAndChangesNothing() {
		Answer raised = raise(TODAY.minusDays(3));
		String path = DISPUTES + "/" + id(raised);
		Answer done = resolved();
		String donePath = DISPUTES + "/" + id(done);
		String funding = raised.json().path("links").get(0).path("itemId").asString();
		String kentCode = api.get("/api/t/kent/codes", null).json().get(0).path("id").asString();
		var before = rows("swale");

		Map<String, Object> good = dispute("t", namedParties(), List.of(funding), TODAY);
		assertRefused(api.post(DISPUTES, EDITOR, with(good, "title", " ")), 400, "title");
		assertRefused(api.post(DISPUTES, EDITOR, with(good, "summary", "s".repeat(4001))), 400, "summary");
		assertRefused(api.post(DISPUTES, EDITOR, with(good, "parties", List.of(Map.of("name", "Only one")))), 400,
				"parties");
		assertRefused(api.post(DISPUTES, EDITOR, with(good, "parties", List.of(Map.of("name", "A"), Map.of()))), 400,
				"parties[1]");
		assertRefused(
				api.post(DISPUTES, EDITOR,
						with(good, "parties",
								List.of(Map.of("name", "A"), Map.of("organisationId", UUID.randomUUID())))),
				400, "parties[1].organisationId");
		assertRefused(api.post(DISPUTES, EDITOR, with(good, "itemIds", List.of())), 400, "itemIds");
		// Kent's code is Kent's: an id of another compact is not one of Swale's items
		assertRefused(api.post(DISPUTES, EDITOR, with(good, "itemIds", List.of(kentCode))), 400, "itemIds");
		assertRefused(api.post(DISPUTES, EDITOR, with(good, "raisedOn", TODAY.plusDays(1).toString())), 400,
				"raisedOn");
		assertRefused(api.post(DISPUTES, EDITOR, with(good, "stage", "RESOLVED")), 400, "stage");
		assertRefused(api.post(DISPUTES, EDITOR, with(good, "stage", "ARBITRATION")), 400, "stage");

		String stages = path + "/stages";
		assertRefused(api.post(stages, EDITOR, move("RESOLVED", TODAY), raised.etag()), 400, "outcome");
		assertRefused(api.post(stages, EDITOR, move("WITHDRAWN", TODAY), raised.etag()), 400, "reason");
		assertRefused(api.post(stages, EDITOR, move("MEDIATION", TODAY.plusDays(1)), raised.etag()), 400, "on");
		assertRefused(api.post(stages, EDITOR, move("MEDIATION", TODAY.minusDays(4)), raised.etag()), 400, "on");
		assertRefused(api.post(stages, EDITOR, move("RAISED", TODAY), raised.etag()), 409, "stage");
		assertRefused(api.post(stages, EDITOR, move(null, TODAY), raised.etag()), 400, "stage");
		assertRefused(api.post(donePath + "/stages", EDITOR, move("MEDIATION", TODAY), done.etag()), 409, "stage");
		assertRefused(api.post(path + "/public-summary/publication", EDITOR, null, raised.etag()), 409, "stage");
		assertRefused(api.post(donePath + "/public-summary/publication", EDITOR, null, done.etag()), 409,
				"publicSummary");
		assertRefused(api.put(donePath + "/public-summary", EDITOR, Map.of("publicSummary", " "), done.etag()), 400,
				"publicSummary");
		assertRefused(api.put(path, EDITOR, with(good, "parties", List.of()), raised.etag()), 400, "parties");

		Map<String, Object> days = Map.of("raised", 10, "informalResolution", 0, "localProcedure", 30, "mediation", 40,
				"advocacy", 40, "ombudsman", 261);
		Answer deadlines = api.get(DISPUTES + "/deadlines", EDITOR);
		assertRefused(api.put(DISPUTES + "/deadlines", EDITOR, days, deadlines.etag()), 400, "informalResolution");
		assertRefused(api.put(DISPUTES + "/deadlines", EDITOR, days, deadlines.etag()), 400, "ombudsman");

		assertThat(rows("swale")).isEqualTo(before);
		assertThat(api.get(path, EDITOR).text()).isEqualTo(raised.text());
	}

	@Test
	void aChangeFromAnOldVersionIsRefused412AndOneWithoutAVersion428() {
		Answer raised = raise(TODAY.minusDays(3));
		String path = DISPUTES + "/" + id(raised);
		Answer moved = api.post(path + "/stages", EDITOR, move("INFORMAL_RESOLUTION", TODAY), raised.etag());
		assertThat(moved.status()).isEqualTo(201);
		var before = rows("swale");

		Map<String, Object> details = dispute("Other", namedParties(),
				List.of(raised.json().path("links").get(0).path("itemId").asString()), TODAY);
		Answer staleMove = api.post(path + "/stages", EDITOR, move("MEDIATION", TODAY), raised.etag());
		assertRefused(staleMove, 412, "If-Match");
		assertThat(staleMove.json().path("currentVersion").asLong()).isEqualTo(moved.json().path("version").asLong());
		assertRefused(api.post(path + "/stages", EDITOR, move("MEDIATION", TODAY)), 428, "If-Match");
		assertRefused(api.put(path, EDITOR, details, raised.etag()), 412, "If-Match");
		assertRefused(api.put(path, EDITOR, details), 428, "If-Match");
		assertRefused(api.put(path + "/public-summary", EDITOR, Map.of("publicSummary", "s"), raised.etag()), 412,
				"If-Match");
		assertThat(rows("swale")).isEqualTo(before);

		Answer described = api.put(path, EDITOR, details, moved.etag());
		assertThat(described.status()).as(described.text()).isEqualTo(200);
		assertThat(described.json().path("title").asString()).isEqualTo("Other");
		assertThat(described.json().path("stage").asString()).isEqualTo("INFORMAL_RESOLUTION");
	}

	@Test
	void eachCompactSetsItsDeadlinesFromTheDefaultsAndANewStageTakesThem() {
		// Canterbury's, so that no other test's Swale disputes meet them
		String deadlines = "/api/t/canterbury/disputes/deadlines";
		Answer defaults = api.get(deadlines, "chris.canterbury");
		assertThat(defaults.status()).as(defaults.text()).isEqualTo(200);
		assertThat(defaults.json().path("informalResolution").asInt()).isEqualTo(20);
		assertThat(defaults.json().path("own").asBoolean()).isFalse();
		assertThat(defaults.etag()).isEqualTo("\"0\"");
		Map<String, Object> days = Map.of("raised", 5, "informalResolution", 15, "localProcedure", 30, "mediation", 40,
				"advocacy", 40, "ombudsman", 60);
		assertRefused(api.put(deadlines, "chris.canterbury", days), 428, "If-Match");

		Answer set = api.put(deadlines, "chris.canterbury", days, defaults.etag());
		assertThat(set.status()).as(set.text()).isEqualTo(200);
		assertThat(set.json().path("own").asBoolean()).isTrue();
		assertThat(set.etag()).isEqualTo("\"1\"");
		var before = rows("canterbury");
		// a second editor who read the defaults does not overwrite the first's
		assertRefused(api.put(deadlines, "chris.canterbury", with(days, "raised", 9), defaults.etag()), 412,
				"If-Match");
		assertThat(rows("canterbury")).isEqualTo(before);
		assertThat(api.get(deadlines, "chris.canterbury").json().path("raised").asInt()).isEqualTo(5);

		String code = principle("canterbury", "chris.canterbury", "Funding " + UUID.randomUUID());
		Answer raised = api.post("/api/t/canterbury/disputes", "chris.canterbury",
				dispute("Late consultation", namedParties(), List.of(code), TODAY));
		assertThat(raised.json().path("stageDeadline").asString()).isEqualTo(WorkingDays.after(TODAY, 5).toString());
		// another compact keeps its own
		assertThat(api.get("/api/t/swale/disputes/deadlines", "sam.editor").json().path("raised").asInt())
			.isEqualTo(10);
	}

	@Test
	void theRemindersFindTheDisputesPastTheirStagesDeadlineWithTheirOwner() {
		Answer late = raise(TODAY.minusDays(40));
		Answer onTime = raise(TODAY);

		List<OverdueDisputes.Overdue> found = overdue.in("swale");

		assertThat(found).extracting(one -> one.disputeId().toString()).contains(id(late)).doesNotContain(id(onTime));
		OverdueDisputes.Overdue one = found.stream()
			.filter(candidate -> candidate.disputeId().toString().equals(id(late)))
			.findFirst()
			.orElseThrow();
		LocalDate deadline = WorkingDays.after(TODAY.minusDays(40), 10);
		assertThat(one.tenant()).isEqualTo("swale");
		assertThat(one.stage()).isEqualTo(DisputeStage.RAISED);
		assertThat(one.deadline()).isEqualTo(deadline);
		assertThat(one.overdueSince()).isEqualTo(deadline.plusDays(1));
		assertThat(one.ownerUsername()).isEqualTo(EDITOR);
		assertThat(one.ownerEmail()).isEqualTo("sam.editor@example.org");
		assertThat(api.get(DISPUTES + "/" + id(late), EDITOR).json().path("overdueSince").asString())
			.isEqualTo(deadline.plusDays(1).toString());
		// another compact's overdue disputes are not Swale's
		assertThat(overdue.in("canterbury")).extracting(OverdueDisputes.Overdue::disputeId)
			.doesNotContain(UUID.fromString(id(late)));

		// the history is the database's to keep too
		assertThatThrownBy(() -> api.query("swale", "UPDATE dispute_stage_change SET note = 'rewritten' RETURNING id"))
			.hasMessageContaining("never changed or removed");
		assertThatThrownBy(() -> api.query("swale", "DELETE FROM dispute_stage_change RETURNING id"))
			.hasMessageContaining("never changed or removed");
	}

	@Test
	void onlySwalesMembersReadItsDisputesNobodyElseWritesThemAndAPrivateOneIsNeverPublic() {
		Answer hidden = raise(TODAY.minusDays(2));
		Answer done = resolved();
		String path = DISPUTES + "/" + id(hidden);
		String donePath = DISPUTES + "/" + id(done);
		Answer written = api.put(donePath + "/public-summary", EDITOR, Map.of("publicSummary", "Written, not shown"),
				done.etag());
		assertThat(written.status()).isEqualTo(200);
		var before = rows("swale");

		assertThat(api.get(DISPUTES, "alex.champion").status()).isEqualTo(200);
		for (String reader : new String[] { "hana.hounslow", "chris.canterbury", "kim.admin" }) {
			for (String read : List.of(DISPUTES, path, DISPUTES + "/figures", DISPUTES + "/deadlines")) {
				Answer refused = api.get(read, reader);
				assertThat(refused.status()).as(reader + " " + read).isEqualTo(403);
				assertThat(refused.text()).doesNotContain(hidden.json().path("title").asString());
			}
		}
		assertThat(api.get(path, null).status()).isEqualTo(401);
		assertThat(api.get(DISPUTES, null).status()).isEqualTo(401);
		// the public summaries show neither the open dispute nor a summary not published
		String open = api.get("/api/t/swale/dispute-summaries", null).text();
		assertThat(open).doesNotContain(id(hidden), id(done), "Written, not shown");

		assertThat(api.post(DISPUTES, "chris.canterbury", Map.of("title", "Intruder")).status()).isEqualTo(403);
		assertThat(api.post(DISPUTES, "alex.champion", Map.of("title", "Intruder")).status()).isEqualTo(403);
		assertThat(api.post(DISPUTES, null, Map.of("title", "Intruder")).status()).isEqualTo(401);
		assertThat(api.post(path + "/stages", "kim.admin", move("MEDIATION", TODAY), hidden.etag()).status())
			.isEqualTo(403);
		assertThat(api.post(donePath + "/public-summary/publication", "hana.hounslow", null, written.etag()).status())
			.isEqualTo(403);
		// and Swale's ids mean nothing in Canterbury, where chris.canterbury may write
		String inCanterbury = "/api/t/canterbury/disputes/" + id(hidden);
		assertThat(api.get(inCanterbury, "chris.canterbury").status()).isEqualTo(404);
		assertThat(api
			.put(inCanterbury, "chris.canterbury",
					dispute("Taken", namedParties(), List.of(UUID.randomUUID().toString()), TODAY), hidden.etag())
			.status()).isIn(400, 404);
		assertThat(api.post(inCanterbury + "/stages", "chris.canterbury", move("MEDIATION", TODAY), hidden.etag())
			.status()).isEqualTo(404);
		assertThat(api
			.post("/api/t/canterbury/disputes/" + id(done) + "/public-summary/publication", "chris.canterbury", null,
					written.etag())
			.status()).isEqualTo(404);
		assertThat(api.get("/api/t/canterbury/disputes", "chris.canterbury").text()).doesNotContain(id(hidden));
		assertThat(api.get("/api/t/canterbury/dispute-summaries", null).text()).doesNotContain(id(done));

		assertThat(rows("swale")).isEqualTo(before);
		// row-level security: a query without a filter sees its own tenant's rows only
		assertThat(api.query("canterbury", "SELECT id FROM dispute WHERE id = ?::uuid", id(hidden))).isEmpty();
	}

	@Test
	void aDisputeAboutAnAdoptedCopyNamesTheCompactItCameFrom() {
		String copy = principle("south-derbyshire", "dee.derbyshire", "Funding " + UUID.randomUUID());
		// made a copy of a Derbyshire principle as sync would have made it
		api.query("south-derbyshire", """
				INSERT INTO adoption (item_id, tenant_id, source_tenant, source_item_id, kind, mode, base_version,
				                      base_content)
				VALUES (?::uuid, 'south-derbyshire', 'derbyshire', gen_random_uuid(), 'PRINCIPLE', 'ADAPTABLE', 1,
				        '{}'::jsonb)
				RETURNING item_id
				""", copy);

		Answer raised = api.post("/api/t/south-derbyshire/disputes", "dee.derbyshire",
				dispute("Consultation too short", namedParties(), List.of(copy), TODAY));

		assertThat(raised.status()).as(raised.text()).isEqualTo(201);
		assertThat(raised.json().path("links").get(0).path("source").asString()).isEqualTo("derbyshire");
	}

}
