package org.compacts.portal.people;

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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.portal.FakeServices.COMPACTS;
import static org.compacts.portal.FakeServices.TENANTS;
import static org.compacts.portal.FakeServices.as;
import static org.springframework.test.web.client.ExpectedCount.never;
import static org.springframework.test.web.client.ExpectedCount.once;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;

/**
 * The workspace's signatories pages: organisations by sector with their signatures, an
 * organisation added and described, a signature recorded and withdrawn.
 */
@Import(FakeServices.class)
@WebMvcTest(controllers = OrganisationsController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.compacts\\.portal\\.((backend|security|workspace|people)\\..*|site\\.Dates)"))
class OrganisationsPagesTest {

	static final String SWALE_CVS = "6f1d2b3a-0000-4000-8000-000000000001";

	static final String KCC = "6f1d2b3a-0000-4000-8000-000000000002";

	static final String SIGNATURE = "5e0c1a29-0000-4000-8000-000000000009";

	static final String CODE = "11111111-1111-1111-1111-111111111111";

	static final String PAGE = "/t/kent/workspace/organisations";

	static final String API = COMPACTS + "/api/t/kent";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockRestServiceServer backends;

	@BeforeEach
	void servicesAnswer() {
		FakeServices.kentAndSwale(backends);
		answer(API + "/codes", """
				[{"id":"%s","kind":"CODE","version":2,"status":"PUBLISHED","content":{"title":"Consultation"}}]"""
			.formatted(CODE));
	}

	@Test
	void theOrganisationsAreShownBySectorWithWhatEachSignedAndWhen() throws Exception {
		answer(API + "/organisations", "[" + organisation(SWALE_CVS, "Swale CVS <script>x</script>", "VCS", 2) + ","
				+ organisation(KCC, "Kent County Council", "PUBLIC", 1) + "]");
		answer(API + "/signatures", "[" + signature(false) + "]");

		MvcTestResult editors = mvc.get().uri(PAGE).with(as("kent", TenantRole.EDITOR)).exchange();

		assertThat(editors).hasStatus(HttpStatus.OK);
		String page = editors.getResponse().getContentAsString();
		assertThat(page)
			.contains("<h1 class=\"govuk-heading-xl\">Signatories</h1>", "the principles and the Consultation code",
					"as part of the partnership", "1 April 2008", "Not signed yet",
					"Swale CVS &lt;script&gt;x&lt;/script&gt;", "data-test=\"new-organisation\"",
					"href=\"/t/kent/workspace/organisations/" + SWALE_CVS + "/signatures/" + SIGNATURE
							+ "/withdrawal\"")
			.doesNotContain("<script>x");
		// the public sector comes first, as the compact lists it
		assertThat(page.indexOf("Public sector")).isLessThan(page.indexOf("Voluntary and community sector"));
		assertThat(page).doesNotContain("Private sector");

		MvcTestResult members = mvc.get().uri(PAGE).with(as("kent", TenantRole.MEMBER)).exchange();
		assertThat(members).bodyText()
			.contains("the principles and the Consultation code")
			.doesNotContain("data-test=\"new-organisation\"", "data-test=\"withdraw\"", "data-test=\"sign\"",
					"data-test=\"change\"");
	}

	@Test
	void aWithdrawnSignatureStaysShownWithdrawnAndCannotBeWithdrawnAgain() {
		answer(API + "/organisations", "[" + organisation(SWALE_CVS, "Swale CVS", "VCS", 2) + "]");
		answer(API + "/signatures", "[" + signature(true) + "]");

		assertThat(mvc.get().uri(PAGE).with(as("kent", TenantRole.EDITOR))).bodyText()
			.contains("Withdrawn 31 March 2012")
			.doesNotContain("data-test=\"withdraw\"");
	}

	@Test
	void aNewOrganisationIsSentWithItsContactAndTheListSaysItIsAdded() {
		backends.expect(once(), requestTo(API + "/organisations"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(jsonPath("$.name").value("Swale CVS"))
			.andExpect(jsonPath("$.sector").value("VCS"))
			.andExpect(jsonPath("$.contact.name").value("Sarah Williams"))
			.andExpect(jsonPath("$.contact.email").value("sarah@swalecvs.org.uk"))
			.andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
				.body(organisation(SWALE_CVS, "Swale CVS", "VCS", 0)));

		assertThat(mvc.post()
			.uri(PAGE)
			.with(as("kent", TenantRole.EDITOR))
			.param("name", "Swale CVS")
			.param("sector", "VCS")
			.param("contactName", "Sarah Williams")
			.param("contactEmail", "sarah@swalecvs.org.uk")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "?done=added");
		backends.verify();
	}

	@Test
	void aRefusedOrganisationNamesTheFieldsAndKeepsWhatWasTypedEscaped() {
		backends.expect(once(), requestTo(API + "/organisations"))
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
					{"type":"urn:compacts:problem:invalid-request","title":"Invalid request","status":400,
					 "detail":"The request has fields that are not valid.",
					 "errors":[{"field":"sector","reason":"must not be null"},
					           {"field":"contact.email","reason":"must be a well-formed email address"}]}"""));

		MvcTestResult refused = mvc.post()
			.uri(PAGE)
			.with(as("kent", TenantRole.EDITOR))
			.param("name", "<script>alert('x')</script>")
			.param("contactEmail", "not an address")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("<title>Error: Add an organisation", "href=\"#sector\"", "Sector: must not be null",
					"href=\"#contact-email\"", "Email: must be a well-formed email address", "id=\"contact-email\"",
					"value=\"not an address\"", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.doesNotContain("<script>alert");
		backends.verify();
	}

	@Test
	void aNameTakenMeanwhileIsAConflictShownOnTheForm() {
		backends.expect(once(), requestTo(API + "/organisations/" + KCC))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(header("If-Match", "\"1\""))
			.andExpect(jsonPath("$.name").value("Swale CVS"))
			.andRespond(withStatus(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
					{"type":"urn:compacts:problem:conflict","title":"Conflict","status":409,
					 "detail":"This compact already has an organisation of that name.",
					 "errors":[{"field":"name","reason":"is already an organisation of this compact"}]}"""));
		answer(API + "/organisations/" + KCC, organisation(KCC, "Kent County Council", "PUBLIC", 1));

		MvcTestResult refused = mvc.post()
			.uri(PAGE + "/" + KCC)
			.with(as("kent", TenantRole.EDITOR))
			.param("version", "1")
			.param("name", "Swale CVS")
			.param("sector", "PUBLIC")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		assertThat(refused).bodyText()
			.contains("<title>Error: Change an organisation", "Name: is already an organisation of this compact",
					"value=\"Swale CVS\"")
			.doesNotContain("What it says now");
		backends.verify();
	}

	@Test
	void aStaleDescriptionShowsWhatItSaysNowAndTheNextSaveStartsFromIt() {
		backends.expect(once(), requestTo(API + "/organisations/" + KCC))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(header("If-Match", "\"1\""))
			.andRespond(withStatus(HttpStatus.PRECONDITION_FAILED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("""
						{"type":"urn:compacts:problem:stale-version","title":"Stale version","status":412,
						 "detail":"Someone changed this since the version you read; it is now at version 2.",
						 "errors":[{"field":"If-Match","reason":"is not the current version"}],"currentVersion":2}"""));
		answer(API + "/organisations/" + KCC, organisation(KCC, "Kent County Council (KCC)", "PUBLIC", 2));

		MvcTestResult stale = mvc.post()
			.uri(PAGE + "/" + KCC)
			.with(as("kent", TenantRole.EDITOR))
			.param("version", "1")
			.param("name", "KCC")
			.param("sector", "PUBLIC")
			.exchange();

		assertThat(stale).hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(stale).bodyText()
			.contains("What it says now", "Kent County Council (KCC)", "value=\"KCC\"", "name=\"version\" value=\"2\"");
		backends.verify();
	}

	@Test
	void aSignatureIsRecordedWithTheDayWhatWasSignedAndAsWhat() {
		answer(API + "/organisations/" + SWALE_CVS, organisation(SWALE_CVS, "Swale CVS", "VCS", 2));
		backends.expect(once(), requestTo(API + "/signatures"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(jsonPath("$.organisationId").value(SWALE_CVS))
			.andExpect(jsonPath("$.signedOn").value("2008-04-01"))
			.andExpect(jsonPath("$.principles").value(true))
			.andExpect(jsonPath("$.codes[0]").value(CODE))
			.andExpect(jsonPath("$.signedAs").value("SEPARATE_ENTITY"))
			.andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body(signature(false)));

		assertThat(mvc.get().uri(PAGE + "/" + SWALE_CVS + "/signatures/new").with(as("kent", TenantRole.EDITOR)))
			.bodyText()
			.contains("Record a signature", "Swale CVS", "name=\"signedOn.day\"", "id=\"signedOn-month\"",
					"The Consultation code");

		assertThat(mvc.post()
			.uri(PAGE + "/" + SWALE_CVS + "/signatures")
			.with(as("kent", TenantRole.EDITOR))
			.param("signedOn.day", "1")
			.param("signedOn.month", " 4 ")
			.param("signedOn.year", "2008")
			.param("principles", "true")
			.param("codes", CODE)
			.param("signedAs", "SEPARATE_ENTITY")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "?done=signed");
		backends.verify();
	}

	@Test
	void aDayNoCalendarHasIsRefusedByThePortalNamingTheFieldAndNothingIsSent() {
		answer(API + "/organisations/" + SWALE_CVS, organisation(SWALE_CVS, "Swale CVS", "VCS", 2));
		backends.expect(never(), requestTo(API + "/signatures"));

		MvcTestResult refused = mvc.post()
			.uri(PAGE + "/" + SWALE_CVS + "/signatures")
			.with(as("kent", TenantRole.EDITOR))
			.param("signedOn.day", "30")
			.param("signedOn.month", "2")
			.param("signedOn.year", "2008")
			.param("principles", "true")
			.param("signedAs", "PARTNERSHIP")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("href=\"#signedOn\"", "Signed on: must be a real date", "value=\"30\"", "value=\"2008\"",
					"id=\"principles\" name=\"principles\" type=\"checkbox\" value=\"true\" checked");
		backends.verify();
	}

	@Test
	void theServicesRulesAboutWhatWasSignedAreShownOnTheForm() {
		answer(API + "/organisations/" + SWALE_CVS, organisation(SWALE_CVS, "Swale CVS", "VCS", 2));
		backends.expect(once(), requestTo(API + "/signatures"))
			.andExpect(jsonPath("$.principles").value(false))
			.andExpect(jsonPath("$.codes").isEmpty())
			.andExpect(jsonPath("$.signedAs").doesNotExist())
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("""
						{"type":"urn:compacts:problem:invalid-request","title":"Invalid request","status":400,
						 "detail":"The signature does not say what was signed in a way this compact knows.",
						 "errors":[{"field":"principles","reason":"a signature signs the principles, a code of practice, or both"},
						           {"field":"codes","reason":"a signature signs the principles, a code of practice, or both"},
						           {"field":"signedOn","reason":"must be a day from 1900-01-01 to today"}]}"""));

		MvcTestResult refused = mvc.post()
			.uri(PAGE + "/" + SWALE_CVS + "/signatures")
			.with(as("kent", TenantRole.EDITOR))
			.param("signedOn.day", "1")
			.param("signedOn.month", "4")
			.param("signedOn.year", "2999")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("href=\"#principles\"", "Principles: a signature signs the principles",
					"Signed on: must be a day from 1900-01-01 to today", "value=\"2999\"");
		backends.verify();
	}

	@Test
	void aSignatureIsWithdrawnAfterTheEditorConfirmsTheVersionTheySaw() {
		answer(API + "/signatures/" + SIGNATURE, signature(false));
		backends.expect(once(), requestTo(API + "/signatures/" + SIGNATURE + "/withdrawal"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(header("If-Match", "\"3\""))
			.andExpect(jsonPath("$.withdrawnOn").value("2012-03-31"))
			.andExpect(jsonPath("$.reason").value("Merged into Swale Community Action"))
			.andRespond(withStatus(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON).body(signature(true)));

		String withdrawal = PAGE + "/" + SWALE_CVS + "/signatures/" + SIGNATURE + "/withdrawal";
		assertThat(mvc.get().uri(withdrawal).with(as("kent", TenantRole.EDITOR))).bodyText()
			.contains("Withdraw this signature?", "the principles and the Consultation code", "1 April 2008",
					"name=\"version\" value=\"3\"", "govuk-button--warning");

		assertThat(mvc.post()
			.uri(withdrawal)
			.with(as("kent", TenantRole.EDITOR))
			.param("version", "3")
			.param("withdrawnOn.day", "31")
			.param("withdrawnOn.month", "3")
			.param("withdrawnOn.year", "2012")
			.param("reason", "Merged into Swale Community Action")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "?done=withdrawn");
		backends.verify();
	}

	@Test
	void aWithdrawalSomeoneMadeFirstIsShownAsItIsNow() {
		answer(API + "/signatures/" + SIGNATURE, signature(true));
		backends.expect(once(), requestTo(API + "/signatures/" + SIGNATURE + "/withdrawal"))
			.andRespond(withStatus(HttpStatus.PRECONDITION_FAILED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("""
						{"type":"urn:compacts:problem:stale-version","title":"Stale version","status":412,
						 "detail":"Someone changed this since the version you read; it is now at version 4.",
						 "errors":[{"field":"If-Match","reason":"is not the current version"}],"currentVersion":4}"""));

		MvcTestResult stale = mvc.post()
			.uri(PAGE + "/" + SWALE_CVS + "/signatures/" + SIGNATURE + "/withdrawal")
			.with(as("kent", TenantRole.EDITOR))
			.param("version", "3")
			.param("withdrawnOn.day", "1")
			.param("withdrawnOn.month", "4")
			.param("withdrawnOn.year", "2012")
			.exchange();

		assertThat(stale).hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(stale).bodyText()
			.contains("There is a problem", "31 March 2012", "data-test=\"withdrawn-already\"")
			.doesNotContain("data-test=\"withdrawal-form\"");
		backends.verify();
	}

	@Test
	void aWithdrawalBeforeTheSigningNamesTheDay() {
		answer(API + "/signatures/" + SIGNATURE, signature(false));
		backends.expect(once(), requestTo(API + "/signatures/" + SIGNATURE + "/withdrawal"))
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
					{"type":"urn:compacts:problem:invalid-request","title":"Invalid request","status":400,
					 "detail":"A signature cannot be withdrawn before it was signed.",
					 "errors":[{"field":"withdrawnOn","reason":"is before the signing on 2008-04-01"}]}"""));

		MvcTestResult refused = mvc.post()
			.uri(PAGE + "/" + SWALE_CVS + "/signatures/" + SIGNATURE + "/withdrawal")
			.with(as("kent", TenantRole.EDITOR))
			.param("version", "3")
			.param("withdrawnOn.day", "1")
			.param("withdrawnOn.month", "1")
			.param("withdrawnOn.year", "2001")
			.param("reason", "<i>why</i>")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("href=\"#withdrawnOn\"", "Withdrawn on: is before the signing on 2008-04-01", "value=\"2001\"",
					"&lt;i&gt;why&lt;/i&gt;");
		backends.verify();
	}

	@Test
	void aMemberWithoutTheEditorRoleIsRefusedBeforeTheServiceIsAsked() {
		backends.expect(never(), requestTo(API + "/organisations"));
		backends.expect(never(), requestTo(API + "/organisations/" + KCC));
		backends.expect(never(), requestTo(API + "/signatures"));
		backends.expect(never(), requestTo(API + "/signatures/" + SIGNATURE + "/withdrawal"));

		assertThat(mvc.post().uri(PAGE).with(as("kent", TenantRole.MEMBER)).param("name", "Swale CVS"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri(PAGE + "/" + KCC).with(as("kent", TenantRole.CHAMPION)).param("name", "KCC"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post()
			.uri(PAGE + "/" + SWALE_CVS + "/signatures")
			.with(as("kent", TenantRole.MEMBER))
			.param("principles", "true")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post()
			.uri(PAGE + "/" + SWALE_CVS + "/signatures/" + SIGNATURE + "/withdrawal")
			.with(as("kent", TenantRole.MEMBER))
			.param("version", "3")).hasStatus(HttpStatus.FORBIDDEN);
		backends.verify();
	}

	@Test
	void aMemberOfAnotherCompactGets404AndKentIsNeverAsked() {
		backends.expect(never(), requestTo(API + "/organisations"));
		backends.expect(never(), requestTo(API + "/signatures"));
		backends.expect(never(), requestTo(API + "/signatures/" + SIGNATURE + "/withdrawal"));

		assertThat(mvc.get().uri(PAGE).with(as("swale", TenantRole.TENANT_ADMIN))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri(PAGE).with(as("swale", TenantRole.EDITOR)).param("name", "Taken over"))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post()
			.uri(PAGE + "/" + SWALE_CVS + "/signatures/" + SIGNATURE + "/withdrawal")
			.with(as("swale", TenantRole.EDITOR))
			.param("version", "3")).hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	private void answer(String url, String json) {
		FakeServices.answer(backends, url, json);
	}

	private static String organisation(String id, String name, String sector, int version) {
		return """
				{"id":"%s","name":"%s","sector":"%s","contact":{"name":"Sarah Williams","email":"sarah@swalecvs.org.uk",
				 "phone":null},"version":%d}""".formatted(id, name, sector, version);
	}

	private static String signature(boolean withdrawn) {
		return """
				{"id":"%s","organisationId":"%s","organisationName":"Swale CVS","signedOn":"2008-04-01","principles":true,
				 "codes":["%s"],"signedAs":"PARTNERSHIP","withdrawn":%s,"withdrawnOn":%s,"withdrawalReason":null,
				 "version":%d}"""
			.formatted(SIGNATURE, SWALE_CVS, CODE, withdrawn, withdrawn ? "\"2012-03-31\"" : "null", withdrawn ? 4 : 3);
	}

}
