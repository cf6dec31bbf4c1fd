package org.compacts.compact.plan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.compacts.compact.Api;
import org.compacts.compact.Api.Answer;
import org.compacts.testkit.RealServers;
import org.compacts.testkit.TestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan's actions imported from CSV and exported again, its indicators exported, and
 * actions naming the indicators they move, on the real servers: sam.editor keeps Swale's
 * plans, alex.champion is a member of Swale, hana.hounslow a member of another compact,
 * chris.canterbury an editor of another. Every refusal is shown to change no row.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class PlanFilesIT {

	static final String EDITOR = "sam.editor";

	static final String PLANS = "/api/t/swale/plans";

	static final List<String> TABLES = List.of("action_plan", "plan_action", "plan_action_partner", "plan_action_link",
			"plan_action_indicator", "action_update");

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

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

	private Answer createPlan(String tenant, String editor, String visibility) {
		Answer created = api.post("/api/t/" + tenant + "/plans", editor,
				Map.of("title", "Imported plan " + UUID.randomUUID(), "period", "2027-28", "visibility", visibility));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created;
	}

	private static String id(Answer answer) {
		return answer.json().path("id").asString();
	}

	/** A CSV file posted as a spreadsheet would be saved. */
	private Answer importCsv(String planPath, String user, byte[] file, String ifMatch) {
		var request = TestClient.as(port, user)
			.post()
			.uri(planPath + "/actions/import")
			.contentType(MediaType.parseMediaType("text/csv"));
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		EntityExchangeResult<String> result = request.body(file).exchange().returnResult(String.class);
		HttpHeaders headers = result.getResponseHeaders();
		return new Answer(result.getStatus().value(), String.valueOf(headers.getContentType()),
				result.getResponseBody(), headers.getETag());
	}

	private Answer importCsv(String planPath, String file, String ifMatch) {
		return importCsv(planPath, EDITOR, file.getBytes(StandardCharsets.UTF_8), ifMatch);
	}

	private String organisation(String name) {
		Answer added = api.post("/api/t/swale/organisations", EDITOR, Map.of("name", name, "sector", "VCS"));
		assertThat(added.status()).as(added.text()).isEqualTo(201);
		return id(added);
	}

	private String principle(String title) {
		Answer created = api.post("/api/t/swale/principles", EDITOR,
				Map.of("title", title, "text", "We work together.", "mode", "ADAPTABLE"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return id(created);
	}

	private Answer indicator(String tenant, String editor, String name) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("name", name);
		input.put("unit", "%");
		input.put("baseline", Map.of("value", 40, "on", "2026-01-01"));
		input.put("target", Map.of("value", 60, "on", "2026-04-11"));
		input.put("direction", "HIGHER_IS_BETTER");
		input.put("tolerance", 5);
		Answer defined = api.post("/api/t/" + tenant + "/indicators", editor, input);
		assertThat(defined.status()).as(defined.text()).isEqualTo(201);
		return defined;
	}

	private static List<String> fields(Answer answer) {
		return answer.json().path("errors").valueStream().map(error -> error.path("field").asString()).toList();
	}

	/** An action as it reads whatever plan it is in, and whenever it was made. */
	private static JsonNode comparable(JsonNode action) {
		ObjectNode copy = (ObjectNode) action.deepCopy();
		copy.remove(List.of("id", "planId", "version"));
		copy.withArray("updates").valueStream().forEach(update -> ((ObjectNode) update).remove(List.of("id", "at")));
		return copy;
	}

	// --- tests

	@Test
	void anEditorImportsAPlanAndItsExportImportsIntoAnotherPlanUnchanged() {
		String cvs = "Swale CVS " + UUID.randomUUID();
		organisation(cvs);
		String funding = "Funding code " + UUID.randomUUID();
		principle(funding);
		Answer plan = createPlan("swale", EDITOR, "MEMBERS");
		String planPath = PLANS + "/" + id(plan);
		String done = TODAY.minusDays(3).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		String file = "\uFEFFTitle,Due,owner_organisation,OWNER_PERSON,partners,start,priority,ambition,status,"
				+ "progress,completed,drop_reason,codes,outcome,measure\r\n"
				+ "Compact awareness with the Local Children's Trust,31/03/2028," + cvs
				+ ",Pat Officer,\"Local Children's Trust; Swale CVS\",2027-04-01,high,aspirational,on track,40,,,"
				+ funding.toUpperCase() + ",Every school knows the Compact,Schools reached\r\n"
				+ "Champions training,2027-09-30,Kent County Council,,,,low,achievable,done,100," + done
				+ ",,,,Champions trained\r\n"
				+ "Funding terms in contracts,,,,,,,,dropped,10,,Merged into another,,,\r\n"
				+ "\"=Consultation of 12 weeks\",,,,,,,,,,,,,,\r\n";

		Answer imported = importCsv(planPath, file, plan.etag());

		assertThat(imported.status()).as(imported.text()).isEqualTo(201);
		assertThat(imported.json().path("imported").asInt()).isEqualTo(4);
		JsonNode actions = imported.json().path("plan").path("actions");
		assertThat(actions).hasSize(4);
		assertThat(imported.etag()).isNotEqualTo(plan.etag());
		assertThat(imported.etag()).isEqualTo("\"" + imported.json().path("plan").path("version").asLong() + "\"");
		JsonNode awareness = actions.get(1);
		assertThat(awareness.path("title").asString()).isEqualTo("Compact awareness with the Local Children's Trust");
		assertThat(awareness.path("owner").path("organisationId").asString()).isNotBlank();
		assertThat(awareness.path("owner").path("organisationName").asString()).isEqualTo(cvs);
		assertThat(awareness.path("dueOn").asString()).isEqualTo("2028-03-31");
		assertThat(awareness.path("partners").toString()).isEqualTo("[\"Local Children's Trust\",\"Swale CVS\"]");
		assertThat(awareness.path("links").get(0).path("title").asString()).isEqualTo(funding);
		assertThat(awareness.path("status").asString()).isEqualTo("ON_TRACK");
		assertThat(awareness.path("progress").asInt()).isEqualTo(40);
		assertThat(awareness.path("updates").get(0).path("note").asString()).isEqualTo("Imported from CSV");
		assertThat(awareness.path("updates").get(0).path("by").asString()).isEqualTo(EDITOR);
		JsonNode training = actions.get(0);
		assertThat(training.path("owner").path("organisationId").isNull()).isTrue();
		assertThat(training.path("owner").path("organisationName").asString()).isEqualTo("Kent County Council");
		assertThat(training.path("status").asString()).isEqualTo("DONE");
		assertThat(training.path("completedOn").asString()).isEqualTo(TODAY.minusDays(3).toString());
		assertThat(actions.get(2).path("title").asString()).isEqualTo("=Consultation of 12 weeks");
		assertThat(actions.get(2).path("updates")).isEmpty();
		assertThat(actions.get(3).path("dropReason").asString()).isEqualTo("Merged into another");
		assertThat(actions.get(3).path("priority").asString()).isEqualTo("MEDIUM");

		// the same version twice is stale: the first import moved the plan on
		Answer again = importCsv(planPath, file, plan.etag());
		assertThat(again.status()).as(again.text()).isEqualTo(412);

		Answer export = api.get(planPath + "/actions.csv", "alex.champion");
		assertThat(export.status()).as(export.text()).isEqualTo(200);
		assertThat(export.contentType()).startsWith("text/csv");
		assertThat(export.text()).startsWith("\uFEFFtitle,outcome,measure,owner_organisation,owner_person,partners,"
				+ "start,due,priority,ambition,status,progress,completed,drop_reason,codes\r\n");
		// CSV injection: a spreadsheet would run the title as a formula
		assertThat(export.text()).contains("\r\n'=Consultation of 12 weeks,");
		assertThat(export.text()).contains(",high,aspirational,on track,40,,,");

		Answer other = createPlan("swale", EDITOR, "COUNTY");
		Answer reimported = importCsv(PLANS + "/" + id(other), export.text(), other.etag());
		assertThat(reimported.status()).as(reimported.text()).isEqualTo(201);
		JsonNode copies = reimported.json().path("plan").path("actions");
		assertThat(copies).hasSize(4);
		for (int i = 0; i < 4; i++) {
			assertThat(comparable(copies.get(i))).isEqualTo(comparable(actions.get(i)));
		}
	}

	@Test
	void everyErrorNamesItsLineAndColumnAndNothingChanges() {
		Answer plan = createPlan("swale", EDITOR, "MEMBERS");
		String planPath = PLANS + "/" + id(plan);
		Map<String, List<Map<String, Object>>> before = rows("swale");

		Answer refused = importCsv(planPath, """
				title,due,start,priority,ambition,status,progress,completed,drop_reason,codes,owner_person
				Fine,,,,,,,,,,
				,2027-02-30,,urgent,maybe,done,90,,,No such code,
				Late,1/1/2027,2027-02-01,,,dropped,,,,,
				Early,,,,,on track,101,2027-05-01,why,,
				""" + "x".repeat(201) + ",,,,,,,,,," + "y".repeat(201) + "\n", plan.etag());

		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		assertThat(fields(refused)).containsExactlyInAnyOrder("line 3: title", "line 3: due", "line 3: priority",
				"line 3: ambition", "line 3: completed", "line 3: progress", "line 3: codes", "line 4: due",
				"line 4: drop_reason", "line 5: progress", "line 5: completed", "line 5: drop_reason", "line 6: title",
				"line 6: owner_person");
		assertThat(refused.text()).contains("must be a date as yyyy-mm-dd or dd/mm/yyyy");
		assertThat(rows("swale")).isEqualTo(before);

		Answer header = importCsv(planPath, "Colour,Title,title\nred,a,b\n", plan.etag());
		assertThat(header.status()).as(header.text()).isEqualTo(400);
		assertThat(fields(header)).containsExactly("line 1: Colour", "line 1: title");

		Answer notUtf8 = importCsv(planPath, EDITOR, new byte[] { 't', 'i', 't', 'l', 'e', '\n', (byte) 0xff, '\n' },
				plan.etag());
		assertThat(notUtf8.status()).as(notUtf8.text()).isEqualTo(400);
		assertThat(fields(notUtf8)).containsExactly("file");

		byte[] big = ("title\n" + "An action of a long plan\n".repeat(90_000)).getBytes(StandardCharsets.UTF_8);
		assertThat(big.length).isGreaterThan(2 * 1024 * 1024);
		Answer tooBig = importCsv(planPath, EDITOR, big, plan.etag());
		assertThat(tooBig.status()).as(tooBig.text()).isEqualTo(413);
		assertThat(tooBig.isProblem()).isTrue();
		assertThat(fields(tooBig)).containsExactly("file");

		assertThat(importCsv(planPath, "title\nFine\n", null).status()).isEqualTo(428);
		assertThat(importCsv(planPath, "alex.champion", "title\nFine\n".getBytes(StandardCharsets.UTF_8), plan.etag())
			.status()).isEqualTo(403);
		assertThat(importCsv("/api/t/canterbury/plans/" + id(plan), "chris.canterbury",
				"title\nFine\n".getBytes(StandardCharsets.UTF_8), "*")
			.status()).isEqualTo(404);
		assertThat(rows("swale")).isEqualTo(before);
	}

	@Test
	void theExportsAreReadAsThePlanIs() {
		Answer plan = createPlan("swale", EDITOR, "MEMBERS");
		String planPath = PLANS + "/" + id(plan);
		assertThat(importCsv(planPath, "title\nChampions training\n", plan.etag()).status()).isEqualTo(201);

		for (String file : List.of("/actions.csv", "/indicators.csv")) {
			assertThat(api.get(planPath + file, "alex.champion").status()).isEqualTo(200);
			Answer outsider = api.get(planPath + file, "hana.hounslow");
			assertThat(outsider.status()).as(outsider.text()).isEqualTo(404);
			assertThat(outsider.text()).doesNotContain("Champions training");
			assertThat(api.get(planPath + file, null).status()).isEqualTo(404);
			assertThat(api.get("/api/t/canterbury/plans/" + id(plan) + file, "chris.canterbury").status())
				.isEqualTo(404);
		}
	}

	@Test
	void anActionNamesTheIndicatorsItMovesOfItsOwnCompactOnly() {
		Answer swales = indicator("swale", EDITOR, "Groups reached " + UUID.randomUUID());
		Answer canterburys = indicator("canterbury", "chris.canterbury", "Groups reached " + UUID.randomUUID());
		Answer plan = createPlan("swale", EDITOR, "MEMBERS");
		String planPath = PLANS + "/" + id(plan);
		Map<String, Object> action = new LinkedHashMap<>();
		action.put("title", "Champions training");
		action.put("priority", "HIGH");
		action.put("ambition", "ACHIEVABLE");
		action.put("indicatorIds", List.of(id(swales)));

		Answer added = api.post(planPath + "/actions", EDITOR, action);

		assertThat(added.status()).as(added.text()).isEqualTo(201);
		JsonNode moved = added.json().path("indicators");
		assertThat(moved).hasSize(1);
		assertThat(moved.get(0).path("id").asString()).isEqualTo(id(swales));
		assertThat(moved.get(0).path("name").asString()).isEqualTo(swales.json().path("name").asString());
		assertThat(moved.get(0).path("rag").asString()).isEqualTo("NONE");
		Answer indicators = api.get(planPath + "/indicators.csv", "alex.champion");
		assertThat(indicators.text()).startsWith("\uFEFFname,unit,baseline_value,baseline_date,target_value,"
				+ "target_date,direction,tolerance,latest_date,latest_value,expected,rag\r\n");
		assertThat(indicators.text()).contains(swales.json().path("name").asString()
				+ ",%,40,2026-01-01,60,2026-04-11,higher is better,5,,,,none\r\n");

		Map<String, List<Map<String, Object>>> before = rows("swale");
		action.put("indicatorIds", List.of(id(canterburys)));
		Answer foreign = api.post(planPath + "/actions", EDITOR, action);
		assertThat(foreign.status()).as(foreign.text()).isEqualTo(400);
		assertThat(foreign.namesField("indicatorIds")).isTrue();
		action.put("indicatorIds", List.of(UUID.randomUUID()));
		Answer unknown = api.put(planPath + "/actions/" + id(added), EDITOR, action, added.etag());
		assertThat(unknown.status()).as(unknown.text()).isEqualTo(400);
		assertThat(unknown.namesField("indicatorIds")).isTrue();
		assertThat(rows("swale")).isEqualTo(before);
	}

}
