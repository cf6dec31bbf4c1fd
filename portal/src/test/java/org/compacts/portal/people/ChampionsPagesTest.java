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
 * The workspace's Compact Champions pages: who serves and who stood down, a champion
 * appointed, and one standing down once confirmed.
 */
@Import(FakeServices.class)
@WebMvcTest(controllers = ChampionsController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.compacts\\.portal\\.((backend|security|workspace|people)\\..*|site\\.Dates)"))
class ChampionsPagesTest {

	static final String ALEX = "7a2e3f4b-0000-4000-8000-000000000001";

	static final String SAM = "7a2e3f4b-0000-4000-8000-000000000002";

	static final String SWALE_CVS = "6f1d2b3a-0000-4000-8000-000000000001";

	static final String PAGE = "/t/kent/workspace/champions";

	static final String API = COMPACTS + "/api/t/kent/champions";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockRestServiceServer backends;

	@BeforeEach
	void servicesAnswer() {
		FakeServices.kentAndSwale(backends);
		answer(COMPACTS + "/api/t/kent/organisations", """
				[{"id":"%s","name":"Swale CVS <b>bold</b>","sector":"VCS","contact":null,"version":1}]"""
			.formatted(SWALE_CVS));
	}

	@Test
	void servingAndStoodDownChampionsAreShownAndOnlyEditorsGetControls() {
		answer(API, "[" + champion(ALEX, "alex.champion", null, 2) + ","
				+ champion(SAM, "sam.<script>x</script>", "2010-05-01", 3) + "]");

		MvcTestResult editors = mvc.get().uri(PAGE).with(as("kent", TenantRole.EDITOR)).exchange();
		assertThat(editors).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<h1 class=\"govuk-heading-xl\">Compact Champions</h1>", "alex.champion", "1 May 2008",
					"Stood down", "1 May 2010", "sam.&lt;script&gt;x&lt;/script&gt;", "data-test=\"new-champion\"",
					"href=\"/t/kent/workspace/champions/" + ALEX + "/stand-down\"")
			.doesNotContain("<script>x", "/champions/" + SAM + "/stand-down");

		MvcTestResult members = mvc.get().uri(PAGE).with(as("kent", TenantRole.CHAMPION)).exchange();
		assertThat(members).bodyText()
			.contains("alex.champion")
			.doesNotContain("data-test=\"new-champion\"", "data-test=\"stand-down\"");
	}

	@Test
	void eachChampionsTrainingAttendedIsShownEscapedAndNoneSaysSo() {
		String trained = champion(ALEX, "alex.champion", null, 2).replace("\"version\":2", """
				"training":[{"meetingId":"0bda0000-0000-4000-8000-000000000009","title":"Compact <i>refresh</i>",
				 "heldOn":"2010-02-22","kind":"CHAMPIONS_SESSION","kindLabel":"Champions session"}],"version":2""");
		answer(API, "[" + trained + "," + champion(SAM, "sam.editor", null, 3) + "]");

		assertThat(mvc.get().uri(PAGE).with(as("kent", TenantRole.MEMBER))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("Training attended", "Champions session: Compact &lt;i&gt;refresh&lt;/i&gt;",
					"datetime=\"2010-02-22\"", "22 February 2010", "None recorded")
			.containsSubsequence("alex.champion", "Champions session", "sam.editor", "None recorded")
			.doesNotContain("<i>refresh</i>");
	}

	@Test
	void aChampionIsAppointedForAnOrganisationOnADay() {
		backends.expect(once(), requestTo(API))
			.andExpect(method(HttpMethod.POST))
			.andExpect(jsonPath("$.username").value("alex.champion"))
			.andExpect(jsonPath("$.organisationId").value(SWALE_CVS))
			.andExpect(jsonPath("$.nominatedOn").value("2008-05-01"))
			.andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
				.body(champion(ALEX, "alex.champion", null, 0)));

		assertThat(mvc.get().uri(PAGE + "/new").with(as("kent", TenantRole.EDITOR))).bodyText()
			.contains("Appoint a champion", "Swale CVS &lt;b&gt;bold&lt;/b&gt;", "name=\"nominatedOn.year\"");

		assertThat(mvc.post()
			.uri(PAGE)
			.with(as("kent", TenantRole.EDITOR))
			.param("username", "alex.champion")
			.param("organisationId", SWALE_CVS)
			.param("nominatedOn.day", "01")
			.param("nominatedOn.month", "5")
			.param("nominatedOn.year", "2008")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "?done=appointed");
		backends.verify();
	}

	@Test
	void aSecondActiveNominationIsAConflictThatNamesTheUsername() {
		backends.expect(once(), requestTo(API))
			.andRespond(withStatus(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("""
						{"type":"urn:compacts:problem:conflict","title":"Conflict","status":409,
						 "detail":"This person already champions that organisation; they stand down before a new nomination.",
						 "errors":[{"field":"username","reason":"already champions this organisation"}]}"""));

		MvcTestResult refused = mvc.post()
			.uri(PAGE)
			.with(as("kent", TenantRole.EDITOR))
			.param("username", "alex.champion")
			.param("organisationId", SWALE_CVS)
			.param("nominatedOn.day", "1")
			.param("nominatedOn.month", "5")
			.param("nominatedOn.year", "2008")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		assertThat(refused).bodyText()
			.contains("<title>Error: Appoint a champion", "href=\"#username\"",
					"Username: already champions this organisation", "value=\"alex.champion\"", "selected")
			.contains("value=\"1\"", "value=\"5\"", "value=\"2008\"");
		backends.verify();
	}

	@Test
	void aRefusalNamesTheFieldsAndKeepsWhatWasTypedEscaped() {
		backends.expect(once(), requestTo(API))
			.andExpect(jsonPath("$.organisationId").doesNotExist())
			.andExpect(jsonPath("$.nominatedOn").doesNotExist())
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("""
						{"type":"urn:compacts:problem:invalid-request","title":"Invalid request","status":400,
						 "detail":"The request has fields that are not valid.",
						 "errors":[{"field":"username","reason":"may hold only lowercase letters, digits, '.', '-' and '_'"},
						           {"field":"organisationId","reason":"must not be null"},
						           {"field":"nominatedOn","reason":"must not be null"}]}"""));

		MvcTestResult refused = mvc.post()
			.uri(PAGE)
			.with(as("kent", TenantRole.EDITOR))
			.param("username", "<script>alert('x')</script>")
			.param("organisationId", "")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("href=\"#organisationId\"", "Organisation id: must not be null", "href=\"#nominatedOn\"",
					"Nominated on: must not be null", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.doesNotContain("<script>alert");
		backends.verify();
	}

	@Test
	void aYearOfTwoDigitsIsRefusedByThePortalAndNothingIsSent() {
		backends.expect(never(), requestTo(API));

		MvcTestResult refused = mvc.post()
			.uri(PAGE)
			.with(as("kent", TenantRole.EDITOR))
			.param("username", "alex.champion")
			.param("organisationId", SWALE_CVS)
			.param("nominatedOn.day", "1")
			.param("nominatedOn.month", "5")
			.param("nominatedOn.year", "08")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("href=\"#nominatedOn\"", "Nominated on: must be a real date, in numbers", "value=\"08\"");
		backends.verify();
	}

	@Test
	void aDayWithPartsMissingIsRefusedByThePortalAndNothingIsSent() {
		backends.expect(never(), requestTo(API));

		MvcTestResult refused = mvc.post()
			.uri(PAGE)
			.with(as("kent", TenantRole.EDITOR))
			.param("username", "alex.champion")
			.param("organisationId", SWALE_CVS)
			.param("nominatedOn.day", "1")
			.param("nominatedOn.month", "May")
			.param("nominatedOn.year", "2008")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("href=\"#nominatedOn\"", "Nominated on: must be a real date", "value=\"May\"");
		backends.verify();
	}

	@Test
	void aChampionStandsDownAfterTheEditorConfirmsTheVersionTheySaw() {
		answer(API + "/" + ALEX, champion(ALEX, "alex.champion", null, 2));
		backends.expect(once(), requestTo(API + "/" + ALEX + "/stand-down"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(header("If-Match", "\"2\""))
			.andExpect(jsonPath("$.stoodDownOn").value("2010-05-01"))
			.andRespond(withStatus(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON)
				.body(champion(ALEX, "alex.champion", "2010-05-01", 3)));

		assertThat(mvc.get().uri(PAGE + "/" + ALEX + "/stand-down").with(as("kent", TenantRole.EDITOR))).bodyText()
			.contains("<span>alex.champion</span> stands down?", "name=\"version\" value=\"2\"",
					"govuk-button--warning", "name=\"stoodDownOn.day\"");

		assertThat(mvc.post()
			.uri(PAGE + "/" + ALEX + "/stand-down")
			.with(as("kent", TenantRole.EDITOR))
			.param("version", "2")
			.param("stoodDownOn.day", "1")
			.param("stoodDownOn.month", "5")
			.param("stoodDownOn.year", "2010")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "?done=stood-down");
		backends.verify();
	}

	@Test
	void standingDownBeforeTheNominationNamesTheDay() {
		answer(API + "/" + ALEX, champion(ALEX, "alex.champion", null, 2));
		backends.expect(once(), requestTo(API + "/" + ALEX + "/stand-down"))
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
					{"type":"urn:compacts:problem:invalid-request","title":"Invalid request","status":400,
					 "detail":"A champion cannot stand down before they were nominated.",
					 "errors":[{"field":"stoodDownOn","reason":"is before the nomination on 2008-05-01"}]}"""));

		MvcTestResult refused = mvc.post()
			.uri(PAGE + "/" + ALEX + "/stand-down")
			.with(as("kent", TenantRole.EDITOR))
			.param("version", "2")
			.param("stoodDownOn.day", "1")
			.param("stoodDownOn.month", "1")
			.param("stoodDownOn.year", "2007")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("<title>Error: alex.champion stands down", "href=\"#stoodDownOn\"",
					"Stood down on: is before the nomination on 2008-05-01", "value=\"2007\"");
		backends.verify();
	}

	@Test
	void aStandingDownSomeoneRecordedFirstIsShownAsItIsNow() {
		answer(API + "/" + ALEX, champion(ALEX, "alex.champion", "2010-04-30", 3));
		backends.expect(once(), requestTo(API + "/" + ALEX + "/stand-down"))
			.andExpect(header("If-Match", "\"2\""))
			.andRespond(withStatus(HttpStatus.PRECONDITION_FAILED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("""
						{"type":"urn:compacts:problem:stale-version","title":"Stale version","status":412,
						 "detail":"Someone changed this since the version you read; it is now at version 3.",
						 "errors":[{"field":"If-Match","reason":"is not the current version"}],"currentVersion":3}"""));

		MvcTestResult stale = mvc.post()
			.uri(PAGE + "/" + ALEX + "/stand-down")
			.with(as("kent", TenantRole.EDITOR))
			.param("version", "2")
			.param("stoodDownOn.day", "1")
			.param("stoodDownOn.month", "5")
			.param("stoodDownOn.year", "2010")
			.exchange();

		assertThat(stale).hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(stale).bodyText()
			.contains("There is a problem", "data-test=\"stood-down-already\"", "30 April 2010")
			.doesNotContain("data-test=\"stand-down-form\"");
		backends.verify();
	}

	@Test
	void aMemberWithoutTheEditorRoleIsRefusedBeforeTheServiceIsAsked() {
		backends.expect(never(), requestTo(API));
		backends.expect(never(), requestTo(API + "/" + ALEX + "/stand-down"));

		assertThat(mvc.post().uri(PAGE).with(as("kent", TenantRole.CHAMPION)).param("username", "me"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri(PAGE + "/" + ALEX + "/stand-down").with(as("kent", TenantRole.MEMBER)))
			.hasStatus(HttpStatus.FORBIDDEN);
		backends.verify();
	}

	@Test
	void aMemberOfAnotherCompactGets404AndKentIsNeverAsked() {
		backends.expect(never(), requestTo(API));
		backends.expect(never(), requestTo(API + "/" + ALEX + "/stand-down"));

		assertThat(mvc.get().uri(PAGE).with(as("swale", TenantRole.TENANT_ADMIN))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri(PAGE).with(as("swale", TenantRole.EDITOR)).param("username", "me"))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri(PAGE + "/" + ALEX + "/stand-down").with(as("swale", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	private void answer(String url, String json) {
		FakeServices.answer(backends, url, json);
	}

	private static String champion(String id, String username, String stoodDownOn, int version) {
		return """
				{"id":"%s","username":"%s","organisationId":"%s","organisationName":"Swale CVS",
				 "nominatedOn":"2008-05-01","stoodDownOn":%s,"active":%s,"version":%d}""".formatted(id, username,
				SWALE_CVS, stoodDownOn == null ? "null" : "\"" + stoodDownOn + "\"", stoodDownOn == null, version);
	}

}
