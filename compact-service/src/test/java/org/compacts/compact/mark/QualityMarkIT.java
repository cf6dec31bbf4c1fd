package org.compacts.compact.mark;

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
 * The self-assessment and the quality mark through the API, with real tokens: Swale's
 * editor (the steering group, for now), the champion (a member, not an editor),
 * Canterbury's editor and the anonymous public.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class QualityMarkIT {

	static final String EDITOR = "sam.editor";

	static final String ASSESSMENTS = "/api/t/swale/self-assessments";

	static final String TABLES = "self_assessment, self_assessment_answer";

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

	private String created(String path, Object body) {
		Answer created = api.post(path, EDITOR, body);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	/** A VCS signatory of a published code with one VCS undertaking and one for all. */
	private String signatory() {
		String code = created("/api/t/swale/codes",
				Map.of("title", "Funding " + UUID.randomUUID(), "aim", "Fair funding.", "mode", "ADAPTABLE",
						"vcsUndertakings", List.of("Use full cost recovery"), "publicSectorUndertakings",
						List.of("Publicise grant procedures"), "allPartnersCommitments",
						List.of("Three year funding where appropriate")));
		assertThat(api.post("/api/t/swale/codes/" + code + "/versions/1/publication", EDITOR, null).status())
			.isEqualTo(200);
		String organisation = created("/api/t/swale/organisations",
				Map.of("name", "Swale CVS " + UUID.randomUUID(), "sector", "VCS"));
		created("/api/t/swale/signatures", Map.of("organisationId", organisation, "signedOn", "2008-06-01",
				"principles", true, "codes", List.of(code), "signedAs", "PARTNERSHIP"));
		return organisation;
	}

	private Answer begun(String organisation) {
		Answer begun = api.post(ASSESSMENTS, EDITOR, Map.of("organisationId", organisation));
		assertThat(begun.status()).as(begun.text()).isEqualTo(201);
		return begun;
	}

	private Answer ok(Answer answer) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		return answer;
	}

	private static Map<String, Object> replies(String first, String second) {
		return Map.of("answers", List.of(Map.of("response", first, "evidence", "Audited accounts 2026"),
				Map.of("response", second, "evidence", "Two of three grants run three years")));
	}

	/** Begun, answered, submitted and awarded with the default year. */
	private Answer awarded(String organisation) {
		Answer begun = begun(organisation);
		String id = begun.json().path("id").asString();
		Answer answered = ok(
				api.put(ASSESSMENTS + "/" + id + "/answers", EDITOR, replies("MET", "PARTLY"), begun.etag()));
		Answer submitted = ok(api.post(ASSESSMENTS + "/" + id + "/submission", EDITOR, null, answered.etag()));
		return ok(api.post(ASSESSMENTS + "/" + id + "/award", EDITOR, Map.of(), submitted.etag()));
	}

	private static void assertRefused(Answer answer, int status, String field) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(status);
		assertThat(answer.isProblem()).as(answer.contentType()).isTrue();
		if (field != null) {
			assertThat(answer.namesField(field)).as(answer.text()).isTrue();
		}
	}

	@Test
	void aSignatoryAnswersItsSidesUndertakingsAndIsAwardedTheMarkAnyoneMayVerify() {
		String organisation = signatory();
		JsonNode draft = begun(organisation).json();
		assertThat(draft.path("answers").valueStream().map(node -> node.path("undertaking").asString()))
			.containsExactly("Use full cost recovery", "Three year funding where appropriate");

		JsonNode mark = awarded(organisation).json();
		String id = mark.path("id").asString();
		assertThat(mark.path("status").asString()).isEqualTo("AWARDED");
		assertThat(mark.path("expiresOn").asString())
			.isEqualTo(java.time.LocalDate.parse(mark.path("awardedOn").asString()).plusYears(1).toString());

		JsonNode page = api.get("/api/t/swale/quality-marks/" + id, null).json();
		assertThat(page.path("name").asString()).isEqualTo("Compact compliant");
		assertThat(page.path("status").asString()).isEqualTo("AWARDED");
		assertThat(page.path("evidence").get(0).path("evidence").asString()).isEqualTo("Audited accounts 2026");

		Answer assertion = api.get("/api/t/swale/quality-marks/" + id + "/assertion", null);
		assertThat(assertion.status()).isEqualTo(200);
		JsonNode badge = assertion.json();
		assertThat(badge.path("type").asString()).isEqualTo("Assertion");
		assertThat(badge.path("recipient").path("identity").asString()).isEqualTo(page.path("organisation").asString());
		assertThat(badge.path("badge").path("name").asString()).isEqualTo("Compact compliant");
		assertThat(badge.path("badge").path("issuer").path("type").asString()).isEqualTo("Profile");
		assertThat(badge.path("issuedOn").asString()).startsWith(mark.path("awardedOn").asString());
		assertThat(badge.path("expires").asString()).startsWith(mark.path("expiresOn").asString());
		assertThat(badge.path("evidence")).hasSize(2);
	}

	@Test
	void aRevokedMarkSaysWhyAndItsAssertionIsGone() {
		Answer mark = awarded(signatory());
		String id = mark.json().path("id").asString();

		assertRefused(api.post(ASSESSMENTS + "/" + id + "/revocation", EDITOR, Map.of("reason", " "), mark.etag()), 400,
				"reason");
		ok(api.post(ASSESSMENTS + "/" + id + "/revocation", EDITOR, Map.of("reason", "Grants paid in arrears all year"),
				mark.etag()));

		Answer gone = api.get("/api/t/swale/quality-marks/" + id + "/assertion", null);
		assertThat(gone.status()).isEqualTo(410);
		assertThat(gone.isProblem()).isTrue();
		assertThat(gone.json().path("reason").asString()).isEqualTo("Grants paid in arrears all year");
		JsonNode page = api.get("/api/t/swale/quality-marks/" + id, null).json();
		assertThat(page.path("status").asString()).isEqualTo("REVOKED");
		assertThat(page.path("revocationReason").asString()).isEqualTo("Grants paid in arrears all year");
	}

	@Test
	void anUndertakingNotMetIsNoMarkAndWhatWasRefusedChangedNothing() {
		Answer begun = begun(signatory());
		String id = begun.json().path("id").asString();
		Answer answered = ok(
				api.put(ASSESSMENTS + "/" + id + "/answers", EDITOR, replies("MET", "NOT_MET"), begun.etag()));
		Answer submitted = ok(api.post(ASSESSMENTS + "/" + id + "/submission", EDITOR, null, answered.etag()));
		List<Map<String, Object>> before = api.snapshot("self_assessment", "swale");

		assertRefused(api.post(ASSESSMENTS + "/" + id + "/award", EDITOR, Map.of(), submitted.etag()), 409,
				"answers[1].response");
		assertRefused(api.post(ASSESSMENTS + "/" + id + "/award", EDITOR, Map.of(), answered.etag()), 412, null);
		assertRefused(api.post(ASSESSMENTS + "/" + id + "/award", EDITOR, Map.of()), 428, null);
		assertThat(api.snapshot("self_assessment", "swale")).isEqualTo(before);
		// not awarded: no mark to verify
		assertRefused(api.get("/api/t/swale/quality-marks/" + id, null), 404, null);
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		String organisation = signatory();
		int rows = api.rows("self_assessment", "swale");
		assertRefused(api.post(ASSESSMENTS, EDITOR, Map.of()), 400, "organisationId");
		assertRefused(api.post(ASSESSMENTS, EDITOR, Map.of("organisationId", UUID.randomUUID())), 400,
				"organisationId");
		String unsigned = created("/api/t/swale/organisations",
				Map.of("name", "Unsigned " + UUID.randomUUID(), "sector", "PRIVATE"));
		assertRefused(api.post(ASSESSMENTS, EDITOR, Map.of("organisationId", unsigned)), 400, "organisationId");
		assertThat(api.rows("self_assessment", "swale")).isEqualTo(rows);

		Answer begun = begun(organisation);
		String id = begun.json().path("id").asString();
		assertRefused(api.put(ASSESSMENTS + "/" + id + "/answers", EDITOR,
				Map.of("answers", List.of(Map.of("response", "MET"))), begun.etag()), 400, "answers");
		assertRefused(
				api.put(ASSESSMENTS + "/" + id + "/answers", EDITOR,
						Map.of("answers", List.of(Map.of("response", "SOMEWHAT"), Map.of())), begun.etag()),
				400, "answers[0].response");
		Answer half = ok(api.put(ASSESSMENTS + "/" + id + "/answers", EDITOR,
				Map.of("answers", List.of(Map.of("response", "MET"), Map.of())), begun.etag()));
		assertRefused(api.post(ASSESSMENTS + "/" + id + "/submission", EDITOR, null, half.etag()), 400,
				"answers[0].evidence");
		assertRefused(
				api.post(ASSESSMENTS + "/" + id + "/award", EDITOR, Map.of("awardedOn", "2027-13-01"), half.etag()),
				400, "awardedOn");
	}

	@Test
	void assessmentsAreTheCompactsMembersAndOnlyItsEditorsReviewThem() {
		Answer mark = awarded(signatory());
		String id = mark.json().path("id").asString();

		assertThat(api.get(ASSESSMENTS + "/" + id, "alex.champion").status()).isEqualTo(200);
		assertRefused(api.get(ASSESSMENTS + "/" + id, null), 401, null);
		assertRefused(api.get(ASSESSMENTS + "/" + id, "chris.canterbury"), 403, null);
		assertRefused(
				api.post(ASSESSMENTS + "/" + id + "/revocation", "alex.champion", Map.of("reason", "no"), mark.etag()),
				403, null);
		assertRefused(api.get("/api/t/canterbury/quality-marks/" + id, null), 404, null);
		assertRefused(api.get("/api/t/canterbury/self-assessments/" + id, "chris.canterbury"), 404, null);
	}

}
