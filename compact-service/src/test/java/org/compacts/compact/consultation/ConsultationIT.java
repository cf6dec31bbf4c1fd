package org.compacts.compact.consultation;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.compacts.compact.Api;
import org.compacts.compact.Api.Answer;
import org.compacts.contracts.tenant.Adoption;
import org.compacts.testkit.RealServers;
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
import static org.compacts.compact.federation.TenantEventsTopic.county;
import static org.compacts.compact.federation.TenantEventsTopic.district;
import static org.compacts.compact.federation.TenantEventsTopic.publish;

/**
 * Consultations through the API, with real tokens: Swale's editor, the champion (a
 * member, not an editor) of Kent and Swale, Canterbury's editor and the anonymous public.
 * Swale's window rule is its published Consultation code, which the tests give a new
 * version (with the numbers they need) first.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class ConsultationIT {

	static final String EDITOR = "sam.editor";

	static final String CHAMPION = "alex.champion";

	static final String BASE = "/api/t/swale/consultations";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	Api api;

	final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

	final String run = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void client() {
		api = new Api(port, jdbc, transactions);
		Instant now = Instant.now();
		publish(county("kent", now), district("swale", "kent", Adoption.ADOPTS_PARENT_CORE, now),
				district("canterbury", "kent", Adoption.ADOPTS_PARENT_CORE, now));
	}

	/**
	 * Publishes a new version of Swale's Consultation code (the first in its order, as
	 * the rule reads it), making one if it has none.
	 * @return the number of the version published
	 */
	private int consultationCode(int standardWeeks, int minimumWeeks) {
		Map<String, Object> code = new LinkedHashMap<>();
		code.put("title", "Consultation");
		code.put("aim", "The VCS is able to comment on and influence policy.");
		code.put("mode", "ADAPTABLE");
		code.put("measurableCommitments",
				List.of(Map.of("name", "standard consultation period", "kind", "STANDARD", "quantity",
						Map.of("amount", standardWeeks, "unit", "weeks")),
						Map.of("name", "minimum consultation period", "kind", "MINIMUM", "quantity",
								Map.of("amount", minimumWeeks, "unit", "weeks"))));
		Answer codes = api.get("/api/t/swale/codes", EDITOR);
		JsonNode found = codes.json()
			.valueStream()
			.filter(node -> node.path("content").path("title").asString().strip().equalsIgnoreCase("consultation")
					&& node.path("publishedVersion").isNumber())
			.findFirst()
			.orElse(null);
		int number;
		String id;
		if (found == null) {
			Answer created = api.post("/api/t/swale/codes", EDITOR, code);
			assertThat(created.status()).as(created.text()).isEqualTo(201);
			id = created.json().path("id").asString();
			number = 1;
		}
		else {
			id = found.path("id").asString();
			int latest = found.path("latestVersion").asInt();
			code.put("startedFrom", latest);
			Answer edited = api.put("/api/t/swale/codes/" + id, EDITOR, code);
			assertThat(edited.status()).as(edited.text()).isEqualTo(200);
			number = latest + 1;
		}
		Answer published = api.post("/api/t/swale/codes/" + id + "/versions/" + number + "/publication", EDITOR, null);
		assertThat(published.status()).as(published.text()).isEqualTo(200);
		return number;
	}

	static Map<String, Object> question(String text, String type, List<String> options, Integer scale) {
		Map<String, Object> question = new LinkedHashMap<>();
		question.put("text", text);
		question.put("type", type);
		question.put("options", options);
		question.put("scale", scale);
		return question;
	}

	/** The demo's questions: the options ranked, monitoring rated, champions asked. */
	static final List<Map<String, Object>> QUESTIONS = List
		.of(question("Rate the monitoring of the compact", "RATING", List.of(), 5),
				question("Rank the implementation options", "RANKING", List.of("Option 1", "Option 2", "Option 3"),
						null),
				question("Are you prepared to be a Champion?", "YES_NO", List.of(), null),
				question("Is joint monitoring achievable?", "ACHIEVABILITY", List.of(), null),
				question("Anything else?", "FREE_TEXT", List.of(), null));

	Map<String, Object> consultation(String title, int weeks, String shortReason) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("title", title + " " + run);
		input.put("summary", "What should the compact do next?");
		input.put("opensOn", today.toString());
		input.put("closesOn", today.plusWeeks(weeks).toString());
		input.put("shortReason", shortReason);
		input.put("allowsIndividuals", false);
		input.put("questions", QUESTIONS);
		return input;
	}

	private Answer draft(String title, int weeks, String shortReason) {
		Answer created = api.post(BASE, EDITOR, consultation(title, weeks, shortReason));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created;
	}

	private Answer step(Answer consultation, String step) {
		Answer moved = api.post(BASE + "/" + id(consultation) + "/" + step, EDITOR, null, consultation.etag());
		assertThat(moved.status()).as(moved.text()).isEqualTo(200);
		return moved;
	}

	private String organisation(String name, String sector) {
		Answer created = api.post("/api/t/swale/organisations", EDITOR,
				Map.of("name", name + " " + run, "sector", sector));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	static Map<String, Object> response(String organisationId, String name, List<Map<String, Object>> answers) {
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("organisationId", organisationId);
		response.put("respondentName", name);
		response.put("answers", answers);
		return response;
	}

	static Map<String, Object> answer(int question, String field, Object value) {
		return Map.of("question", question, field, value);
	}

	private static String id(Answer answer) {
		return answer.json().path("id").asString();
	}

	private static void assertRefused(Answer answer, int status, String field) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(status);
		assertThat(answer.isProblem()).isTrue();
		assertThat(answer.namesField(field)).as(answer.text()).isTrue();
	}

	private List<Map<String, Object>> snapshot() {
		List<Map<String, Object>> rows = new ArrayList<>(api.snapshot("consultation", "swale"));
		rows.addAll(api.snapshot("consultation_response", "swale"));
		return rows;
	}

	@Test
	void theCodesRuleWarnsRefusesAllowsWithAPublishedReasonAndANewVersionRulesWhatOpensAfterIt() {
		int version = consultationCode(12, 8);
		String source = "the Consultation code, version " + version;

		Answer ten = step(draft("Ten weeks", 10, null), "opening");
		JsonNode window = ten.json().path("window");
		assertThat(ten.json().path("state").asString()).isEqualTo("OPEN");
		assertThat(window.path("verdict").asString()).isEqualTo("WARNED");
		assertThat(window.path("standardWeeks").asInt()).isEqualTo(12);
		assertThat(window.path("minimumWeeks").asInt()).isEqualTo(8);
		assertThat(window.path("source").asString()).isEqualTo(source);
		assertThat(window.path("message").asString()).contains("10 weeks", "standard of 12 weeks", source);

		Answer six = draft("Six weeks", 6, null);
		List<Map<String, Object>> before = snapshot();
		assertRefused(api.post(BASE + "/" + id(six) + "/opening", EDITOR, null, six.etag()), 400, "closesOn");
		assertThat(snapshot()).isEqualTo(before);

		Answer withReason = api.put(BASE + "/" + id(six), EDITOR,
				consultation("Six weeks", 6, "The budget is set in March."), six.etag());
		assertThat(withReason.status()).as(withReason.text()).isEqualTo(200);
		Answer opened = step(withReason, "opening");
		assertThat(opened.json().path("window").path("verdict").asString()).isEqualTo("ALLOWED_WITH_REASON");
		JsonNode published = api.get(BASE + "/" + id(six), null).json();
		assertThat(published.path("shortReason").asString()).isEqualTo("The budget is set in March.");
		assertThat(published.path("window").path("source").asString()).isEqualTo(source);

		Answer twelve = step(draft("Twelve weeks", 12, null), "opening");
		assertThat(twelve.json().path("window").path("verdict").asString()).isEqualTo("ALLOWED");

		int newer = consultationCode(10, 6);
		Answer later = step(draft("Six weeks, later", 6, null), "opening");
		assertThat(later.json().path("window").path("verdict").asString()).isEqualTo("WARNED");
		assertThat(later.json().path("window").path("source").asString())
			.isEqualTo("the Consultation code, version " + newer);
		// what opened before keeps the rule it was judged by
		JsonNode earlier = api.get(BASE + "/" + id(ten), null).json().path("window");
		assertThat(earlier.path("standardWeeks").asInt()).isEqualTo(12);
		assertThat(earlier.path("source").asString()).isEqualTo(source);
		consultationCode(12, 8);
	}

	@Test
	void oneResponsePerOrganisationEvenWhenTwoArriveTogether() throws Exception {
		consultationCode(12, 8);
		Answer open = step(draft("One each", 12, null), "opening");
		String vcs = organisation("Swale CVS", "VCS");
		String council = organisation("Swale Borough Council", "PUBLIC");
		String path = BASE + "/" + id(open) + "/responses";

		Answer first = api.post(path, CHAMPION, response(vcs, "Alex Champion", List.of(answer(0, "rating", 4))));
		assertThat(first.status()).as(first.text()).isEqualTo(201);
		List<Map<String, Object>> before = snapshot();
		assertRefused(api.post(path, EDITOR, response(vcs, "Sam Editor", List.of())), 409, "organisationId");
		assertThat(snapshot()).isEqualTo(before);

		CountDownLatch start = new CountDownLatch(1);
		Callable<Integer> respond = () -> {
			start.await();
			return api.post(path, EDITOR, response(council, "Sam Editor", List.of(answer(2, "yes", true)))).status();
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> one = pool.submit(respond);
			Future<Integer> two = pool.submit(respond);
			start.countDown();
			assertThat(List.of(one.get(), two.get())).containsExactlyInAnyOrder(201, 409);
		}
		finally {
			pool.shutdown();
		}
		assertThat(api
			.query("swale", "select count(*) as n from consultation_response where consultation_id = ?::uuid", id(open))
			.get(0)
			.get("n")).isEqualTo(2L);
	}

	@Test
	void aResponseIsSeenByItsAuthorAloneAndTheResultsByNoOneBeforeTheClose() {
		consultationCode(12, 8);
		Answer open = step(draft("Private until the close", 12, null), "opening");
		String vcs = organisation("Faversham Trust", "VCS");
		String path = BASE + "/" + id(open) + "/responses";
		Answer mine = api.post(path, CHAMPION,
				response(vcs, "Alex Champion", List.of(answer(4, "text", "secret-" + run))));
		assertThat(mine.status()).as(mine.text()).isEqualTo(201);
		String one = path + "/" + id(mine);

		assertThat(api.get(one, CHAMPION).status()).isEqualTo(200);
		assertThat(api.get(path, CHAMPION).json().size()).isEqualTo(1);
		assertThat(api.get(one, EDITOR).status()).isEqualTo(404);
		assertThat(api.get(path, EDITOR).json().size()).isZero();
		assertThat(api.get(one, null).status()).isIn(401, 404);
		assertThat(api.get(one, "chris.canterbury").status()).isIn(403, 404);
		assertThat(api.get(one.replace("/swale/", "/canterbury/"), "chris.canterbury").status()).isEqualTo(404);
		for (String user : new String[] { null, CHAMPION, EDITOR }) {
			Answer results = api.get(BASE + "/" + id(open) + "/results", user);
			assertThat(results.status()).isEqualTo(404);
			assertThat(results.text()).doesNotContain("secret-" + run);
			assertThat(api.get(BASE + "/" + id(open) + "/results.csv", user).status()).isEqualTo(404);
		}
		assertThat(api.get(BASE + "/" + id(open), null).text()).doesNotContain("secret-" + run);
		// nor after it: the results show it, the response stays its author's
		step(api.get(BASE + "/" + id(open), EDITOR), "closing");
		assertThat(api.get(one, EDITOR).status()).isEqualTo(404);
		assertThat(api.get(BASE + "/" + id(open) + "/results", null).text()).contains("secret-" + run);
	}

	@Test
	void aDraftIsTheEditorsAndBadInputIsRefusedNamingTheField() {
		Answer draft = draft("Draft only " + run, 12, null);
		assertThat(api.get(BASE + "/" + id(draft), null).status()).isEqualTo(404);
		assertThat(api.get(BASE, null).text()).doesNotContain("Draft only " + run);
		assertThat(api.get(BASE + "/" + id(draft), CHAMPION).status()).isEqualTo(200);

		List<Map<String, Object>> before = snapshot();
		Map<String, Object> backwards = consultation("Backwards", 12, null);
		backwards.put("closesOn", today.minusDays(1).toString());
		assertRefused(api.post(BASE, EDITOR, backwards), 400, "closesOn");
		Map<String, Object> badQuestion = consultation("Bad", 12, null);
		badQuestion.put("questions", List.of(question("Rank", "RANKING", List.of("only one"), null)));
		assertRefused(api.post(BASE, EDITOR, badQuestion), 400, "questions[0].options");
		Map<String, Object> badType = consultation("Bad", 12, null);
		badType.put("questions", List.of(Map.of("text", "What?", "type", "GUESS")));
		assertThat(api.post(BASE, EDITOR, badType).status()).isEqualTo(400);
		Map<String, Object> notADraft = consultation("Bad", 12, null);
		notADraft.put("itemId", UUID.randomUUID().toString());
		notADraft.put("itemVersion", 1);
		assertRefused(api.post(BASE, EDITOR, notADraft), 400, "itemId");
		assertThat(api.post(BASE, CHAMPION, consultation("Not an editor", 12, null)).status()).isEqualTo(403);
		assertRefused(api.put(BASE + "/" + id(draft), EDITOR, consultation("Stale", 12, null), "\"99\""), 412,
				"If-Match");
		assertRefused(api.post(BASE + "/" + id(draft) + "/closing", EDITOR, null, draft.etag()), 409, "state");
		assertRefused(api.post(BASE + "/" + id(draft) + "/responses", CHAMPION,
				response(organisation("Too early", "VCS"), "Alex", List.of())), 409, "state");
		List<Map<String, Object>> after = snapshot();
		assertThat(after).isEqualTo(before);

		consultationCode(12, 8);
		Answer open = step(draft, "opening");
		String path = BASE + "/" + id(open) + "/responses";
		String vcs = organisation("Sheppey Link", "VCS");
		assertRefused(api.post(path, CHAMPION, response(vcs, "Alex", List.of(answer(0, "rating", 6)))), 400,
				"answers[0].rating");
		assertRefused(api.post(path, CHAMPION, response(vcs, "Alex", List.of(answer(1, "choices", List.of(0, 0, 1))))),
				400, "answers[0].choices");
		assertRefused(api.post(path, CHAMPION, response(vcs, "Alex", List.of(answer(2, "rating", 1)))), 400,
				"answers[0]");
		assertRefused(api.post(path, CHAMPION, response(vcs, "Alex", List.of(answer(9, "yes", true)))), 400,
				"answers[0].question");
		assertRefused(api.post(path, CHAMPION, response(UUID.randomUUID().toString(), "Alex", List.of())), 400,
				"organisationId");
		assertRefused(api.post(path, CHAMPION, response(null, "Alex", List.of())), 400, "organisationId");
		Map<String, Object> commented = response(vcs, "Alex", List.of());
		commented.put("comments", List.of(Map.of("anchor", "aim", "text", "Say who leads.")));
		assertRefused(api.post(path, CHAMPION, commented), 400, "comments");
		assertRefused(api.post(path, CHAMPION, response(vcs, " ", List.of())), 400, "respondentName");
		assertThat(api
			.query("swale", "select count(*) as n from consultation_response where consultation_id = ?::uuid", id(open))
			.get(0)
			.get("n")).isEqualTo(0L);

		Answer saved = api.post(path, CHAMPION, response(vcs, "Alex", List.of(answer(0, "rating", 2))));
		Answer changed = api.put(path + "/" + id(saved), CHAMPION,
				response(vcs, "Alex", List.of(answer(0, "rating", 3))), saved.etag());
		assertThat(changed.status()).as(changed.text()).isEqualTo(200);
		assertRefused(api.put(path + "/" + id(saved), CHAMPION, response(vcs, "Alex", List.of()), saved.etag()), 412,
				"If-Match");
		assertThat(api.put(path + "/" + id(saved), EDITOR, response(vcs, "Sam", List.of()), changed.etag()).status())
			.isEqualTo(404);
		Answer closed = step(api.get(BASE + "/" + id(open), EDITOR), "closing");
		assertThat(closed.json().path("closed").asBoolean()).isTrue();
		assertRefused(api.put(path + "/" + id(saved), CHAMPION, response(vcs, "Alex", List.of(answer(0, "rating", 5))),
				changed.etag()), 409, "state");
		assertThat(api.get(BASE + "/" + id(open) + "/results", null)
			.json()
			.path("questions")
			.get(0)
			.path("mean")
			.asDouble()).isEqualTo(3.0);
	}

	@Test
	void theResultsAfterTheCloseAreTheFiguresWorkedByHandInJsonAndCsv() throws Exception {
		consultationCode(12, 8);
		Answer open = step(draft("Results", 12, null), "opening");
		String path = BASE + "/" + id(open) + "/responses";
		String a = organisation("Sittingbourne Society", "VCS");
		String b = organisation("Kent Police Swale", "PUBLIC");
		String c = organisation("Swale Youth Forum", "VCS");
		// ratings 2, 5, 4: mean 11 / 3, median 4
		// rankings (0,1,2), (1,0,2), (1,2,0): Borda 2+1+0 = 3, 1+2+2 = 5, 0+0+1 = 1
		// yes, yes, no: a share of 2 / 3; aspirational twice, achievable once
		List<List<Map<String, Object>>> answers = List.of(
				List.of(answer(0, "rating", 2), answer(1, "choices", List.of(0, 1, 2)), answer(2, "yes", true),
						answer(3, "achievability", "ASPIRATIONAL"), answer(4, "text", "=SUM(A1)")),
				List.of(answer(0, "rating", 5), answer(1, "choices", List.of(1, 0, 2)), answer(2, "yes", true),
						answer(3, "achievability", "ACHIEVABLE")),
				List.of(answer(0, "rating", 4), answer(1, "choices", List.of(1, 2, 0)), answer(2, "yes", false),
						answer(3, "achievability", "ASPIRATIONAL")));
		List<String> organisations = List.of(a, b, c);
		for (int i = 0; i < 3; i++) {
			Answer saved = api.post(path, i == 1 ? EDITOR : CHAMPION,
					response(organisations.get(i), "Respondent " + i, answers.get(i)));
			assertThat(saved.status()).as(saved.text()).isEqualTo(201);
		}
		step(api.get(BASE + "/" + id(open), EDITOR), "closing");

		JsonNode results = api.get(BASE + "/" + id(open) + "/results", null).json();
		assertThat(results.path("responses").asInt()).isEqualTo(3);
		JsonNode rating = results.path("questions").get(0);
		assertThat(rating.path("mean").asDouble()).isEqualTo(11.0 / 3);
		assertThat(rating.path("median").asDouble()).isEqualTo(4.0);
		assertThat(rating.path("counts").valueStream().map(node -> node.path("count").asInt()).toList())
			.containsExactly(0, 1, 0, 1, 1);
		assertThat(results.path("questions")
			.get(1)
			.path("borda")
			.valueStream()
			.map(node -> node.path("option").asString() + "=" + node.path("points").asInt())
			.toList()).containsExactly("Option 1=3", "Option 2=5", "Option 3=1");
		assertThat(results.path("questions").get(2).path("yesShare").asDouble()).isEqualTo(2.0 / 3);
		assertThat(results.path("questions").get(3).path("counts").get(1).path("count").asInt()).isEqualTo(2);
		assertThat(results.path("bySector").path("VCS").asInt()).isEqualTo(2);
		assertThat(results.path("bySector").path("PUBLIC").asInt()).isEqualTo(1);
		assertThat(results.path("bySector").path("INDIVIDUAL").asInt()).isZero();

		Answer csv = api.get(BASE + "/" + id(open) + "/results.csv", null);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv.text().replace("\uFEFF", "")))
			.getRecords();
		Map<String, String> figures = new LinkedHashMap<>();
		rows.forEach(row -> figures.put(row.get("question") + "|" + row.get("measure") + "|" + row.get("label"),
				row.get("value")));
		assertThat(Double.parseDouble(figures.get("1|mean|"))).isEqualTo(11.0 / 3);
		assertThat(figures.get("1|median|")).isEqualTo("4.0");
		assertThat(figures.get("2|borda|Option 2")).isEqualTo("5");
		assertThat(Double.parseDouble(figures.get("3|yes share|"))).isEqualTo(2.0 / 3);
		assertThat(figures.get("|sector|VCS")).isEqualTo("2");
		// a formula is kept from running in a spreadsheet
		assertThat(figures.get("5|text|")).isEqualTo("'=SUM(A1)");
	}

}
