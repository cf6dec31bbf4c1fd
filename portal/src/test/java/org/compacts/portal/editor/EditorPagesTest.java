package org.compacts.portal.editor;

import org.compacts.portal.FakeServices;
import org.compacts.servicekit.security.TenantRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.portal.FakeServices.COMPACTS;
import static org.compacts.portal.FakeServices.SYNC;
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
 * The editor's pages, rendered by the portal; compact-service and tenant-service are
 * answered at the HTTP boundary, and what the portal sends them is checked there.
 */
@Import(FakeServices.class)
@WebMvcTest(controllers = { EditorController.class, DashboardController.class }, includeFilters = @ComponentScan.Filter(
		type = FilterType.REGEX,
		pattern = "org\\.compacts\\.portal\\.((backend|editor|security|workspace)\\..*|site\\.(Dates|Reads|CompactSites|RecentChanges)\\b.*)"))
class EditorPagesTest {

	static final String CODE = "11111111-1111-1111-1111-111111111111";

	static final String PAGE = "/t/kent/workspace/codes/" + CODE;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockRestServiceServer backends;

	@BeforeEach
	void tenantServiceAnswers() {
		FakeServices.kentAndSwale(backends);
	}

	@Test
	void anEditorIsOfferedToCreateAndAMemberIsNot() throws Exception {
		answer(COMPACTS + "/api/t/kent/principles", "[]");
		answer(COMPACTS + "/api/t/kent/codes", "[" + code(3, "DRAFT", "ADAPTABLE") + "]");

		String editors = mvc.get()
			.uri("/t/kent/workspace/items")
			.with(as("kent", TenantRole.EDITOR))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(editors).contains("data-test=\"new-code\"", "Consultation", "Draft");

		String members = mvc.get()
			.uri("/t/kent/workspace/items")
			.with(as("kent", TenantRole.MEMBER))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(members).contains("Consultation").doesNotContain("data-test=\"new-code\"");
	}

	@Test
	void aMemberOfAnotherCompactGets404AndKentIsNeverAsked() {
		backends.expect(never(), requestTo(COMPACTS + "/api/t/kent/codes/" + CODE));

		assertThat(mvc.get().uri(PAGE).with(as("swale", TenantRole.TENANT_ADMIN))).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.doesNotContain("Consultation");
		assertThat(mvc.post().uri(PAGE).with(as("swale", TenantRole.TENANT_ADMIN)).param("title", "Taken over"))
			.hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	@Test
	void aNewCodeIsSentWithEveryFieldAndBlankRowsLeftOut() {
		backends.expect(once(), requestTo(COMPACTS + "/api/t/kent/codes"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(jsonPath("$.title").value("Volunteering"))
			.andExpect(jsonPath("$.mode").value("CORE"))
			.andExpect(jsonPath("$.startedFrom").doesNotExist())
			.andExpect(jsonPath("$.vcsUndertakings.length()").value(2))
			.andExpect(jsonPath("$.vcsUndertakings[1]").value("Publish opportunities."))
			.andExpect(jsonPath("$.caseStudies.length()").value(2))
			.andExpect(jsonPath("$.subCodes.length()").value(1))
			.andExpect(jsonPath("$.subCodes[0].title").value("Young volunteers"))
			.andExpect(jsonPath("$.measurableCommitments.length()").value(2))
			.andExpect(jsonPath("$.measurableCommitments[0].quantity.amount").value(12))
			.andExpect(jsonPath("$.measurableCommitments[1].quantity").doesNotExist())
			.andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
				.body(code(1, "DRAFT", "CORE")));

		MvcTestResult created = mvc.post()
			.uri("/t/kent/workspace/codes")
			.with(as("kent", TenantRole.EDITOR))
			.param("title", "Volunteering")
			.param("aim", "More volunteers.")
			.param("mode", "CORE")
			.param("vcsUndertakings", "Recruit volunteers.\n\n  Publish opportunities.  \n")
			.param("caseStudies", "Sittingbourne's fair.\n\nSheppey's\nvolunteer week.")
			.param("subCodes[0].title", "Young volunteers")
			.param("subCodes[0].text", "Under 18s.")
			.param("subCodes[1].title", "")
			.param("subCodes[1].text", "")
			.param("measurableCommitments[0].name", "response time")
			.param("measurableCommitments[0].kind", "MAXIMUM")
			.param("measurableCommitments[0].amount", "12")
			.param("measurableCommitments[0].unit", "days")
			.param("measurableCommitments[1].name", "thank volunteers")
			.param("measurableCommitments[1].kind", "PRACTICE")
			.param("measurableCommitments[2].name", "")
			.exchange();

		assertThat(created).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo(PAGE + "?done=created");
		backends.verify();
	}

	@Test
	void aRefusalNamesTheFieldAndKeepsWhatWasTypedEscaped() {
		backends.expect(once(), requestTo(COMPACTS + "/api/t/kent/codes"))
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("""
						{"type":"urn:compacts:problem:invalid-request","title":"Invalid request","status":400,
						 "detail":"The request has fields that are not valid.",
						 "errors":[{"field":"aim","reason":"must not be blank"},{"field":"title","reason":"size must be between 0 and 200"}]}"""));

		MvcTestResult refused = mvc.post()
			.uri("/t/kent/workspace/codes")
			.with(as("kent", TenantRole.EDITOR))
			.param("title", "<script>alert('x')</script>")
			.param("aim", "")
			.param("whyItMatters", "Because <b>it does</b>.")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("There is a problem", "href=\"#aim\"", "Aim: must not be blank", "Title: size must be between",
					"govuk-form-group--error", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
					"Because &lt;b&gt;it does&lt;/b&gt;.", "<title>Error: Create a code of practice")
			.doesNotContain("<script>alert");
		backends.verify();
	}

	@Test
	void anAmountThatIsNotANumberIsRefusedBeforeTheServiceIsAsked() {
		backends.expect(never(), requestTo(COMPACTS + "/api/t/kent/codes"));

		MvcTestResult refused = mvc.post()
			.uri("/t/kent/workspace/codes")
			.with(as("kent", TenantRole.EDITOR))
			.param("title", "Volunteering")
			.param("measurableCommitments[0].name", "response time")
			.param("measurableCommitments[0].kind", "MAXIMUM")
			.param("measurableCommitments[0].amount", "twelve")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("href=\"#measurableCommitments\"", "must be a whole number", "value=\"twelve\"");
		backends.verify();
	}

	@Test
	void aStaleSaveShowsWhatChangedMeanwhileAndKeepsWhatWasTyped() {
		backends.expect(once(), requestTo(COMPACTS + "/api/t/kent/codes/" + CODE))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(jsonPath("$.startedFrom").value(2))
			.andRespond(withStatus(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
					{"type":"urn:compacts:problem:conflict","title":"Changed meanwhile","status":409,
					 "detail":"stale: started from v2, current is v3"}"""));
		answer(COMPACTS + "/api/t/kent/codes/" + CODE, code(3, "DRAFT", "ADAPTABLE"));
		answer(COMPACTS + "/api/t/kent/codes/" + CODE + "/diff?from=2&to=3", """
				{"diff":{"from":2,"to":3,"changes":[{"field":"Aim","kind":"CHANGED","before":"Better consultation.",
				  "after":"Consultation for all.","wordChanges":[{"kind":"REMOVED","words":"Better consultation."},
				  {"kind":"ADDED","words":"Consultation for all."}]}]},"text":""}""");

		MvcTestResult stale = mvc.post()
			.uri(PAGE)
			.with(as("kent", TenantRole.EDITOR))
			.param("startedFrom", "2")
			.param("title", "Consultation")
			.param("aim", "My own better aim.")
			.exchange();

		assertThat(stale).hasStatus(HttpStatus.CONFLICT);
		assertThat(stale).bodyText()
			.contains("Someone saved version 3 while you were editing", "Consultation for all.", "My own better aim.",
					"name=\"startedFrom\" value=\"3\"");
		backends.verify();
	}

	@Test
	void publishingAnAdaptableDraftAsCoreSavesTheModeThenPublishesThatVersion() {
		answer(COMPACTS + "/api/t/kent/codes/" + CODE, code(3, "DRAFT", "ADAPTABLE"));
		backends.expect(once(), requestTo(COMPACTS + "/api/t/kent/codes/" + CODE))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(jsonPath("$.mode").value("CORE"))
			.andExpect(jsonPath("$.startedFrom").value(3))
			.andExpect(jsonPath("$.aim").value("Better consultation."))
			.andRespond(withSuccess(code(4, "DRAFT", "CORE"), MediaType.APPLICATION_JSON));
		backends.expect(once(), requestTo(COMPACTS + "/api/t/kent/codes/" + CODE + "/versions/4/publication"))
			.andExpect(method(HttpMethod.POST))
			.andRespond(withSuccess(code(4, "PUBLISHED", "CORE"), MediaType.APPLICATION_JSON));

		assertThat(mvc.post()
			.uri(PAGE + "/versions/3/publication")
			.with(as("kent", TenantRole.EDITOR))
			.param("mode", "CORE")).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo(PAGE + "?done=publication");
		backends.verify();
	}

	@Test
	void aMemberWhoPostsAMoveAnywayIsRefusedByTheServiceAndNothingMoves() {
		backends.expect(once(), requestTo(COMPACTS + "/api/t/kent/codes/" + CODE + "/versions/3/retirement"))
			.andRespond(withStatus(HttpStatus.FORBIDDEN));
		answer(COMPACTS + "/api/t/kent/codes/" + CODE, code(3, "PUBLISHED", "CORE"));
		answer(COMPACTS + "/api/t/kent/codes/" + CODE + "/versions", "[" + version(3, "PUBLISHED") + "]");

		MvcTestResult refused = mvc.post()
			.uri(PAGE + "/versions/3/retirement")
			.with(as("kent", TenantRole.MEMBER))
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(refused).bodyText().contains("You may not make this change.").doesNotContain("data-test=\"retire\"");
		backends.verify();
	}

	@Test
	void twoVersionsAreShownSideBySide() throws Exception {
		answer(COMPACTS + "/api/t/kent/codes/" + CODE, code(3, "DRAFT", "ADAPTABLE"));
		answer(COMPACTS + "/api/t/kent/codes/" + CODE + "/versions",
				"[" + version(1, "SUPERSEDED") + "," + version(2, "PUBLISHED") + "," + version(3, "DRAFT") + "]");
		answer(COMPACTS + "/api/t/kent/codes/" + CODE + "/diff?from=1&to=3",
				"""
						{"diff":{"from":1,"to":3,"changes":[{"field":"Aim","kind":"CHANGED","before":"Consultation.",
						  "after":"Better consultation.","wordChanges":[{"kind":"ADDED","words":"Better"},
						  {"kind":"REMOVED","words":"Consultation."},{"kind":"ADDED","words":"consultation."}]}]},"text":""}""");

		String page = mvc.get()
			.uri(PAGE + "/compare?from=1&to=3")
			.with(as("kent", TenantRole.MEMBER))
			.exchange()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Version 1 and version 3 side by side", "data-test=\"side-by-side\"");
		String before = page.substring(page.indexOf("data-test=\"before\""), page.indexOf("data-test=\"after\""));
		assertThat(before).contains("<del>").contains("Consultation.").doesNotContain("<ins>");
		String after = page.substring(page.indexOf("data-test=\"after\""));
		assertThat(after.substring(0, after.indexOf("</td>"))).contains("<ins>", "Better", "consultation.")
			.doesNotContain("<del>");
		backends.verify();
	}

	private void answer(String url, String json) {
		FakeServices.answer(backends, url, json);
	}

	static final String OTHER = "33333333-3333-3333-3333-333333333333";

	@Test
	void aDistrictsDashboardLeadsFromEachConflictToItsResolution() {
		String kentCode = "44444444-4444-4444-4444-444444444444";
		answer(TENANTS + "/api/tenants/swale", """
				{"slug":"swale","name":"Swale Compact","level":"DISTRICT","parentSlug":"kent"}""");
		answer(COMPACTS + "/api/t/swale/principles", "[]");
		answer(COMPACTS + "/api/t/swale/codes", "[" + code(2, "PUBLISHED", "ADAPTABLE").replace("\"content\"",
				"\"adoptedFrom\":{\"tenant\":\"kent\",\"itemId\":\"" + kentCode + "\",\"version\":3},\"content\"")
				+ "]");
		answer(COMPACTS + "/api/t/swale/document", "{}");
		answer(COMPACTS + "/api/t/swale/document/sections", "[]");
		answer(COMPACTS + "/api/t/swale/codes/" + CODE + "/versions", "[" + version(2, "PUBLISHED") + "]");
		answer(SYNC + "/api/t/swale/sync",
				"""
						{"items":[{"sourceTenant":"kent","itemId":"%s","kind":"CODE","state":"CONFLICT","detail":"fields: aim"}]}"""
					.formatted(kentCode));

		assertThat(mvc.get().uri("/t/swale/workspace").with(as("swale", TenantRole.EDITOR))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("Conflicts with the compact we follow (1)",
					"href=\"/t/swale/workspace/conflicts/codes/" + CODE + "\"", "data-test=\"all-conflicts\"",
					"data-test=\"recent-changes\"", "12 March 2027", "Code of practice published, version 2",
					"href=\"/t/swale/codes/" + CODE + "\"",
					// every page of the workspace, in its groups, one a district's editor
					// may use
					"data-test=\"all-pages\"", "<h3 class=\"govuk-heading-s\">Plans and funding</h3>",
					"href=\"/t/swale/workspace/steering-group\"", "href=\"/t/swale/workspace/conflicts\"",
					// the dashboard is the page, and its group has no pages under it
					"aria-current=\"page\"")
			.doesNotContain("href=\"/t/swale/workspace/rollup\"", "href=\"/t/swale/workspace/members\"",
					"data-test=\"group-pages\"");
	}

	@Test
	void anEditorMovesACodeUpAndTheWholeOrderIsSent() {
		answer(COMPACTS + "/api/t/kent/codes",
				"[" + code(3, "PUBLISHED", "CORE") + "," + code(1, "PUBLISHED", "CORE").replace(CODE, OTHER) + "]");
		backends.expect(once(), requestTo(COMPACTS + "/api/t/kent/codes/order"))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(jsonPath("$.ids.length()").value(2))
			.andExpect(jsonPath("$.ids[0]").value(OTHER))
			.andExpect(jsonPath("$.ids[1]").value(CODE))
			.andRespond(withSuccess("[]", MediaType.APPLICATION_JSON));

		assertThat(mvc.post()
			.uri("/t/kent/workspace/codes/" + OTHER + "/position")
			.with(as("kent", TenantRole.EDITOR))
			.param("direction", "up")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/t/kent/workspace/items?done=moved#item-" + OTHER);
		backends.verify();
	}

	@Test
	void theItemsPageOffersEditorsToMoveAndMembersNot() throws Exception {
		answer(COMPACTS + "/api/t/kent/principles", "[]");
		answer(COMPACTS + "/api/t/kent/codes",
				"[" + code(3, "PUBLISHED", "CORE") + "," + code(1, "PUBLISHED", "CORE").replace(CODE, OTHER) + "]");

		String editors = mvc.get()
			.uri("/t/kent/workspace/items?done=moved")
			.with(as("kent", TenantRole.EDITOR))
			.exchange()
			.getResponse()
			.getContentAsString();
		// the first can only go down, the last only up
		assertThat(editors.split("data-test=\"move-up\"", -1)).hasSize(2);
		assertThat(editors.split("data-test=\"move-down\"", -1)).hasSize(2);
		assertThat(editors).contains("The item is moved.", "id=\"item-" + OTHER + "\"");

		String members = mvc.get()
			.uri("/t/kent/workspace/items")
			.with(as("kent", TenantRole.MEMBER))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(members).contains("Consultation").doesNotContain("move-up", "move-down", "/position");
	}

	@Test
	void aDistrictsRefusedOrderIsShownAndAnotherCompactIsNeverAsked() {
		answer(COMPACTS + "/api/t/kent/principles", "[]");
		answer(COMPACTS + "/api/t/kent/codes",
				"[" + code(3, "PUBLISHED", "CORE") + "," + code(1, "PUBLISHED", "CORE").replace(CODE, OTHER) + "]");
		backends.expect(once(), requestTo(COMPACTS + "/api/t/kent/codes/order"))
			.andExpect(method(HttpMethod.PUT))
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
					{"type":"urn:compacts:problem:invalid-request","title":"Invalid request","status":400,
					 "errors":[{"field":"ids","reason":"copies of national keep national's order"}]}"""));

		MvcTestResult refused = mvc.post()
			.uri("/t/kent/workspace/codes/" + CODE + "/position")
			.with(as("kent", TenantRole.EDITOR))
			.param("direction", "down")
			.exchange();
		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("There is a problem", "href=\"#ids\"", "keep national&#39;s order",
					"<title>Error: Principles and codes");
		backends.verify();

		backends.reset();
		tenantServiceAnswers();
		backends.expect(never(), requestTo(COMPACTS + "/api/t/kent/codes/order"));
		assertThat(mvc.post()
			.uri("/t/kent/workspace/codes/" + CODE + "/position")
			.with(as("swale", TenantRole.EDITOR))
			.param("direction", "down")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post()
			.uri("/t/kent/workspace/codes/" + CODE + "/position")
			.with(as("kent", TenantRole.EDITOR))
			.param("direction", "sideways")).hasStatus(HttpStatus.BAD_REQUEST);
		backends.verify();
	}

	private static String code(int version, String status, String mode) {
		return """
				{"id":"%s","kind":"CODE","version":%d,"status":"%s","mode":"%s","latestVersion":%d,"publishedVersion":2,
				 "content":%s}""".formatted(CODE, version, status, mode, version, content());
	}

	private static String version(int number, String status) {
		return """
				{"number":%d,"status":"%s","mode":"CORE","content":%s,
				 "statusChanges":[{"status":"%s","by":"kim.admin","at":"2027-03-12T10:00:00Z"}]}""".formatted(number,
				status, content(), status);
	}

	private static String content() {
		return """
				{"title":"Consultation","whyItMatters":"","aim":"Better consultation.","vcsUndertakings":[],
				 "publicSectorUndertakings":["Consult for 12 weeks."],"allPartnersCommitments":[],"caseStudies":[],
				 "subCodes":[],"measurableCommitments":[{"name":"minimum consultation period","kind":"MINIMUM","quantity":{"amount":8,"unit":"weeks"}}]}""";
	}

}
