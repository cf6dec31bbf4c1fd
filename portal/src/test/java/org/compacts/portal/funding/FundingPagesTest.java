package org.compacts.portal.funding;

import org.compacts.portal.FakeServices;
import org.compacts.servicekit.security.TenantRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.portal.FakeServices.COMPACTS;
import static org.compacts.portal.FakeServices.TENANTS;
import static org.compacts.portal.FakeServices.as;
import static org.springframework.test.web.client.ExpectedCount.never;
import static org.springframework.test.web.client.ExpectedCount.once;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.headerDoesNotExist;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;

/**
 * The funding register, the self-assessments and a mark's public page: what each shows,
 * the changes they send with the version seen, refusals naming the field, and nobody
 * outside the compact asking anything.
 */
@Import(FakeServices.class)
@WebMvcTest(controllers = { FundingController.class, AssessmentsController.class, MarkPageController.class },
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.compacts\\.portal\\.((backend|security|workspace|funding)\\..*|site\\.(Dates|Markdown))"))
class FundingPagesTest {

	static final String RECORD = "f0d00000-0000-4000-8000-000000000001";

	static final String COUNCIL = "0a900000-0000-4000-8000-000000000001";

	static final String CVS = "0a900000-0000-4000-8000-000000000002";

	static final String MARK = "3a900000-0000-4000-8000-000000000001";

	static final String PAGE = "/t/swale/workspace/funding";

	static final String API = COMPACTS + "/api/t/swale/funding-records";

	static final String ASSESSMENTS = "/t/swale/workspace/self-assessments";

	static final String ASSESSMENTS_API = COMPACTS + "/api/t/swale/self-assessments";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockRestServiceServer backends;

	@BeforeEach
	void servicesAnswer() {
		FakeServices.kentAndSwale(backends);
		answer(TENANTS + "/api/tenants/swale", """
				{"slug":"swale","name":"Swale Compact","level":"DISTRICT","parentSlug":"kent"}""");
	}

	static String record(String id, String title, String status, String payment, String finding, long version) {
		return """
				{"id":"%s","title":"%s","funderId":"%s","funder":"Swale BC","recipientId":"%s","recipient":"Swale CVS",
				 "kind":"GRANT","amount":45000.00,"termMonths":36,"shorterTermReason":null,"payment":"%s",
				 "fullCostRecovery":true,"noticeWeeks":12,"startsOn":"2027-04-01","status":"%s",
				 "findings":[%s],"checkedAgainst":{"codeId":"%s","title":"Funding code","version":2},
				 "checkedAt":"2027-03-01T10:00:00Z","newlyFailing":false,"recordedBy":"sam.editor",
				 "recordedAt":"2027-03-01T10:00:00Z","version":%d}""".formatted(id, title, COUNCIL, CVS, payment,
				status, finding, RECORD, version);
	}

	static final String MET = """
			{"commitment":"payment in advance","outcome":"MET","reason":"it is paid in advance"}""";

	static final String NOT_MET = """
			{"commitment":"payment in advance","outcome":"NOT_MET","reason":"it is paid in arrears, not in advance"}""";

	static String assessment(String state, String status, long version) {
		return """
				{"id":"%s","organisationId":"%s","organisation":"Swale CVS","state":"%s","status":"%s",
				 "answers":[{"codeId":"%s","codeTitle":"Funding","codeVersion":1,"undertaking":"Use full cost recovery",
				   "response":null,"evidence":null}],
				 "awardedOn":null,"expiresOn":null,"revokedOn":null,"revocationReason":null,"version":%d}"""
			.formatted(MARK, CVS, state, status, RECORD, version);
	}

	@Test
	void theRegisterShowsACompliantAndANonCompliantRecordWithTheReasonAndTheCodeVersion() {
		answer(API, "[" + record(RECORD, "Advice services", "COMPLIANT", "IN_ADVANCE", MET, 1) + ","
				+ record(CVS, "Youth <b>work</b>", "NOT_COMPLIANT", "IN_ARREARS", NOT_MET, 1) + "]");

		assertThat(mvc.get().uri(PAGE).with(as("swale", TenantRole.EDITOR))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>Funding register - Swale Compact - Compacts</title>", ">Compliant<", ">Not compliant<",
					"payment in advance: it is paid in arrears, not in advance", "Funding code, version 2",
					"Youth &lt;b&gt;work&lt;/b&gt;", "£45,000.00", "data-test=\"new-funding\"",
					"aria-current=\"page\"");
		assertThat(mvc.get().uri(PAGE).with(as("swale", TenantRole.MEMBER))).hasStatus(HttpStatus.OK)
			.bodyText()
			.doesNotContain("data-test=\"new-funding\"");
	}

	@Test
	void aRecordIsAddedFromTheFormAndARefusalNamesTheField() {
		answer(COMPACTS + "/api/t/swale/organisations", """
				[{"id":"%s","name":"Swale BC"},{"id":"%s","name":"Swale CVS"}]""".formatted(COUNCIL, CVS));
		backends.expect(once(), requestTo(API))
			.andExpect(method(HttpMethod.POST))
			.andExpect(headerDoesNotExist("If-Match"))
			.andExpect(jsonPath("$.funderId").value(COUNCIL))
			.andExpect(jsonPath("$.termMonths").value(12))
			.andExpect(jsonPath("$.amount").value(1250.5))
			.andExpect(jsonPath("$.fullCostRecovery").value(true))
			.andExpect(jsonPath("$.startsOn").value("2027-04-01"))
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("""
						{"status":400,"detail":"The funding record cannot be kept as written.",
						 "errors":[{"field":"recipientId","reason":"is the funder: funding runs between two organisations"}]}"""));

		assertThat(mvc.post()
			.uri(PAGE)
			.with(as("swale", TenantRole.EDITOR))
			.param("title", "Advice services")
			.param("funderId", COUNCIL)
			.param("recipientId", COUNCIL)
			.param("kind", "GRANT")
			.param("amount", "1,250.50")
			.param("termMonths", "12")
			.param("payment", "IN_ADVANCE")
			.param("fullCostRecovery", "true")
			.param("noticeWeeks", "12")
			.param("startsOn.day", "1")
			.param("startsOn.month", "4")
			.param("startsOn.year", "2027")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("<title>Error: Add a grant or contract", "href=\"#recipientId\"",
					"Recipient id: is the funder: funding runs between two organisations");
		backends.verify();
	}

	@Test
	void aTermThatIsNoWholeNumberIsRefusedBeforeTheServiceIsAsked() {
		answer(COMPACTS + "/api/t/swale/organisations", "[]");
		backends.expect(never(), requestTo(API));

		assertThat(mvc.post()
			.uri(PAGE)
			.with(as("swale", TenantRole.EDITOR))
			.param("title", "Advice services")
			.param("termMonths", "three years")
			.param("noticeWeeks", "12")).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("href=\"#termMonths\"");
	}

	@Test
	void aChangeNamesTheVersionSeenAndAStaleOneShowsWhatItSaysNow() {
		answer(COMPACTS + "/api/t/swale/organisations", "[]");
		backends.expect(once(), requestTo(API + "/" + RECORD))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(header("If-Match", "\"3\""))
			.andRespond(
					withStatus(HttpStatus.PRECONDITION_FAILED).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
							{"status":412,"detail":"Someone changed it.","currentVersion":4}"""));
		answer(API + "/" + RECORD, record(RECORD, "Advice services (renamed)", "COMPLIANT", "IN_ADVANCE", MET, 4));

		assertThat(mvc.post()
			.uri(PAGE + "/" + RECORD)
			.with(as("swale", TenantRole.EDITOR))
			.param("title", "Advice services")
			.param("termMonths", "36")
			.param("noticeWeeks", "12")
			.param("version", "3")).hasStatus(HttpStatus.PRECONDITION_FAILED)
			.bodyText()
			.contains("data-test=\"current\"", "Advice services (renamed)", "name=\"version\" value=\"4\"");
	}

	@Test
	void anEditorAwardsTheMarkFromTheVersionSeen() {
		backends.expect(once(), requestTo(ASSESSMENTS_API + "/" + MARK + "/award"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(header("If-Match", "\"5\""))
			.andRespond(withStatus(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON)
				.body(assessment("AWARDED", "AWARDED", 6)));

		assertThat(mvc.post()
			.uri(ASSESSMENTS + "/" + MARK + "/award")
			.with(as("swale", TenantRole.EDITOR))
			.param("version", "5")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(ASSESSMENTS + "/" + MARK + "?done=award");
		assertThat(mvc.post()
			.uri(ASSESSMENTS + "/" + MARK + "/award")
			.with(as("swale", TenantRole.MEMBER))
			.param("version", "5")).hasStatus(HttpStatus.FORBIDDEN);
		backends.verify();
	}

	@Test
	void anAwardedMarkShowsItsStatusAndOffersEditorsToRevokeItWithAReason() {
		answer(ASSESSMENTS_API + "/" + MARK, assessment("AWARDED", "AWARDED", 6));

		assertThat(mvc.get().uri(ASSESSMENTS + "/" + MARK + "?done=award").with(as("swale", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("data-test=\"revoke-form\"", "Shown on the public page of the mark", "name=\"reason\"",
					"name=\"version\" value=\"6\"");
		assertThat(mvc.get().uri(ASSESSMENTS + "/" + MARK).with(as("swale", TenantRole.MEMBER)))
			.hasStatus(HttpStatus.OK)
			.bodyText()
			.doesNotContain("data-test=\"revoke-form\"");
	}

	@Test
	void aDraftOffersEachUndertakingToAnswerAndARefusedSubmissionNamesIt() {
		answer(ASSESSMENTS_API + "/" + MARK, assessment("DRAFT", "DRAFT", 2));

		assertThat(mvc.get().uri(ASSESSMENTS + "/" + MARK).with(as("swale", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("Use full cost recovery", "name=\"response-0\"", "name=\"evidence-0\"", "data-test=\"submit\"");
	}

	@Test
	void theMarksPublicPageShowsItToAnyone() {
		answer(COMPACTS + "/api/t/swale/quality-marks/" + MARK,
				"""
						{"id":"%s","name":"Compact compliant","organisation":"Swale CVS","status":"AWARDED",
						 "awardedOn":"2027-03-01","expiresOn":"2028-03-01","revokedOn":null,"revocationReason":null,
						 "codes":[{"codeId":"%s","title":"Funding","version":1}],
						 "evidence":[{"codeId":"%s","codeTitle":"Funding","codeVersion":1,"undertaking":"Use full cost recovery",
						   "response":"MET","evidence":"Audited accounts"}],
						 "assertion":"http://localhost/api/t/swale/quality-marks/%s/assertion"}"""
					.formatted(MARK, RECORD, RECORD, MARK));

		assertThat(mvc.get().uri("/t/swale/quality-marks/" + MARK)).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("Swale CVS", "Compact compliant", "1 March 2028", "Audited accounts", "Funding (version 1)",
					"/api/t/swale/quality-marks/" + MARK + "/assertion");
	}

	@Test
	void aMemberOfAnotherCompactGets404AndSwaleIsNeverAsked() {
		backends.expect(never(), requestTo(API));
		backends.expect(never(), requestTo(ASSESSMENTS_API));

		assertThat(mvc.get().uri(PAGE).with(as("kent", TenantRole.TENANT_ADMIN))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(PAGE + "/" + RECORD).with(as("kent", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(ASSESSMENTS).with(as("kent", TenantRole.EDITOR))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post()
			.uri(ASSESSMENTS + "/" + MARK + "/revocation")
			.with(as("kent", TenantRole.EDITOR))
			.param("version", "3")
			.param("reason", "no")).hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	private void answer(String url, String json) {
		FakeServices.answer(backends, url, json);
	}

}
