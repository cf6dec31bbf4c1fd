package org.compacts.portal.plan;

import java.util.UUID;

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
import static org.springframework.test.web.client.match.MockRestRequestMatchers.headerDoesNotExist;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;

/**
 * The workspace's action plans: the list with how each plan's actions stand, a plan with
 * its actions filtered without JavaScript, and a plan created and changed from the
 * version its editor saw.
 */
@Import(FakeServices.class)
@WebMvcTest(controllers = PlansController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.compacts\\.portal\\.((backend|security|workspace|plan)\\..*|site\\.Dates)"))
class PlanPagesTest {

	static final String PLAN = "5a1c0000-0000-4000-8000-000000000001";

	static final String OLD_PLAN = "5a1c0000-0000-4000-8000-000000000002";

	static final String TRAINING = "ac710000-0000-4000-8000-000000000001";

	static final String CONTRACTS = "ac710000-0000-4000-8000-000000000002";

	static final String AWARENESS = "ac710000-0000-4000-8000-000000000003";

	static final String OPENNESS = "17e40000-0000-4000-8000-000000000001";

	static final String FUNDING = "17e40000-0000-4000-8000-000000000002";

	static final String PAGE = "/t/swale/workspace/plans";

	static final String API = COMPACTS + "/api/t/swale/plans";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockRestServiceServer backends;

	@BeforeEach
	void servicesAnswer() {
		FakeServices.kentAndSwale(backends);
		answer(TENANTS + "/api/tenants/swale", """
				{"slug":"swale","name":"Swale Compact","level":"DISTRICT","parentSlug":"kent"}""");
		answer(COMPACTS + "/api/t/swale/principles", """
				[{"id":"%s","kind":"PRINCIPLE","content":{"title":"Openness"}}]""".formatted(OPENNESS));
		answer(COMPACTS + "/api/t/swale/codes", """
				[{"id":"%s","kind":"CODE","content":{"title":"Funding"},"adoptedFrom":{"tenant":"kent"}}]"""
			.formatted(FUNDING));
	}

	@Test
	void theListShowsHowEachPlansActionsStandAndOnlyEditorsMayCreateOne() {
		answer(API,
				"""
						[{"id":"%s","title":"Compact action plan <script>x</script>","period":"2027-28","visibility":"COUNTY",
						  "version":3,"actions":8,"byStatus":{"NOT_STARTED":1,"ON_TRACK":4,"AT_RISK":1,"OFF_TRACK":0,"DONE":2,"DROPPED":0},
						  "overdue":1,"notSmart":2,"percentDone":25},
						 {"id":"%s","title":"Compact action plan","period":"2026-27","visibility":"PUBLIC","version":9,"actions":0,
						  "byStatus":{"NOT_STARTED":0,"ON_TRACK":0,"AT_RISK":0,"OFF_TRACK":0,"DONE":0,"DROPPED":0},
						  "overdue":0,"notSmart":0,"percentDone":0}]"""
					.formatted(PLAN, OLD_PLAN));

		MvcTestResult editors = mvc.get().uri(PAGE).with(as("swale", TenantRole.EDITOR)).exchange();
		assertThat(editors).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>Action plans - Swale Compact - Compacts</title>",
					"<h1 class=\"govuk-heading-xl\">Action plans</h1>",
					"Compact action plan &lt;script&gt;x&lt;/script&gt;", "href=\"" + PAGE + "/" + PLAN + "\"",
					"Shared with the county", "1 not started, 4 on track, 1 at risk, 2 done", ">25%<", "No actions yet",
					"Public: anyone may read it", "data-test=\"new-plan\"")
			.doesNotContain("<script>x");

		MvcTestResult members = mvc.get().uri(PAGE).with(as("swale", TenantRole.MEMBER)).exchange();
		assertThat(members).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("2026-27")
			.doesNotContain("data-test=\"new-plan\"");
	}

	@Test
	void aPlanIsCreatedAndTheEditorLandsOnIt() {
		backends.expect(once(), requestTo(API))
			.andExpect(method(HttpMethod.POST))
			.andExpect(headerDoesNotExist("If-Match"))
			.andExpect(jsonPath("$.title").value("Compact action plan"))
			.andExpect(jsonPath("$.period").value("2027-28"))
			.andExpect(jsonPath("$.visibility").value("PUBLIC"))
			.andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
				.body(plan("Compact action plan", 0, "")));

		assertThat(mvc.get().uri(PAGE + "/new").with(as("swale", TenantRole.EDITOR))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>Create a plan - Swale Compact - Compacts</title>", "name=\"period\"",
					"value=\"COUNTY\" checked", "Members of this compact only");

		assertThat(mvc.post()
			.uri(PAGE)
			.with(as("swale", TenantRole.EDITOR))
			.param("title", "Compact action plan")
			.param("period", " 2027-28 ")
			.param("visibility", "PUBLIC")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "/" + PLAN + "?done=created");
		backends.verify();
	}

	@Test
	void aRefusedPlanNamesTheFieldAndKeepsWhatWasTypedEscaped() {
		backends.expect(once(), requestTo(API))
			.andExpect(jsonPath("$.period").value("2027/8"))
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
					{"type":"urn:compacts:problem:invalid-request","title":"Invalid request","status":400,
					 "detail":"The request has fields that are not valid.",
					 "errors":[{"field":"period","reason":"must be a year and the next, for example 2027-28"}]}"""));

		MvcTestResult refused = mvc.post()
			.uri(PAGE)
			.with(as("swale", TenantRole.EDITOR))
			.param("title", "<script>alert('x')</script>")
			.param("period", "2027/8")
			.param("visibility", "MEMBERS")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("<title>Error: Create a plan", "href=\"#period\"",
					"Period: must be a year and the next, for example 2027-28", "value=\"2027/8\"",
					"value=\"MEMBERS\" checked", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.doesNotContain("<script>alert");
		backends.verify();
	}

	@Test
	void anImportIsAnnouncedWithHowManyActionsCameIn() {
		answer(API + "/" + PLAN, plan("Compact action plan", 4, actions()));

		assertThat(mvc.get().uri(PAGE + "/" + PLAN + "?done=imported&count=12").with(as("swale", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("12 actions imported.");
		assertThat(mvc.get().uri(PAGE + "/" + PLAN + "?done=imported&count=1").with(as("swale", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("1 action imported.");
	}

	@Test
	void thePlanShowsItsActionsWithTheirFlags() {
		answer(API + "/" + PLAN, plan("Compact action plan", 4, actions()));

		MvcTestResult page = mvc.get()
			.uri(PAGE + "/" + PLAN + "?done=created")
			.with(as("swale", TenantRole.EDITOR))
			.exchange();

		assertThat(page).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>Compact action plan 2027-28 - Action plans - Swale Compact - Compacts</title>",
					"The plan is created.", "Champions training", "Swale CVS", "31 March 2028",
					"govuk-tag--green\" data-test=\"status\">On track",
					"govuk-tag--yellow\" data-test=\"status\">At risk", ">40%<", "Not SMART: measure, due date",
					"data-test=\"overdue\">Overdue", "Funding terms &lt;b&gt;in&lt;/b&gt; contracts", "4 actions",
					"data-test=\"new-action\"", "href=\"" + PAGE + "/" + PLAN + "/edit\"")
			.doesNotContain("<b>in</b>", "data-test=\"clear-filters\"");
	}

	@Test
	void theFiltersAreAPlainGetThatCompactServiceAppliesCombinedWithTheCountOfAll() {
		answer(API + "/" + PLAN + "?status=AT_RISK", filtered(actions(1)));
		answer(API + "/" + PLAN + "?overdue=true", filtered(actions(2)));
		answer(API + "/" + PLAN + "?code=" + FUNDING + "&owner=Swale%20Borough%20%26%20CVS&notSmart=true",
				filtered(""));
		answer(API + "/" + PLAN + "?status=DONE&overdue=true&code=" + OPENNESS + "&owner=jo&notSmart=true",
				filtered(""));
		answer(API + "/" + PLAN, plan("Compact action plan", 4, actions()));

		MvcTestResult atRisk = mvc.get()
			.uri(PAGE + "/" + PLAN + "?status=AT_RISK")
			.with(as("swale", TenantRole.MEMBER))
			.exchange();
		assertThat(atRisk).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("Funding terms", "1 of 4 actions", "value=\"AT_RISK\" selected", "data-test=\"clear-filters\"",
					">Clear filters</a>", "Funding code (from Kent)", "Openness (principle)")
			.doesNotContain("Champions training", "Compact awareness", "data-test=\"new-action\"");

		MvcTestResult overdue = mvc.get()
			.uri(PAGE + "/" + PLAN + "?overdue=true")
			.with(as("swale", TenantRole.MEMBER))
			.exchange();
		assertThat(overdue).bodyText()
			.contains("Compact awareness", "1 of 4 actions",
					"name=\"overdue\" type=\"checkbox\" value=\"true\" checked")
			.doesNotContain("Champions training", "Funding terms");

		// a code, an owner typed with what an address would read otherwise, and not SMART
		MvcTestResult combined = mvc.get()
			.uri(PAGE + "/" + PLAN + "?code=" + FUNDING + "&notSmart=true")
			.param("owner", " Swale Borough & CVS ")
			.with(as("swale", TenantRole.MEMBER))
			.exchange();
		assertThat(combined).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("No action matches these filters.", "0 of 4 actions", "value=\"" + FUNDING + "\" selected",
					"value=\"Swale Borough &amp; CVS\"", "name=\"notSmart\" type=\"checkbox\" value=\"true\" checked");

		MvcTestResult all = mvc.get()
			.uri(PAGE + "/" + PLAN + "?status=DONE&overdue=true&code=" + OPENNESS + "&owner=jo&notSmart=true")
			.with(as("swale", TenantRole.MEMBER))
			.exchange();
		assertThat(all).hasStatus(HttpStatus.OK).bodyText().contains("0 of 4 actions");

		// what compact-service would refuse filters nothing: the plan is shown whole
		MvcTestResult unknown = mvc.get()
			.uri(PAGE + "/" + PLAN + "?status=<script>&code=" + UUID.randomUUID())
			.param("owner", " ")
			.with(as("swale", TenantRole.MEMBER))
			.exchange();
		assertThat(unknown).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("Champions training", "4 actions")
			.doesNotContain("data-test=\"clear-filters\"", " of 4 actions");
	}

	/** The plan as compact-service answers it filtered: four actions, these shown. */
	private static String filtered(String actions) {
		return plan("Compact action plan", 4, 4, actions);
	}

	/** One of the four {@link #actions()}. */
	private static String actions(int which) {
		return actions().split(",(?=\\s*\\{\"id\")")[which];
	}

	@Test
	void aPlanIsSavedFromTheVersionTheEditorSaw() {
		answer(API + "/" + PLAN, plan("Compact action plan", 3, ""));
		backends.expect(once(), requestTo(API + "/" + PLAN))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(header("If-Match", "\"3\""))
			.andExpect(jsonPath("$.title").value("Compact action plan, revised"))
			.andExpect(jsonPath("$.period").value("2027-28"))
			.andExpect(jsonPath("$.visibility").value("MEMBERS"))
			.andRespond(withStatus(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON)
				.body(plan("Compact action plan, revised", 4, "")));

		assertThat(mvc.get().uri(PAGE + "/" + PLAN + "/edit").with(as("swale", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("Change the plan", "name=\"version\" value=\"3\"", "value=\"Compact action plan\"",
					"value=\"COUNTY\" checked");

		assertThat(mvc.post()
			.uri(PAGE + "/" + PLAN)
			.with(as("swale", TenantRole.EDITOR))
			.param("version", "3")
			.param("title", "Compact action plan, revised")
			.param("period", "2027-28")
			.param("visibility", "MEMBERS")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "/" + PLAN + "?done=saved");
		backends.verify();
	}

	@Test
	void aPlanSomeoneSavedMeanwhileIsShownAsItIsNowAndWhatWasTypedIsKept() {
		answer(API + "/" + PLAN, plan("Compact action plan 2027 to 2028", 4, ""));
		backends.expect(once(), requestTo(API + "/" + PLAN))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(header("If-Match", "\"3\""))
			.andRespond(withStatus(HttpStatus.PRECONDITION_FAILED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("""
						{"type":"urn:compacts:problem:stale-version","title":"Stale version","status":412,
						 "detail":"Someone changed this since the version you read; it is now at version 4.",
						 "errors":[{"field":"If-Match","reason":"is not the current version"}],"currentVersion":4}"""));

		MvcTestResult stale = mvc.post()
			.uri(PAGE + "/" + PLAN)
			.with(as("swale", TenantRole.EDITOR))
			.param("version", "3")
			.param("title", "Our plan")
			.param("period", "2027-28")
			.param("visibility", "COUNTY")
			.exchange();

		assertThat(stale).hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(stale).bodyText()
			.contains("There is a problem", "What it says now", "Compact action plan 2027 to 2028",
					"value=\"Our plan\"", "name=\"version\" value=\"4\"");
		backends.verify();
	}

	@Test
	void aMemberWithoutTheEditorRoleGetsNoFormAndIsRefusedBeforeTheServiceIsAsked() {
		backends.expect(never(), requestTo(API));
		backends.expect(never(), requestTo(API + "/" + PLAN));

		assertThat(mvc.get().uri(PAGE + "/new").with(as("swale", TenantRole.CHAMPION))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri(PAGE + "/" + PLAN + "/edit").with(as("swale", TenantRole.MEMBER)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri(PAGE).with(as("swale", TenantRole.CHAMPION)).param("title", "Mine"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri(PAGE + "/" + PLAN).with(as("swale", TenantRole.MEMBER)).param("version", "3"))
			.hasStatus(HttpStatus.FORBIDDEN);
		backends.verify();
	}

	@Test
	void aMemberOfAnotherCompactGets404AndSwaleIsNeverAsked() {
		backends.expect(never(), requestTo(API));
		backends.expect(never(), requestTo(API + "/" + PLAN));

		assertThat(mvc.get().uri(PAGE).with(as("kent", TenantRole.TENANT_ADMIN))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(PAGE + "/" + PLAN).with(as("kent", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri(PAGE).with(as("kent", TenantRole.EDITOR)).param("title", "Theirs"))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri(PAGE + "/" + PLAN).with(as("kent", TenantRole.EDITOR)).param("version", "3"))
			.hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	private void answer(String url, String json) {
		FakeServices.answer(backends, url, json);
	}

	static String plan(String title, int version, String actions) {
		return plan(title, version, actions.isBlank() ? 0 : actions.split(",(?=\\s*\\{\"id\")").length, actions);
	}

	static String plan(String title, int version, int total, String actions) {
		return """
				{"id":"%s","title":"%s","period":"2027-28","visibility":"COUNTY","version":%d,"totalActions":%d,"actions":[%s]}"""
			.formatted(PLAN, title, version, total, actions);
	}

	/** Four actions: on track, at risk and not SMART, overdue, and done. */
	static String actions() {
		return String.join(",",
				action(TRAINING, "Champions training", "ON_TRACK", 40, "\"2028-03-31\"", false, "[]", "Swale CVS"),
				action(CONTRACTS, "Funding terms <b>in</b> contracts", "AT_RISK", 10, "null", false,
						"[\"measure\",\"dueOn\"]", null),
				action(AWARENESS, "Compact awareness with the Local Children's Trust", "OFF_TRACK", 20,
						"\"2027-06-30\"", true, "[]", "Swale Borough Council"),
				action("ac710000-0000-4000-8000-000000000004", "Consultation of 12 weeks", "DONE", 100,
						"\"2027-09-30\"", false, "[]", "Swale Borough Council"));
	}

	private static String action(String id, String title, String status, int progress, String dueOn, boolean overdue,
			String notSmart, String owner) {
		return """
				{"id":"%s","planId":"%s","title":"%s","outcome":null,"measure":null,
				 "owner":{"organisationId":null,"organisationName":%s,"person":null},"partners":[],
				 "startOn":null,"dueOn":%s,"priority":"HIGH","ambition":"ACHIEVABLE","status":"%s","progress":%d,
				 "completedOn":null,"dropReason":null,"overdue":%s,"notSmart":%s,"links":[],"updates":[],"version":1}"""
			.formatted(id, PLAN, title, owner == null ? "null" : "\"" + owner + "\"", dueOn, status, progress, overdue,
					notSmart);
	}

}
