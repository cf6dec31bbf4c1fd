package org.compacts.compact.funding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.compacts.compact.Api;
import org.compacts.compact.Api.Answer;
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

/**
 * The funding register through the API, with real tokens, in South Derbyshire (whose
 * codes no other test writes, so its funding code is the one made here): Dee, its editor;
 * Swale's editor and the anonymous public, who read none of it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class FundingIT {

	static final String TENANT = "south-derbyshire";

	static final String RECORDS = "/api/t/" + TENANT + "/funding-records";

	static final String EDITOR = "dee.derbyshire";

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

	private String organisation(String sector) {
		Answer added = api.post("/api/t/" + TENANT + "/organisations", EDITOR,
				Map.of("name", "Organisation " + UUID.randomUUID(), "sector", sector));
		assertThat(added.status()).as(added.text()).isEqualTo(201);
		return added.json().path("id").asString();
	}

	static Map<String, Object> fundingCode(int years) {
		Map<String, Object> code = new LinkedHashMap<>();
		code.put("title", "Funding, Procurement, Resources and Commissioning");
		code.put("whyItMatters", "Funding delivers the objectives of both sides.");
		code.put("aim", "More accessible funding.");
		code.put("vcsUndertakings", List.of("Use full cost recovery."));
		code.put("publicSectorUndertakings", List.of("Publicise grant procedures."));
		code.put("allPartnersCommitments", List.of("Three year funding where appropriate."));
		code.put("caseStudies", List.of());
		code.put("subCodes", List.of());
		code.put("measurableCommitments",
				List.of(Map.of("name", "funding term where appropriate", "kind", "STANDARD", "quantity",
						Map.of("amount", years, "unit", "years")),
						Map.of("name", "full cost recovery", "kind", "PRACTICE"),
						Map.of("name", "payment in advance", "kind", "PRACTICE")));
		code.put("mode", "ADAPTABLE");
		return code;
	}

	static Map<String, Object> record(String title, String funder, String recipient, int months, String payment) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("funderId", funder);
		body.put("recipientId", recipient);
		body.put("kind", "GRANT");
		body.put("amount", "45000.00");
		body.put("termMonths", months);
		body.put("payment", payment);
		body.put("fullCostRecovery", true);
		body.put("noticeWeeks", 12);
		body.put("startsOn", "2027-04-01");
		return body;
	}

	private Answer recorded(Map<String, Object> body) {
		Answer recorded = api.post(RECORDS, EDITOR, body);
		assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
		return recorded;
	}

	private static void assertRefused(Answer answer, int status, String field) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(status);
		assertThat(answer.isProblem()).as(answer.contentType()).isTrue();
		if (field != null) {
			assertThat(answer.namesField(field)).as(answer.text()).isTrue();
		}
	}

	private static List<String> outcomes(JsonNode record) {
		return record.path("findings").valueStream().map(finding -> finding.path("outcome").asString()).toList();
	}

	@Test
	void eachRecordIsCheckedAgainstThePublishedFundingCodeAndCheckedAgainWhenANewVersionAsksMore() {
		Answer created = api.post("/api/t/" + TENANT + "/codes", EDITOR, fundingCode(3));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		String code = created.json().path("id").asString();
		assertThat(api.post("/api/t/" + TENANT + "/codes/" + code + "/versions/1/publication", EDITOR, null).status())
			.isEqualTo(200);
		String council = organisation("PUBLIC");
		String cvs = organisation("VCS");

		JsonNode threeYears = recorded(record("Advice services", council, cvs, 36, "IN_ADVANCE")).json();
		JsonNode inArrears = recorded(record("Youth work", council, cvs, 36, "IN_ARREARS")).json();

		assertThat(threeYears.path("status").asString()).isEqualTo("COMPLIANT");
		assertThat(threeYears.path("checkedAgainst").path("codeId").asString()).isEqualTo(code);
		assertThat(threeYears.path("checkedAgainst").path("version").asInt()).isEqualTo(1);
		assertThat(outcomes(threeYears)).containsExactly("MET", "MET", "MET");
		assertThat(inArrears.path("status").asString()).isEqualTo("NOT_COMPLIANT");
		assertThat(inArrears.path("findings").get(2).path("reason").asString())
			.isEqualTo("it is paid in arrears, not in advance");
		assertThat(api.get(RECORDS + "?newlyFailing=true", EDITOR)
			.json()
			.valueStream()
			.map(node -> node.path("id").asString())).doesNotContain(threeYears.path("id").asString());

		// version 2 raises the standard term to four years
		Map<String, Object> raised = fundingCode(4);
		raised.put("startedFrom", 1);
		Answer edited = api.put("/api/t/" + TENANT + "/codes/" + code, EDITOR, raised);
		assertThat(edited.status()).as(edited.text()).isEqualTo(200);
		assertThat(api.post("/api/t/" + TENANT + "/codes/" + code + "/versions/2/publication", EDITOR, null).status())
			.isEqualTo(200);

		JsonNode rechecked = api.get(RECORDS + "/" + threeYears.path("id").asString(), EDITOR).json();
		assertThat(rechecked.path("status").asString()).isEqualTo("NOT_COMPLIANT");
		assertThat(rechecked.path("newlyFailing").asBoolean()).isTrue();
		assertThat(rechecked.path("checkedAgainst").path("version").asInt()).isEqualTo(2);
		assertThat(rechecked.path("findings").get(0).path("reason").asString())
			.startsWith("36 months is shorter than the standard of 4 years (48 months) and no reason is recorded");
		List<String> newlyFailing = api.get(RECORDS + "?newlyFailing=true", EDITOR)
			.json()
			.valueStream()
			.map(node -> node.path("id").asString())
			.toList();
		// what failed before the new version is not newly failing
		assertThat(newlyFailing).contains(threeYears.path("id").asString())
			.doesNotContain(inArrears.path("id").asString());
	}

	@Test
	void anEditorChangesARecordNamingTheVersionReadAndAStaleOneChangesNothing() {
		String council = organisation("PUBLIC");
		String cvs = organisation("VCS");
		Answer first = recorded(record("Lunch club", council, cvs, 12, "IN_ADVANCE"));
		assertThat(first.etag()).isEqualTo("\"" + first.json().path("version").asLong() + "\"");

		Map<String, Object> longer = record("Lunch club", council, cvs, 48, "IN_ADVANCE");
		Answer changed = api.put(RECORDS + "/" + first.json().path("id").asString(), EDITOR, longer, first.etag());
		assertThat(changed.status()).as(changed.text()).isEqualTo(200);
		assertThat(changed.json().path("termMonths").asInt()).isEqualTo(48);

		List<Map<String, Object>> before = api.snapshot("funding_agreement", TENANT);
		assertRefused(api.put(RECORDS + "/" + first.json().path("id").asString(), EDITOR, longer, first.etag()), 412,
				null);
		assertRefused(api.put(RECORDS + "/" + first.json().path("id").asString(), EDITOR, longer), 428, null);
		assertThat(api.snapshot("funding_agreement", TENANT)).isEqualTo(before);
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndNothingIsKept() {
		String council = organisation("PUBLIC");
		String cvs = organisation("VCS");
		int rows = api.rows("funding_agreement", TENANT);

		Map<String, Object> noTitle = record(" ", council, cvs, 36, "IN_ADVANCE");
		assertRefused(api.post(RECORDS, EDITOR, noTitle), 400, "title");
		assertRefused(api.post(RECORDS, EDITOR, record("x", council, cvs, 0, "IN_ADVANCE")), 400, "termMonths");
		assertRefused(api.post(RECORDS, EDITOR, record("x", council, cvs, 36, "MONTHLY")), 400, "payment");
		Map<String, Object> negative = record("x", council, cvs, 36, "IN_ADVANCE");
		negative.put("amount", "-5");
		assertRefused(api.post(RECORDS, EDITOR, negative), 400, "amount");
		Map<String, Object> noticeless = record("x", council, cvs, 36, "IN_ADVANCE");
		noticeless.put("noticeWeeks", -1);
		assertRefused(api.post(RECORDS, EDITOR, noticeless), 400, "noticeWeeks");
		assertRefused(api.post(RECORDS, EDITOR, record("x", council, council, 36, "IN_ADVANCE")), 400, "recipientId");
		assertRefused(api.post(RECORDS, EDITOR, record("x", UUID.randomUUID().toString(), cvs, 36, "IN_ADVANCE")), 400,
				"funderId");
		assertRefused(api.get(RECORDS + "/not-a-uuid", EDITOR), 400, "id");

		assertThat(api.rows("funding_agreement", TENANT)).isEqualTo(rows);
	}

	@Test
	void theRegisterIsTheCompactsOwnMembersBusiness() {
		String council = organisation("PUBLIC");
		String cvs = organisation("VCS");
		String id = recorded(record("Befriending", council, cvs, 36, "IN_ADVANCE")).json().path("id").asString();

		assertRefused(api.get(RECORDS, null), 401, null);
		assertRefused(api.get(RECORDS + "/" + id, "sam.editor"), 403, null);
		assertRefused(api.post(RECORDS, "sam.editor", record("x", council, cvs, 36, "IN_ADVANCE")), 403, null);
		// Swale's editor in Swale's own register does not find Derbyshire's record
		assertRefused(api.get("/api/t/swale/funding-records/" + id, "sam.editor"), 404, null);
		// another compact's organisations are not this one's
		assertRefused(
				api.post("/api/t/swale/funding-records", "sam.editor", record("x", council, cvs, 36, "IN_ADVANCE")),
				400, "funderId");
	}

}
