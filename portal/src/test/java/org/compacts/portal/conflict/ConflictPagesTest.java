package org.compacts.portal.conflict;

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
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/**
 * Swale's conflicts with Kent, rendered by the portal: compact-service and tenant-service
 * are answered at the HTTP boundary, and what the portal sends them is checked there.
 */
@Import(FakeServices.class)
@WebMvcTest(controllers = ConflictController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.compacts\\.portal\\.((backend|security|workspace|conflict)\\..*|site\\.Dates)"))
class ConflictPagesTest {

	static final String CODE = "11111111-1111-1111-1111-111111111111";

	static final String LIST = "/t/swale/workspace/conflicts";

	static final String PAGE = LIST + "/codes/" + CODE;

	static final String CONFLICT = COMPACTS + "/api/t/swale/codes/" + CODE + "/conflict";

	static final String RESOLUTION = CONFLICT + "/resolution";

	static final String BASE_AIM = "This code aims to promote volunteering in Kent.";

	static final String SWALE_AIM = "This code aims to grow volunteering in Swale's villages.";

	static final String KENT_AIM = "This code aims to make volunteering open to everyone in Kent.";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockRestServiceServer backends;

	@BeforeEach
	void tenantServiceAnswers() {
		backends.reset();
		answer(TENANTS + "/api/tenants", """
				[{"slug":"kent","name":"Kent Partners Compact","level":"COUNTY"},
				 {"slug":"swale","name":"Swale Compact","level":"DISTRICT","parentSlug":"kent"},
				 {"slug":"canterbury","name":"Canterbury Compact","level":"DISTRICT","parentSlug":"kent"}]""");
		answer(TENANTS + "/api/tenants/kent", """
				{"slug":"kent","name":"Kent Partners Compact","level":"COUNTY"}""");
		answer(TENANTS + "/api/tenants/swale", """
				{"slug":"swale","name":"Swale Compact","level":"DISTRICT","parentSlug":"kent"}""");
	}

	@Test
	void aMemberSeesTheDistrictsConflictsWithTheirFieldsAndVersions() {
		answer(COMPACTS + "/api/t/swale/conflicts", """
				[{"itemId":"%s","kind":"CODE","title":"Volunteering <script>alert('x')</script>","localVersion":3,
				  "sourceTenant":"kent","upstreamVersion":2,"fields":["aim","subCodes[Carers]"],
				  "since":"2027-05-01T10:00:00Z"}]""".formatted(CODE));

		MvcTestResult page = mvc.get().uri(LIST).with(as("swale", TenantRole.MEMBER)).exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("<h1 class=\"govuk-heading-xl\">Conflicts</h1>", "href=\"" + PAGE + "\"",
					"Volunteering &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "Version 3", "Version 2 of kent",
					"Aim, Sub-codes: Carers", "1 May 2027")
			.doesNotContain("<script>alert", "data-test=\"done\"");
		backends.verify();
	}

	@Test
	void afterAResolutionTheListSaysSoAndMayBeEmpty() {
		answer(COMPACTS + "/api/t/swale/conflicts", "[]");

		MvcTestResult page = mvc.get().uri(LIST + "?done=resolved").with(as("swale", TenantRole.EDITOR)).exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("govuk-notification-banner--success", "The conflict is resolved",
					"There are no conflicts to resolve.")
			.doesNotContain("data-test=\"conflicts\"");
	}

	@Test
	void aCompactWithoutAParentHasNoConflictsPage() {
		backends.expect(never(), requestTo(COMPACTS + "/api/t/kent/conflicts"));

		assertThat(mvc.get().uri("/t/kent/workspace/conflicts").with(as("kent", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/t/kent/workspace/conflicts/codes/" + CODE).with(as("kent", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	@Test
	void anEditorSeesBaseOursAndUpstreamSideBySideWithTheConflictMarkedAndOursToEdit() throws Exception {
		answer(CONFLICT, conflict(2, "ADAPTABLE", "Volunteering <script>alert('x')</script>"));

		MvcTestResult page = mvc.get().uri(PAGE).with(as("swale", TenantRole.EDITOR)).exchange();

		assertThat(page).hasStatusOk();
		String body = page.getResponse().getContentAsString();
		assertThat(body)
			.contains("data-test=\"side-by-side\"", "Base: version 1 of kent", "Ours: version 3",
					"Upstream: version 2 of kent", "data-test=\"resolution-form\"", "value=\"UPSTREAM\"",
					"value=\"LOCAL\"", "value=\"EDIT\"", "name=\"upstreamVersion\" value=\"2\"",
					"Conflict in Volunteering &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.doesNotContain("<script>alert", "data-test=\"read-only\"");
		String aim = row(body, "aim");
		assertThat(aim).contains("In conflict", "govuk-tag");
		assertThat(cell(aim, "base")).contains(BASE_AIM);
		assertThat(cell(aim, "ours")).contains("grow volunteering in Swale&#39;s villages.");
		assertThat(cell(aim, "upstream")).contains(KENT_AIM);
		assertThat(row(body, "vcsUndertakings")).doesNotContain("In conflict").contains("Changed upstream");
		assertThat(row(body, "subCodes")).contains("In conflict", "In conflict: Carers");
		String edit = body.substring(body.indexOf("id=\"conditional-take-edit\""));
		assertThat(edit).contains("id=\"content-aim\"", "name=\"content.aim\"",
				">This code aims to grow volunteering in Swale&#39;s villages.</textarea>",
				"name=\"content.subCodes[0].title\"", "value=\"Carers\"");
		backends.verify();
	}

	@Test
	void aMemberWhoIsNotAnEditorSeesTheComparisonWithoutTheForm() {
		answer(CONFLICT, conflict(2, "ADAPTABLE", "Volunteering"));

		MvcTestResult page = mvc.get().uri(PAGE).with(as("swale", TenantRole.MEMBER)).exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("data-test=\"side-by-side\"", KENT_AIM, "data-test=\"read-only\"")
			.doesNotContain("data-test=\"resolution-form\"", "name=\"take\"");
	}

	@Test
	void aMemberWhoPostsAnywayIsRefusedBeforeAnyServiceIsAsked() {
		backends.expect(never(), requestTo(CONFLICT));
		backends.expect(never(), requestTo(RESOLUTION));

		assertThat(mvc.post()
			.uri(PAGE)
			.with(as("swale", TenantRole.CHAMPION))
			.param("take", "UPSTREAM")
			.param("upstreamVersion", "2")).hasStatus(HttpStatus.FORBIDDEN);
		backends.verify();
	}

	@Test
	void takingUpstreamSendsTheChoiceAloneAndSaysItIsResolved() {
		answer(CONFLICT, conflict(2, "ADAPTABLE", "Volunteering"));
		backends.expect(once(), requestTo(RESOLUTION))
			.andExpect(method(HttpMethod.POST))
			.andExpect(jsonPath("$.take").value("UPSTREAM"))
			.andExpect(jsonPath("$.upstreamVersion").value(2))
			.andExpect(jsonPath("$.content").doesNotExist())
			.andRespond(withSuccess("""
					{"itemId":"%s","take":"UPSTREAM","upstreamVersion":2}""".formatted(CODE),
					MediaType.APPLICATION_JSON));

		assertThat(mvc.post()
			.uri(PAGE)
			.with(as("swale", TenantRole.EDITOR))
			.param("take", "UPSTREAM")
			.param("upstreamVersion", "2")
			.param("content.aim", "ignored unless editing")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(LIST + "?done=resolved");
		backends.verify();
	}

	@Test
	void anEditSendsTheWholeContentAsTyped() {
		answer(CONFLICT, conflict(2, "ADAPTABLE", "Volunteering"));
		backends.expect(once(), requestTo(RESOLUTION))
			.andExpect(method(HttpMethod.POST))
			.andExpect(jsonPath("$.take").value("EDIT"))
			.andExpect(jsonPath("$.content.title").value("Volunteering"))
			.andExpect(jsonPath("$.content.aim").value("Both: open to everyone in Swale and Kent."))
			.andExpect(jsonPath("$.content.mode").doesNotExist())
			.andExpect(jsonPath("$.content.vcsUndertakings.length()").value(2))
			.andExpect(jsonPath("$.content.vcsUndertakings[1]").value("Recruit volunteers"))
			.andExpect(jsonPath("$.content.subCodes.length()").value(1))
			.andExpect(jsonPath("$.content.subCodes[0].title").value("Carers"))
			.andExpect(jsonPath("$.content.measurableCommitments.length()").value(1))
			.andExpect(jsonPath("$.content.measurableCommitments[0].quantity").doesNotExist())
			.andRespond(withSuccess("""
					{"itemId":"%s","take":"EDIT","upstreamVersion":2}""".formatted(CODE), MediaType.APPLICATION_JSON));

		assertThat(mvc.post()
			.uri(PAGE)
			.with(as("swale", TenantRole.EDITOR))
			.param("take", "EDIT")
			.param("upstreamVersion", "2")
			.param("content.title", "Volunteering")
			.param("content.aim", "Both: open to everyone in Swale and Kent.")
			.param("content.vcsUndertakings", "Support and train volunteers\n\n  Recruit volunteers  \n")
			.param("content.subCodes[0].title", "Carers")
			.param("content.subCodes[0].text", "Carers volunteer too.")
			.param("content.subCodes[1].title", "")
			.param("content.subCodes[1].text", "")
			.param("content.measurableCommitments[0].name", "volunteers' expenses paid")
			.param("content.measurableCommitments[0].kind", "PRACTICE")
			.param("content.measurableCommitments[1].name", "")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(LIST + "?done=resolved");
		backends.verify();
	}

	@Test
	void aRefusedEditNamesTheFieldAndKeepsWhatWasTypedEscaped() {
		answer(CONFLICT, conflict(2, "ADAPTABLE", "Volunteering"));
		backends.expect(once(), requestTo(RESOLUTION))
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
					{"type":"urn:compacts:problem:invalid-request","title":"Invalid request","status":400,
					 "detail":"The request has fields that are not valid.",
					 "errors":[{"field":"content.aim","reason":"must not be blank"}]}"""));

		MvcTestResult refused = mvc.post()
			.uri(PAGE)
			.with(as("swale", TenantRole.EDITOR))
			.param("take", "EDIT")
			.param("upstreamVersion", "2")
			.param("content.title", "<script>alert('x')</script>")
			.param("content.aim", " ")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("There is a problem", "href=\"#content-aim\"", "Aim: must not be blank",
					"id=\"content-aim-error\"", "govuk-form-group--error",
					"value=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\"",
					"<title>Error: Conflict in Volunteering", "aria-describedby=\"take-edit-hint\" checked=\"checked\"")
			.doesNotContain("<script>alert");
		backends.verify();
	}

	@Test
	void noChoiceIsRefusedByTheServiceNamingTheChoice() {
		answer(CONFLICT, conflict(2, "ADAPTABLE", "Volunteering"));
		backends.expect(once(), requestTo(RESOLUTION))
			.andExpect(jsonPath("$.take").value((Object) null))
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
					{"title":"Invalid request","status":400,"detail":"The request has fields that are not valid.",
					 "errors":[{"field":"take","reason":"must not be null"}]}"""));

		MvcTestResult refused = mvc.post()
			.uri(PAGE)
			.with(as("swale", TenantRole.EDITOR))
			.param("upstreamVersion", "2")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText().contains("href=\"#take\"", "Take: must not be null", "id=\"take-error\"");
		backends.verify();
	}

	@Test
	void keepingOursOnACoreItemIsRefusedWith409NamingTheChoice() {
		answer(CONFLICT, conflict(2, "CORE", "Volunteering"));
		backends.expect(once(), requestTo(RESOLUTION))
			.andExpect(jsonPath("$.take").value("LOCAL"))
			.andRespond(withStatus(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("""
						{"title":"Not allowed","status":409,
						 "detail":"the upstream version is a core item of kent: it cannot be amended locally; take UPSTREAM",
						 "errors":[{"field":"take","reason":"the upstream version is a core item of kent: it cannot be amended locally; take UPSTREAM"}]}"""));

		MvcTestResult refused = mvc.post()
			.uri(PAGE)
			.with(as("swale", TenantRole.EDITOR))
			.param("take", "LOCAL")
			.param("upstreamVersion", "2")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		assertThat(refused).bodyText()
			.contains("href=\"#take\"", "Take: the upstream version is a core item of kent",
					"</span> made this item core", "value=\"LOCAL\" checked=\"checked\"")
			.doesNotContain("data-test=\"moved\"");
		backends.verify();
	}

	@Test
	void whenUpstreamMovedSinceThePageWasReadNothingIsResolvedAndThePageSaysSo() {
		answer(CONFLICT, conflict(3, "ADAPTABLE", "Volunteering"));
		backends.expect(never(), requestTo(RESOLUTION));

		MvcTestResult moved = mvc.post()
			.uri(PAGE)
			.with(as("swale", TenantRole.EDITOR))
			.param("take", "EDIT")
			.param("upstreamVersion", "2")
			.param("content.title", "Volunteering")
			.param("content.aim", "My merged aim.")
			.exchange();

		assertThat(moved).hasStatus(HttpStatus.CONFLICT);
		assertThat(moved).bodyText()
			.contains("data-test=\"moved\"", "kent published version 3 since you read this page",
					"Upstream: version 3 of kent", "name=\"upstreamVersion\" value=\"3\"", ">My merged aim.</textarea>",
					"aria-describedby=\"take-edit-hint\" checked=\"checked\"");
		backends.verify();
	}

	@Test
	void whenUpstreamMovesBetweenThePortalsCheckAndTheServicesThePageSaysSoToo() {
		backends.expect(once(), requestTo(CONFLICT))
			.andRespond(withSuccess(conflict(2, "ADAPTABLE", "Volunteering"), MediaType.APPLICATION_JSON));
		backends.expect(once(), requestTo(RESOLUTION))
			.andExpect(method(HttpMethod.POST))
			.andExpect(jsonPath("$.upstreamVersion").value(2))
			.andRespond(withStatus(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("""
						{"type":"urn:compacts:problem:stale-version","title":"Upstream moved","status":409,
						 "errors":[{"field":"upstreamVersion","reason":"upstream is now at version 3, not 2: read the conflict again"}]}"""));
		backends.expect(once(), requestTo(CONFLICT))
			.andRespond(withSuccess(conflict(3, "ADAPTABLE", "Volunteering"), MediaType.APPLICATION_JSON));

		MvcTestResult moved = mvc.post()
			.uri(PAGE)
			.with(as("swale", TenantRole.EDITOR))
			.param("take", "LOCAL")
			.param("upstreamVersion", "2")
			.exchange();

		assertThat(moved).hasStatus(HttpStatus.CONFLICT);
		assertThat(moved).bodyText()
			.contains("data-test=\"moved\"", "kent published version 3 since you read this page",
					"name=\"upstreamVersion\" value=\"3\"", "value=\"LOCAL\" checked=\"checked\"");
		backends.verify();
	}

	@Test
	void anotherCompactsMemberGets404AndSwaleIsNeverAsked() {
		backends.expect(never(), requestTo(COMPACTS + "/api/t/swale/conflicts"));
		backends.expect(never(), requestTo(CONFLICT));
		backends.expect(never(), requestTo(RESOLUTION));

		assertThat(mvc.get().uri(LIST).with(as("canterbury", TenantRole.EDITOR))).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.doesNotContain("Volunteering");
		assertThat(mvc.get().uri(PAGE).with(as("canterbury", TenantRole.EDITOR))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post()
			.uri(PAGE)
			.with(as("canterbury", TenantRole.EDITOR))
			.param("take", "UPSTREAM")
			.param("upstreamVersion", "2")).hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	private void answer(String url, String json) {
		FakeServices.answer(backends, url, json);
	}

	/** The table row of one field. */
	private static String row(String page, String field) {
		String row = page.substring(page.indexOf("data-test=\"row-" + field + "\""));
		return row.substring(0, row.indexOf("</tr>"));
	}

	/** One side's cell of a row. */
	private static String cell(String row, String side) {
		String cell = row.substring(row.indexOf("data-test=\"" + side + "\""));
		return cell.substring(0, cell.indexOf("</td>"));
	}

	private static String conflict(int upstreamVersion, String upstreamMode, String localTitle) {
		return """
				{"itemId":"%s","kind":"CODE","sourceTenant":"kent","sourceItemId":"22222222-2222-2222-2222-222222222222",
				 "baseVersion":1,"base":%s,"localVersion":3,"local":%s,"upstreamVersion":%d,"upstreamMode":"%s",
				 "upstreamRetired":false,"upstream":%s,"fields":["aim","subCodes[Carers]"],"since":"2027-05-01T10:00:00Z"}"""
			.formatted(CODE, code("Volunteering", BASE_AIM, "Carers are supported.", "Support and train volunteers"),
					code(localTitle, SWALE_AIM, "Carers in Swale are supported.", "Support and train volunteers"),
					upstreamVersion, upstreamMode,
					code("Volunteering", KENT_AIM, "Carers are thanked.", "Recruit volunteers"));
	}

	private static String code(String title, String aim, String carers, String undertaking) {
		return """
				{"title":"%s","whyItMatters":"Volunteers are at the heart of the VCS.","aim":"%s",
				 "vcsUndertakings":["%s"],"publicSectorUndertakings":[],"allPartnersCommitments":[],"caseStudies":[],
				 "subCodes":[{"title":"Carers","text":"%s"}],
				 "measurableCommitments":[{"name":"volunteers' expenses paid","kind":"PRACTICE"}]}""".formatted(title,
				aim, undertaking, carers);
	}

}
