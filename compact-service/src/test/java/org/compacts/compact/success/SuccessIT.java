package org.compacts.compact.success;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

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
 * The successes log and its case studies through the API, with real tokens: Swale's
 * editor, the champion (a member, not an editor) of Kent and Swale, Canterbury's editor
 * and the anonymous public.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class SuccessIT {

	static final String TABLES = "success, success_organisation, success_link, success_evidence_link, success_sector";

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
		Instant now = Instant.now();
		publish(county("kent", now), district("swale", "kent", Adoption.ADOPTS_PARENT_CORE, now),
				district("canterbury", "kent", Adoption.ADOPTS_PARENT_CORE, now));
	}

	static String named(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	static Map<String, Object> input(String title, List<?> itemIds) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("title", title);
		input.put("story", "Commissioners came to the third sector partnership group and heard its concerns.");
		input.put("organisations", List.of(Map.of("name", "Swale CVS"), Map.of("name", "Swale Borough Council")));
		input.put("itemIds", itemIds);
		input.put("evidence", "New contracting processes common to all departments.");
		input.put("evidenceLinks", List.of("https://example.org/report"));
		input.put("sectors", List.of("Procurement", "Housing"));
		input.put("place", "Sittingbourne");
		return input;
	}

	private String code(String tenant, String title) {
		Answer created = api.post("/api/t/" + tenant + "/codes",
				tenant.equals("swale") ? "sam.editor" : "chris.canterbury",
				Map.of("title", title, "aim", "To work together.", "mode", "CORE"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	private Answer record(String tenant, String editor, Map<String, Object> input) {
		Answer recorded = api.post("/api/t/" + tenant + "/successes", editor, input);
		assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
		return recorded;
	}

	private Answer step(String tenant, Answer success, String step, String editor) {
		Answer moved = api.post("/api/t/" + tenant + "/successes/" + id(success) + "/" + step, editor, null,
				success.etag());
		assertThat(moved.status()).as(moved.text()).isEqualTo(200);
		return moved;
	}

	private static String id(Answer answer) {
		return answer.json().path("id").asString();
	}

	private List<String> titles(String path, String user) {
		Answer list = api.get(path, user);
		assertThat(list.status()).as(list.text()).isEqualTo(200);
		return list.json().valueStream().map(node -> node.path("title").asString()).toList();
	}

	private List<String> found(String query) {
		Answer list = api.get("/api/case-studies" + query, null);
		assertThat(list.status()).as(list.text()).isEqualTo(200);
		return list.json()
			.valueStream()
			.map(node -> node.path("tenant").asString() + ":" + node.path("caseStudy").path("title").asString())
			.toList();
	}

	private List<List<Map<String, Object>>> snapshot(String tenant) {
		return Stream.of(TABLES.split(", ")).map(table -> api.snapshot(table, tenant)).toList();
	}

	private static void assertRefused(Answer answer, int status, String field) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(status);
		assertThat(answer.isProblem()).isTrue();
		assertThat(answer.namesField(field)).as(answer.text()).isTrue();
	}

	@Test
	void anEditorRecordsApprovesAndMakesPublicAndOnlyThenIsItACaseStudyHereAndInTheSearch() {
		String codeTitle = named("Funding and procurement");
		String funding = code("swale", codeTitle);
		String title = named("Commissioners meet the sector");

		Answer draft = record("swale", "sam.editor", input(title, List.of(funding)));

		JsonNode body = draft.json();
		assertThat(draft.etag()).isEqualTo("\"" + body.path("version").asLong() + "\"");
		assertThat(body.path("state").asString()).isEqualTo("DRAFT");
		assertThat(body.path("links").get(0).path("title").asString()).isEqualTo(codeTitle);
		assertThat(body.path("links").get(0).path("kind").asString()).isEqualTo("CODE");
		assertThat(body.path("organisations").get(1).path("name").asString()).isEqualTo("Swale Borough Council");
		assertThat(body.path("sectors").toString()).isEqualTo("[\"Procurement\",\"Housing\"]");
		assertThat(body.path("recordedBy").asString()).isEqualTo("sam.editor");
		assertThat(titles("/api/t/swale/successes", "alex.champion")).contains(title);
		assertNotPublic("swale", draft, title, codeTitle);

		Answer approved = step("swale", draft, "approval", "sam.editor");
		assertThat(approved.json().path("state").asString()).isEqualTo("APPROVED");
		assertThat(approved.json().path("approvedBy").asString()).isEqualTo("sam.editor");
		assertNotPublic("swale", approved, title, codeTitle);

		Answer published = step("swale", approved, "publication", "sam.editor");
		assertThat(published.json().path("state").asString()).isEqualTo("PUBLIC");

		Answer read = api.get("/api/t/swale/successes/" + id(draft), null);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().path("recordedBy").isNull()).as("who wrote it is the members' to know").isTrue();
		assertThat(titles("/api/t/swale/successes", null)).contains(title);
		assertThat(titles("/api/t/swale/case-studies", null)).contains(title);
		assertThat(titles("/api/t/swale/case-studies?itemId=" + funding, null)).containsExactly(title);
		assertThat(found("?code=" + codeTitle.substring(codeTitle.length() - 8))).containsExactly("swale:" + title);
		assertThat(found("?code=" + codeTitle.substring(codeTitle.length() - 8) + "&sector=housing&place=sittingb"))
			.containsExactly("swale:" + title);
		assertThat(found("?code=" + codeTitle.substring(codeTitle.length() - 8) + "&sector=advocacy")).isEmpty();
		assertThat(found("?code=" + codeTitle.substring(codeTitle.length() - 8) + "&place=Exeter")).isEmpty();

		Answer withdrawn = step("swale", published, "withdrawal", "sam.editor");
		assertThat(withdrawn.json().path("state").asString()).isEqualTo("APPROVED");
		assertNotPublic("swale", withdrawn, title, codeTitle);
	}

	private void assertNotPublic(String tenant, Answer success, String title, String codeTitle) {
		assertThat(api.get("/api/t/" + tenant + "/successes/" + id(success), null).status()).isEqualTo(404);
		assertThat(api.get("/api/t/" + tenant + "/successes/" + id(success), "chris.canterbury").status())
			.isEqualTo(404);
		assertThat(titles("/api/t/" + tenant + "/successes", null)).doesNotContain(title);
		assertThat(titles("/api/t/" + tenant + "/case-studies", "sam.editor")).doesNotContain(title);
		assertThat(found("?code=" + codeTitle.substring(codeTitle.length() - 8))).isEmpty();
		assertThat(found("")).noneMatch(hit -> hit.endsWith(title));
	}

	@Test
	void anEditOfAnApprovedOneTakesItBackToDraftAndAPublicOneIsNotEditedNorADraftMadePublic() {
		Answer draft = record("swale", "sam.editor", input(named("Quick wins"), List.of()));

		assertRefused(
				api.post("/api/t/swale/successes/" + id(draft) + "/publication", "sam.editor", null, draft.etag()), 409,
				"state");
		Answer approved = step("swale", draft, "approval", "sam.editor");
		Answer changed = api.put("/api/t/swale/successes/" + id(draft), "sam.editor",
				input("Quick wins, paid in advance", List.of()), approved.etag());
		assertThat(changed.status()).as(changed.text()).isEqualTo(200);
		assertThat(changed.json().path("state").asString()).isEqualTo("DRAFT");
		assertThat(changed.json().path("approvedBy").isNull()).isTrue();

		Answer published = step("swale", step("swale", changed, "approval", "sam.editor"), "publication", "sam.editor");
		List<List<Map<String, Object>>> before = snapshot("swale");
		assertRefused(api.put("/api/t/swale/successes/" + id(draft), "sam.editor", input("Rewritten", List.of()),
				published.etag()), 409, "state");
		assertRefused(
				api.post("/api/t/swale/successes/" + id(draft) + "/approval", "sam.editor", null, published.etag()),
				409, "state");
		assertThat(snapshot("swale")).isEqualTo(before);
	}

	@Test
	void aChangeWithoutAVersionIsRefused428AndFromAnOldOne412AndNothingChanges() {
		Answer draft = record("swale", "sam.editor", input(named("Meet and greet"), List.of()));
		step("swale", draft, "approval", "sam.editor");
		List<List<Map<String, Object>>> before = snapshot("swale");

		assertRefused(
				api.put("/api/t/swale/successes/" + id(draft), "sam.editor", input("Stale", List.of()), draft.etag()),
				412, "If-Match");
		assertRefused(api.put("/api/t/swale/successes/" + id(draft), "sam.editor", input("Unversioned", List.of())),
				428, "If-Match");
		assertRefused(
				api.post("/api/t/swale/successes/" + id(draft) + "/publication", "sam.editor", null, draft.etag()), 412,
				"If-Match");
		assertRefused(api.post("/api/t/swale/successes/" + id(draft) + "/publication", "sam.editor", null), 428,
				"If-Match");
		assertThat(snapshot("swale")).isEqualTo(before);
	}

	@Test
	void badInputIsRefused400NamingTheFieldAndNothingIsRecorded() {
		String canterburys = code("canterbury", named("Canterbury's code"));
		String canterburyOrganisation = api
			.post("/api/t/canterbury/organisations", "chris.canterbury",
					Map.of("name", named("Canterbury CVS"), "sector", "VCS"))
			.json()
			.path("id")
			.asString();
		List<List<Map<String, Object>>> before = snapshot("swale");

		Map<String, Object> noTitle = input(" ", List.of());
		assertRefused(api.post("/api/t/swale/successes", "sam.editor", noTitle), 400, "title");
		Map<String, Object> nobody = input(named("Nobody"), List.of());
		nobody.put("organisations", List.of());
		assertRefused(api.post("/api/t/swale/successes", "sam.editor", nobody), 400, "organisations");
		Map<String, Object> both = input(named("Both"), List.of());
		both.put("organisations", List.of(Map.of("organisationId", canterburyOrganisation, "name", "x")));
		assertRefused(api.post("/api/t/swale/successes", "sam.editor", both), 400, "organisations[0]");
		Map<String, Object> anothers = input(named("Another's"), List.of());
		anothers.put("organisations", List.of(Map.of("organisationId", canterburyOrganisation)));
		assertRefused(api.post("/api/t/swale/successes", "sam.editor", anothers), 400,
				"organisations[0].organisationId");
		assertRefused(api.post("/api/t/swale/successes", "sam.editor", input(named("Code"), List.of(canterburys))), 400,
				"itemIds");
		Map<String, Object> script = input(named("Script"), List.of());
		script.put("evidenceLinks", List.of("javascript:alert(1)"));
		assertRefused(api.post("/api/t/swale/successes", "sam.editor", script), 400, "evidenceLinks[0]");
		Map<String, Object> twice = input(named("Twice"), List.of());
		twice.put("sectors", List.of("Housing", "housing"));
		assertRefused(api.post("/api/t/swale/successes", "sam.editor", twice), 400, "sectors[1]");
		assertRefused(api.get("/api/case-studies?code=" + "x".repeat(101), null), 400, "code");

		assertThat(snapshot("swale")).isEqualTo(before);
	}

	@Test
	void anotherCompactsIdsAreNotFoundOrForbiddenAndChangeNothingAndAChampionCannotWrite() {
		Answer swales = record("swale", "sam.editor", input(named("Swale's success"), List.of()));
		List<List<Map<String, Object>>> before = snapshot("swale");

		assertThat(api.get("/api/t/canterbury/successes/" + id(swales), "chris.canterbury").status()).isEqualTo(404);
		assertThat(api
			.put("/api/t/canterbury/successes/" + id(swales), "chris.canterbury", input("Mine", List.of()),
					swales.etag())
			.status()).isEqualTo(404);
		assertThat(api
			.post("/api/t/canterbury/successes/" + id(swales) + "/approval", "chris.canterbury", null, swales.etag())
			.status()).isEqualTo(404);
		assertThat(
				api.post("/api/t/swale/successes/" + id(swales) + "/approval", "chris.canterbury", null, swales.etag())
					.status())
			.isEqualTo(403);
		assertThat(api.post("/api/t/swale/successes/" + id(swales) + "/approval", "alex.champion", null, swales.etag())
			.status()).isEqualTo(403);
		assertThat(api.post("/api/t/swale/successes", "alex.champion", input("Champion's", List.of())).status())
			.isEqualTo(403);
		assertThat(api.post("/api/t/swale/successes", null, input("Anonymous", List.of())).status()).isEqualTo(401);
		assertThat(titles("/api/t/canterbury/successes", "chris.canterbury")).doesNotContain("Swale's success");

		assertThat(snapshot("swale")).isEqualTo(before);
	}

}
