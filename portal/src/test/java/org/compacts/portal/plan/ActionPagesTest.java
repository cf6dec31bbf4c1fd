package org.compacts.portal.plan;

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
import static org.compacts.portal.plan.PlanPagesTest.PLAN;
import static org.springframework.test.web.client.ExpectedCount.never;
import static org.springframework.test.web.client.ExpectedCount.once;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.headerDoesNotExist;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;

/**
 * The workspace's actions: an action with its links and its history, an action added and
 * changed with every field of the service's ActionInput, and progress recorded from the
 * version its editor saw.
 */
@Import(FakeServices.class)
@WebMvcTest(controllers = ActionsController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.compacts\\.portal\\.((backend|security|workspace|plan)\\..*|site\\.Dates)"))
class ActionPagesTest {

	static final String ACTION = "ac710000-0000-4000-8000-000000000001";

	static final String SWALE_CVS = "6f1d2b3a-0000-4000-8000-000000000001";

	static final String OPENNESS = "17e70000-0000-4000-8000-000000000001";

	static final String FUNDING = "17e70000-0000-4000-8000-000000000002";

	static final String CONSULTATION = "17e70000-0000-4000-8000-000000000003";

	static final String GROUPS = "1d000000-0000-4000-8000-000000000001";

	static final String PAGE = "/t/swale/workspace/plans/" + PLAN + "/actions";

	static final String API = COMPACTS + "/api/t/swale/plans/" + PLAN + "/actions";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockRestServiceServer backends;

	@BeforeEach
	void servicesAnswer() {
		FakeServices.kentAndSwale(backends);
		answer(TENANTS + "/api/tenants/swale", """
				{"slug":"swale","name":"Swale Compact","level":"DISTRICT","parentSlug":"kent"}""");
		answer(COMPACTS + "/api/t/swale/plans/" + PLAN, PlanPagesTest.plan("Compact action plan", 3, ""));
		answer(COMPACTS + "/api/t/swale/organisations", """
				[{"id":"%s","name":"Swale CVS <b>bold</b>","sector":"VCS","contact":null,"version":1}]"""
			.formatted(SWALE_CVS));
		answer(COMPACTS + "/api/t/swale/principles",
				"""
						[{"id":"%s","kind":"PRINCIPLE","content":{"title":"Openness"},"adoptedFrom":{"tenant":"kent","itemId":"%s","version":2}}]"""
					.formatted(OPENNESS, OPENNESS));
		answer(COMPACTS + "/api/t/swale/codes",
				"""
						[{"id":"%s","kind":"CODE","content":{"title":"Funding"},"adoptedFrom":{"tenant":"kent","itemId":"%s","version":1}},
						 {"id":"%s","kind":"CODE","content":{"title":"Local consultation"}}]"""
					.formatted(FUNDING, FUNDING, CONSULTATION));
		answer(COMPACTS + "/api/t/swale/indicators", """
				[{"id":"%s","name":"Groups reached <i>now</i>","unit":"%%","rag":"AMBER","version":2}]"""
			.formatted(GROUPS));
	}

	@Test
	void anActionShowsItsDetailsLinksAndHistoryNewestFirstAndOnlyEditorsMayRecordProgress() throws Exception {
		answer(API + "/" + ACTION, action("Champions training", "AT_RISK", 5, true,
				"""
						[{"id":"0d000000-0000-4000-8000-000000000002","on":"2027-09-30","note":"Two trainers <i>left</i>",
						  "fromStatus":"ON_TRACK","toStatus":"AT_RISK","progress":40,"by":"kim.editor","at":"2027-10-01T09:00:00Z"},
						 {"id":"0d000000-0000-4000-8000-000000000001","on":"2027-06-30","note":"Twelve champions trained",
						  "fromStatus":"NOT_STARTED","toStatus":"ON_TRACK","progress":25,"by":"sam.editor","at":"2027-07-01T09:00:00Z"}]"""));

		MvcTestResult editors = mvc.get().uri(PAGE + "/" + ACTION).with(as("swale", TenantRole.EDITOR)).exchange();
		assertThat(editors).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>Champions training - Compact action plan 2027-28 - Swale Compact - Compacts</title>",
					"<h1 class=\"govuk-heading-xl\">Champions training</h1>",
					"govuk-tag--yellow\" data-test=\"status\">At risk", "data-test=\"overdue\">Overdue",
					"Not SMART: what is missing is <span>measure</span>", "Jo Bloggs, Swale CVS",
					"Swale Borough Council", "31 March 2028", "Funding code (from Kent)",
					"<li>Local consultation code</li>", "High", "Aspirational", "Two trainers &lt;i&gt;left&lt;/i&gt;",
					"1 October 2027, 10:00 by kim.editor", "data-test=\"progress-form\"",
					"name=\"version\" value=\"5\"", "value=\"AT_RISK\" checked", "id=\"progress\"", "value=\"40\"",
					"href=\"" + PAGE + "/" + ACTION + "/edit\"")
			.doesNotContain("<i>left</i>");
		String body = editors.getResponse().getContentAsString();
		assertThat(body.indexOf("Two trainers")).isLessThan(body.indexOf("Twelve champions trained"));

		MvcTestResult members = mvc.get().uri(PAGE + "/" + ACTION).with(as("swale", TenantRole.MEMBER)).exchange();
		assertThat(members).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("Twelve champions trained", "Funding code (from Kent)")
			.doesNotContain("data-test=\"progress-form\"", "data-test=\"edit-action\"");
	}

	@Test
	void anActionIsAddedWithEveryFieldAndTheEditorLandsOnIt() {
		backends.expect(once(), requestTo(API))
			.andExpect(method(HttpMethod.POST))
			.andExpect(headerDoesNotExist("If-Match"))
			.andExpect(jsonPath("$.title").value("Champions training"))
			.andExpect(jsonPath("$.outcome").value("Every signatory has a champion"))
			.andExpect(jsonPath("$.measure").value("Champions trained"))
			.andExpect(jsonPath("$.ownerOrganisationId").value(SWALE_CVS))
			.andExpect(jsonPath("$.ownerOrganisationName").doesNotExist())
			.andExpect(jsonPath("$.ownerPerson").value("Jo Bloggs"))
			.andExpect(jsonPath("$.ownerEmail").value("jo@swalecvs.org.uk"))
			.andExpect(jsonPath("$.partners.length()").value(2))
			.andExpect(jsonPath("$.partners[0]").value("Swale Borough Council"))
			.andExpect(jsonPath("$.partners[1]").value("Kent Police"))
			.andExpect(jsonPath("$.startOn").value("2027-04-01"))
			.andExpect(jsonPath("$.dueOn").value("2028-03-31"))
			.andExpect(jsonPath("$.priority").value("HIGH"))
			.andExpect(jsonPath("$.ambition").value("ASPIRATIONAL"))
			.andExpect(jsonPath("$.itemIds.length()").value(2))
			.andExpect(jsonPath("$.itemIds[0]").value(OPENNESS))
			.andExpect(jsonPath("$.itemIds[1]").value(FUNDING))
			.andExpect(jsonPath("$.indicatorIds.length()").value(1))
			.andExpect(jsonPath("$.indicatorIds[0]").value(GROUPS))
			.andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
				.body(action("Champions training", "NOT_STARTED", 0, false, "[]")));

		assertThat(mvc.get().uri(PAGE + "/new").with(as("swale", TenantRole.EDITOR))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>Add an action - Compact action plan 2027-28 - Swale Compact - Compacts</title>",
					"Swale CVS &lt;b&gt;bold&lt;/b&gt;", "Openness (principle) (from Kent)", "Funding code (from Kent)",
					"Local consultation", "name=\"dueOn.year\"", "name=\"startOn.day\"", "id=\"itemIds\"",
					"name=\"priority\"", "name=\"ambition\"", "name=\"partners\"", "id=\"indicatorIds\"",
					"name=\"ownerEmail\" type=\"email\"", "Groups reached &lt;i&gt;now&lt;/i&gt;");

		assertThat(mvc.post()
			.uri(PAGE)
			.with(as("swale", TenantRole.EDITOR))
			.param("title", "Champions training")
			.param("outcome", "Every signatory has a champion")
			.param("measure", "Champions trained")
			.param("ownerOrganisationId", SWALE_CVS)
			.param("ownerOrganisationName", " ")
			.param("ownerPerson", "Jo Bloggs")
			.param("ownerEmail", " jo@swalecvs.org.uk ")
			.param("partners", "Swale Borough Council\r\n\r\n  Kent Police  \r\n")
			.param("startOn.day", "1")
			.param("startOn.month", "4")
			.param("startOn.year", "2027")
			.param("dueOn.day", "31")
			.param("dueOn.month", "03")
			.param("dueOn.year", "2028")
			.param("priority", "HIGH")
			.param("ambition", "ASPIRATIONAL")
			.param("itemIds", OPENNESS, FUNDING)
			.param("indicatorIds", GROUPS)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "/" + ACTION + "?done=added");
		backends.verify();
	}

	@Test
	void aRefusedActionNamesTheFieldsAndKeepsWhatWasTypedEscaped() {
		backends.expect(once(), requestTo(API))
			.andExpect(jsonPath("$.ownerOrganisationId").doesNotExist())
			.andExpect(jsonPath("$.ownerOrganisationName").value("Sittingbourne Men's Shed"))
			.andExpect(jsonPath("$.startOn").value("2028-04-01"))
			.andExpect(jsonPath("$.dueOn").value("2028-03-31"))
			.andExpect(jsonPath("$.partners.length()").value(0))
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
					{"type":"urn:compacts:problem:invalid-request","title":"Invalid request","status":400,
					 "detail":"The request has fields that are not valid.",
					 "errors":[{"field":"dueOn","reason":"is before the start"},
					           {"field":"itemIds","reason":"names an item this compact does not have"},
					           {"field":"priority","reason":"must not be null"}]}"""));

		MvcTestResult refused = mvc.post()
			.uri(PAGE)
			.with(as("swale", TenantRole.EDITOR))
			.param("title", "<script>alert('x')</script>")
			.param("ownerOrganisationId", "")
			.param("ownerOrganisationName", "Sittingbourne Men's Shed")
			.param("startOn.day", "1")
			.param("startOn.month", "4")
			.param("startOn.year", "2028")
			.param("dueOn.day", "31")
			.param("dueOn.month", "3")
			.param("dueOn.year", "2028")
			.param("ambition", "ACHIEVABLE")
			.param("itemIds", CONSULTATION)
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("<title>Error: Add an action", "href=\"#dueOn\"", "Due on: is before the start",
					"href=\"#itemIds\"", "Item ids: names an item this compact does not have", "href=\"#priority\"",
					"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "value=\"Sittingbourne Men&#39;s Shed\"",
					"value=\"ACHIEVABLE\" checked", "id=\"itemIds-" + CONSULTATION + "\" checked")
			.doesNotContain("<script>alert");
		backends.verify();
	}

	@Test
	void aDayNoCalendarHasIsRefusedByThePortalAndNothingIsSent() {
		backends.expect(never(), requestTo(API));

		MvcTestResult refused = mvc.post()
			.uri(PAGE)
			.with(as("swale", TenantRole.EDITOR))
			.param("title", "Champions training")
			.param("dueOn.day", "31")
			.param("dueOn.month", "2")
			.param("dueOn.year", "2028")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("href=\"#dueOn\"", "Due on: must be a real date", "value=\"31\"", "value=\"Champions training\"");
		backends.verify();
	}

	@Test
	void everyDayThatCannotBeSentIsNamedAtOnceAndAYearNeedsFourDigits() {
		backends.expect(never(), requestTo(API));

		MvcTestResult refused = mvc.post()
			.uri(PAGE)
			.with(as("swale", TenantRole.EDITOR))
			.param("title", "Champions training")
			.param("startOn.day", "1")
			.param("startOn.month", "4")
			.param("startOn.year", "27")
			.param("dueOn.day", "31")
			.param("dueOn.month", "2")
			.param("dueOn.year", "2028")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("href=\"#startOn\"", "Start on: must be a real date, in numbers", "href=\"#dueOn\"",
					"Due on: must be a real date", "value=\"27\"");
		backends.verify();
	}

	@Test
	void anActionIsChangedFromTheVersionTheEditorSaw() {
		answer(API + "/" + ACTION, action("Champions training", "ON_TRACK", 5, false, "[]"));
		backends.expect(once(), requestTo(API + "/" + ACTION))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(header("If-Match", "\"5\""))
			.andExpect(jsonPath("$.title").value("Champions training for every signatory"))
			.andExpect(jsonPath("$.ownerOrganisationId").value(SWALE_CVS))
			.andExpect(jsonPath("$.ownerEmail").doesNotExist())
			.andExpect(jsonPath("$.itemIds[0]").value(FUNDING))
			.andExpect(jsonPath("$.status").doesNotExist())
			.andRespond(withStatus(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON)
				.body(action("Champions training for every signatory", "ON_TRACK", 6, false, "[]")));

		assertThat(mvc.get().uri(PAGE + "/" + ACTION + "/edit").with(as("swale", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>Change Champions training - Compact action plan 2027-28", "name=\"version\" value=\"5\"",
					"value=\"" + SWALE_CVS + "\" selected", "Swale Borough Council</textarea>", "value=\"2028\"",
					"value=\"HIGH\" checked", "value=\"ASPIRATIONAL\" checked",
					"id=\"itemIds-" + FUNDING + "\" checked", "value=\"jo@swalecvs.org.uk\"");

		assertThat(mvc.post()
			.uri(PAGE + "/" + ACTION)
			.with(as("swale", TenantRole.EDITOR))
			.param("version", "5")
			.param("title", "Champions training for every signatory")
			.param("ownerOrganisationId", SWALE_CVS)
			.param("priority", "HIGH")
			.param("ambition", "ASPIRATIONAL")
			.param("itemIds", FUNDING)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "/" + ACTION + "?done=saved");
		backends.verify();
	}

	@Test
	void anActionSomeoneChangedMeanwhileIsShownAsItIsNowAndWhatWasTypedIsKept() {
		answer(API + "/" + ACTION, action("Champions training, widened", "ON_TRACK", 6, false, "[]"));
		backends.expect(once(), requestTo(API + "/" + ACTION))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(header("If-Match", "\"5\""))
			.andRespond(withStatus(HttpStatus.PRECONDITION_FAILED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(STALE));

		MvcTestResult stale = mvc.post()
			.uri(PAGE + "/" + ACTION)
			.with(as("swale", TenantRole.EDITOR))
			.param("version", "5")
			.param("title", "Champions training for all")
			.param("priority", "LOW")
			.param("ambition", "ACHIEVABLE")
			.exchange();

		assertThat(stale).hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(stale).bodyText()
			.contains("There is a problem", "What it says now", "Champions training, widened",
					"value=\"Champions training for all\"", "value=\"LOW\" checked", "name=\"version\" value=\"6\"");
		backends.verify();
	}

	@Test
	void progressIsRecordedFromTheVersionTheEditorSaw() {
		backends.expect(once(), requestTo(API + "/" + ACTION + "/updates"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(header("If-Match", "\"5\""))
			.andExpect(jsonPath("$.on").value("2028-03-01"))
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.progress").value(100))
			.andExpect(jsonPath("$.note").value("All 40 signatories have a champion"))
			.andExpect(jsonPath("$.completedOn").value("2028-02-28"))
			.andExpect(jsonPath("$.reason").doesNotExist())
			.andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
				.body(action("Champions training", "DONE", 6, false, "[]")));

		assertThat(mvc.post()
			.uri(PAGE + "/" + ACTION + "/updates")
			.with(as("swale", TenantRole.EDITOR))
			.param("version", "5")
			.param("on.day", "1")
			.param("on.month", "3")
			.param("on.year", "2028")
			.param("status", "DONE")
			.param("progress", "100%")
			.param("note", "All 40 signatories have a champion")
			.param("completedOn.day", "28")
			.param("completedOn.month", "2")
			.param("completedOn.year", "2028")
			.param("reason", "")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "/" + ACTION + "?done=progress#history");
		backends.verify();
	}

	@Test
	void doneWithoutACompletionDayNamesTheFieldAndKeepsTheNote() {
		answer(API + "/" + ACTION, action("Champions training", "ON_TRACK", 5, false, "[]"));
		backends.expect(once(), requestTo(API + "/" + ACTION + "/updates"))
			.andExpect(jsonPath("$.completedOn").doesNotExist())
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
					{"type":"urn:compacts:problem:invalid-request","title":"Invalid request","status":400,
					 "detail":"The request has fields that are not valid.",
					 "errors":[{"field":"completedOn","reason":"is needed when the action is done"}]}"""));

		MvcTestResult refused = mvc.post()
			.uri(PAGE + "/" + ACTION + "/updates")
			.with(as("swale", TenantRole.EDITOR))
			.param("version", "5")
			.param("on.day", "1")
			.param("on.month", "3")
			.param("on.year", "2028")
			.param("status", "DONE")
			.param("progress", "100")
			.param("note", "Finished <script>x</script>")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("<title>Error: Champions training", "href=\"#completedOn\"",
					"Completed on: is needed when the action is done", "Finished &lt;script&gt;x&lt;/script&gt;",
					"value=\"DONE\" checked")
			.doesNotContain("<script>x", "data-test=\"changed-meanwhile\"");
		backends.verify();
	}

	@Test
	void aProgressThatIsNoNumberAndADayThatIsNoneAreRefusedTogetherAndNothingIsSent() {
		answer(API + "/" + ACTION, action("Champions training", "ON_TRACK", 5, false, "[]"));
		backends.expect(never(), requestTo(API + "/" + ACTION + "/updates"));

		MvcTestResult refused = mvc.post()
			.uri(PAGE + "/" + ACTION + "/updates")
			.with(as("swale", TenantRole.EDITOR))
			.param("version", "5")
			.param("status", "ON_TRACK")
			.param("progress", "half")
			.param("note", "Going well")
			.param("on.day", "31")
			.param("on.month", "9")
			.param("on.year", "2027")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("href=\"#progress\"", "Progress: must be a whole number from 0 to 100", "value=\"half\"",
					"href=\"#on\"", "On: must be a real date");
		backends.verify();
	}

	@Test
	void progressSomeoneRecordedMeanwhileIsShownInTheHistoryAndWhatWasTypedIsKept() {
		answer(API + "/" + ACTION, action("Champions training", "AT_RISK", 6, false,
				"""
						[{"id":"0d000000-0000-4000-8000-000000000002","on":"2027-09-30","note":"Two trainers left",
						  "fromStatus":"ON_TRACK","toStatus":"AT_RISK","progress":40,"by":"kim.editor","at":"2027-10-01T09:00:00Z"}]"""));
		backends.expect(once(), requestTo(API + "/" + ACTION + "/updates"))
			.andExpect(header("If-Match", "\"5\""))
			.andRespond(withStatus(HttpStatus.PRECONDITION_FAILED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(STALE));

		MvcTestResult stale = mvc.post()
			.uri(PAGE + "/" + ACTION + "/updates")
			.with(as("swale", TenantRole.EDITOR))
			.param("version", "5")
			.param("on.day", "30")
			.param("on.month", "9")
			.param("on.year", "2027")
			.param("status", "ON_TRACK")
			.param("progress", "45")
			.param("note", "Twelve more trained")
			.exchange();

		assertThat(stale).hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(stale).bodyText()
			.contains("There is a problem", "data-test=\"changed-meanwhile\"", "Two trainers left", "by kim.editor",
					"Twelve more trained</textarea>", "value=\"45\"", "value=\"ON_TRACK\" checked",
					"name=\"version\" value=\"6\"");
		backends.verify();
	}

	@Test
	void aMemberWithoutTheEditorRoleGetsNoFormAndIsRefusedBeforeTheServiceIsAsked() {
		backends.expect(never(), requestTo(API));
		backends.expect(never(), requestTo(API + "/" + ACTION));
		backends.expect(never(), requestTo(API + "/" + ACTION + "/updates"));

		assertThat(mvc.get().uri(PAGE + "/new").with(as("swale", TenantRole.CHAMPION))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri(PAGE + "/" + ACTION + "/edit").with(as("swale", TenantRole.MEMBER)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri(PAGE).with(as("swale", TenantRole.CHAMPION)).param("title", "Mine"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri(PAGE + "/" + ACTION).with(as("swale", TenantRole.MEMBER)).param("version", "5"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post()
			.uri(PAGE + "/" + ACTION + "/updates")
			.with(as("swale", TenantRole.MEMBER))
			.param("version", "5")
			.param("status", "DONE")).hasStatus(HttpStatus.FORBIDDEN);
		backends.verify();
	}

	@Test
	void aMemberOfAnotherCompactGets404AndSwaleIsNeverAsked() {
		backends.expect(never(), requestTo(API));
		backends.expect(never(), requestTo(API + "/" + ACTION));
		backends.expect(never(), requestTo(API + "/" + ACTION + "/updates"));

		assertThat(mvc.get().uri(PAGE + "/" + ACTION).with(as("kent", TenantRole.TENANT_ADMIN)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri(PAGE).with(as("kent", TenantRole.EDITOR)).param("title", "Theirs"))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri(PAGE + "/" + ACTION).with(as("kent", TenantRole.EDITOR)).param("version", "5"))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post()
			.uri(PAGE + "/" + ACTION + "/updates")
			.with(as("kent", TenantRole.EDITOR))
			.param("version", "5")
			.param("status", "DONE")).hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	private static final String STALE = """
			{"type":"urn:compacts:problem:stale-version","title":"Stale version","status":412,
			 "detail":"Someone changed this since the version you read; it is now at version 6.",
			 "errors":[{"field":"If-Match","reason":"is not the current version"}],"currentVersion":6}""";

	private void answer(String url, String json) {
		FakeServices.answer(backends, url, json);
	}

	private static String action(String title, String status, int version, boolean overdue, String updates) {
		return """
				{"id":"%s","planId":"%s","title":"%s","outcome":"Every signatory has a champion","measure":null,
				 "owner":{"organisationId":"%s","organisationName":"Swale CVS","person":"Jo Bloggs","email":"jo@swalecvs.org.uk"},
				 "partners":["Swale Borough Council"],"startOn":"2027-04-01","dueOn":"2028-03-31",
				 "priority":"HIGH","ambition":"ASPIRATIONAL","status":"%s","progress":40,
				 "completedOn":null,"dropReason":null,"overdue":%s,"notSmart":["measure"],
				 "links":[{"itemId":"%s","kind":"CODE","title":"Funding","source":"kent"},
				          {"itemId":"%s","kind":"CODE","title":"Local consultation","source":null}],
				 "indicators":[{"id":"%s","name":"Groups reached <i>now</i>","rag":"AMBER"}],
				 "updates":%s,"version":%d}"""
			.formatted(ACTION, PLAN, title, SWALE_CVS, status, overdue, FUNDING, CONSULTATION, GROUPS, updates,
					version);
	}

}
