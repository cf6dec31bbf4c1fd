package org.compacts.portal.rollup;

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
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/**
 * The county roll-up and its read-only drill-down, rendered by the portal;
 * compact-service and tenant-service are answered at the HTTP boundary.
 */
@Import(FakeServices.class)
@WebMvcTest(controllers = RollupController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.compacts\\.portal\\.((backend|security|workspace|rollup)\\..*|site\\.Dates)"))
class RollupPagesTest {

	static final String PAGE = "/t/kent/workspace/rollup";

	static final String ROLLUP = COMPACTS + "/api/t/kent/rollup";

	static final String SWALE_PLAN = "5a1c0000-0000-4000-8000-000000000001";

	static final String SWALE_OLD_PLAN = "5a1c0000-0000-4000-8000-000000000002";

	static final String FUNDING = "c0de0000-0000-4000-8000-000000000001";

	static final String OPENNESS = "c0de0000-0000-4000-8000-000000000002";

	static final String DRILL_DOWN = PAGE + "/swale/plans/" + SWALE_PLAN;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockRestServiceServer backends;

	@BeforeEach
	void servicesAnswer() {
		backends.reset();
		answer(TENANTS + "/api/tenants",
				"""
						[{"slug":"kent","name":"Kent Partners Compact","level":"COUNTY","adoption":"KEEPS_OWN"},
						 {"slug":"swale","name":"Swale Compact","level":"DISTRICT","parentSlug":"kent","adoption":"ADOPTS_PARENT_CORE"},
						 {"slug":"dover","name":"Dover District Compact","level":"DISTRICT","parentSlug":"kent","adoption":"ADOPTS_PARENT_CORE"},
						 {"slug":"thanet","name":"Thanet Compact","level":"DISTRICT","parentSlug":"kent","adoption":"KEEPS_OWN"},
						 {"slug":"essex","name":"Essex Compact","level":"COUNTY","adoption":"KEEPS_OWN"},
						 {"slug":"harlow","name":"Harlow Compact","level":"DISTRICT","parentSlug":"essex","adoption":"ADOPTS_PARENT_CORE"}]""");
		answer(TENANTS + "/api/tenants/kent", """
				{"slug":"kent","name":"Kent Partners Compact","level":"COUNTY"}""");
		answer(TENANTS + "/api/tenants/swale", """
				{"slug":"swale","name":"Swale Compact","level":"DISTRICT","parentSlug":"kent"}""");
	}

	/**
	 * Kent's roll-up: Swale shares two plans, Dover none; Funding is put to work twice in
	 * Swale and nowhere in Dover, Openness nowhere.
	 */
	static String rollup(String period) {
		return """
				{"county":"kent","period":%s,"districts":[
				 {"tenant":"swale","plans":[
				   {"id":"%s","title":"Compact action plan <script>alert('x')</script>","period":"2027-28","visibility":"COUNTY"},
				   {"id":"%s","title":"Compact action plan","period":"2026-27","visibility":"PUBLIC"}],
				  "actions":7,"byStatus":{"NOT_STARTED":0,"ON_TRACK":4,"AT_RISK":1,"OFF_TRACK":0,"DONE":2,"DROPPED":0},
				  "overdue":3,"percentDone":28,"indicators":{"GREEN":2,"AMBER":0,"RED":1,"NONE":1}},
				 {"tenant":"dover","plans":[],"actions":0,
				  "byStatus":{"NOT_STARTED":0,"ON_TRACK":0,"AT_RISK":0,"OFF_TRACK":0,"DONE":0,"DROPPED":0},
				  "overdue":0,"percentDone":0,"indicators":{"GREEN":0,"AMBER":0,"RED":0,"NONE":0}}],
				 "codes":[
				  {"itemId":"%s","kind":"CODE","title":"Funding <b>code</b>","districts":{"swale":2,"dover":0}},
				  {"itemId":"%s","kind":"PRINCIPLE","title":"Openness","districts":{}}]}"""
			.formatted(period == null ? "null" : "\"" + period + "\"", SWALE_PLAN, SWALE_OLD_PLAN, FUNDING, OPENNESS);
	}

	@Test
	void theRollupShowsEachDistrictByNameWithItsCountsPlansAndIndicators() {
		answer(ROLLUP, rollup(null));

		assertThat(mvc.get().uri(PAGE).with(as("kent", TenantRole.MEMBER))).hasStatusOk()
			.bodyText()
			.contains("<title>County roll-up - Kent Partners Compact - Compacts</title>",
					"<caption class=\"govuk-table__caption govuk-table__caption--m\">Each district's shared plans",
					"data-test=\"filters\"")
			// by name: Dover before Swale, though the service lists them by slug too
			.containsSubsequence("data-district=\"dover\"", "Dover District Compact", "No plan shared with the county",
					"data-district=\"swale\"", "Swale Compact",
					"href=\"/t/kent/workspace/rollup/swale/plans/" + SWALE_PLAN + "\"",
					"href=\"/t/kent/workspace/rollup/swale/plans/" + SWALE_OLD_PLAN + "\"",
					"Compact action plan (2026-27)",
					"<td class=\"govuk-table__cell govuk-table__cell--numeric\" data-test=\"actions\">7</td>",
					"govuk-tag--green\" data-test=\"count-ON_TRACK\">On track: 4</strong>",
					"govuk-tag--yellow\" data-test=\"count-AT_RISK\">At risk: 1</strong>",
					"govuk-tag--blue\" data-test=\"count-DONE\">Done: 2</strong>",
					"<td class=\"govuk-table__cell govuk-table__cell--numeric\" data-test=\"overdue\">3</td>",
					"<td class=\"govuk-table__cell govuk-table__cell--numeric\" data-test=\"done\">28%</td>",
					"govuk-tag--green\" data-test=\"count-GREEN\">Green: 2</strong>",
					"govuk-tag--red\" data-test=\"count-RED\">Red: 1</strong>",
					"govuk-tag--grey\" data-test=\"count-NONE\">No readings: 1</strong>")
			.contains("No indicators shared", "No actions")
			.doesNotContain("count-OFF_TRACK", "count-AMBER", "Thanet Compact", "Harlow Compact")
			// the periods offered are those of the plans counted, newest first
			.containsSubsequence("<option value=\"\">Every period</option>",
					"<option value=\"2027-28\">2027-28</option>", "<option value=\"2026-27\">2026-27</option>");
		backends.verify();
	}

	@Test
	void thePeriodFilterAsksTheServiceForThatPeriodOnly() {
		backends.expect(never(), requestTo(ROLLUP));
		backends.expect(once(), requestTo(ROLLUP + "?period=2027-28"))
			.andExpect(method(HttpMethod.GET))
			.andRespond(withSuccess(rollup("2027-28"), MediaType.APPLICATION_JSON));

		assertThat(mvc.get().uri(PAGE + "?period=2027-28").with(as("kent", TenantRole.MEMBER))).hasStatusOk()
			.bodyText()
			.contains("<title>County roll-up 2027-28 - Kent Partners Compact - Compacts</title>", "Period 2027-28",
					"<option value=\"2027-28\" selected=\"selected\">2027-28</option>", "data-test=\"clear\"",
					"No plan for 2027-28 shared with the county");
		backends.verify();
	}

	@Test
	void aPeriodThatIsNoPeriodFiltersNothingAndIsNeverSent() {
		backends.expect(never(), requestTo(ROLLUP + "?period=%3Cb%3E"));
		answer(ROLLUP, rollup(null));

		assertThat(mvc.get().uri(PAGE + "?period=<b>").with(as("kent", TenantRole.MEMBER))).hasStatusOk()
			.bodyText()
			.contains("Every period")
			.doesNotContain("<b>", "data-test=\"clear\"", "selected=\"selected\"");
		backends.verify();
	}

	@Test
	void theCodesTableCountsEachCodesActionsPerDistrictAndSaysNoneForZero() throws Exception {
		answer(ROLLUP, rollup(null));

		String page = mvc.get()
			.uri(PAGE)
			.with(as("kent", TenantRole.MEMBER))
			.exchange()
			.getResponse()
			.getContentAsString();

		String codes = page.substring(page.indexOf("data-test=\"codes\""));
		assertThat(codes).containsSubsequence("<caption", "Principle or code", "Dover District Compact",
				"Swale Compact", "Funding &lt;b&gt;code&lt;/b&gt;", "Code of practice",
				"numeric\" data-test=\"code-dover\">none</td>", "numeric\" data-test=\"code-swale\">2</td>", "Openness",
				"Principle", "numeric\" data-test=\"code-dover\">none</td>",
				"numeric\" data-test=\"code-swale\">none</td>");
		assertThat(codes).doesNotContain(">0</td>", "<b>code");
	}

	@Test
	void scriptInAPlansTitleIsShownEscaped() {
		answer(ROLLUP, rollup(null));

		assertThat(mvc.get().uri(PAGE).with(as("kent", TenantRole.MEMBER))).hasStatusOk()
			.bodyText()
			.contains("Compact action plan &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; (2027-28)")
			.doesNotContain("<script>alert");
	}

	@Test
	void aCountyNobodyFollowsSaysSoAndNeedsNoNames() {
		backends.expect(never(), requestTo(TENANTS + "/api/tenants"));
		answer(ROLLUP, """
				{"county":"kent","period":null,"districts":[],"codes":[]}""");

		assertThat(mvc.get().uri(PAGE).with(as("kent", TenantRole.MEMBER))).hasStatusOk()
			.bodyText()
			.contains("data-test=\"no-districts\"", "No compact follows Kent Partners Compact yet")
			.doesNotContain("data-test=\"districts\"", "data-test=\"codes\"", "data-test=\"filters\"");
		backends.verify();
	}

	@Test
	void aDistrictMemberGets404AndTheRollupIsNeverAsked() {
		backends.expect(never(), requestTo(ROLLUP));
		backends.expect(never(), requestTo(COMPACTS + "/api/t/swale/rollup"));

		assertThat(mvc.get().uri(PAGE).with(as("swale", TenantRole.TENANT_ADMIN))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(DRILL_DOWN).with(as("swale", TenantRole.TENANT_ADMIN)))
			.hasStatus(HttpStatus.NOT_FOUND);
		// nor has a district a roll-up of its own
		assertThat(mvc.get().uri("/t/swale/workspace/rollup").with(as("swale", TenantRole.TENANT_ADMIN)))
			.hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.doesNotContain("County roll-up</");
		assertThat(mvc.get().uri(PAGE)).hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	@Test
	void theWorkspaceNavigationHasTheRollupAsTheCurrentPage() {
		answer(ROLLUP, rollup(null));

		assertThat(mvc.get().uri(PAGE).with(as("kent", TenantRole.MEMBER))).bodyText()
			.containsSubsequence("href=\"/t/kent/workspace/plans\"", "href=\"/t/kent/workspace/rollup\"",
					"aria-current=\"true\"", "County and districts</strong>", "data-test=\"group-pages\"",
					"href=\"/t/kent/workspace/rollup\"", "aria-current=\"page\"", "County roll-up</strong>",
					"href=\"/t/kent/workspace/followers\"");
	}

	@Test
	void aDrillDownShowsTheDistrictsPlanReadOnly() throws Exception {
		answer(COMPACTS + "/api/t/swale/plans/" + SWALE_PLAN,
				"""
						{"id":"%s","title":"Compact action plan","period":"2027-28","visibility":"COUNTY","version":3,"actions":[
						 {"id":"ac710000-0000-4000-8000-000000000001","planId":"%s","title":"Champions <i>training</i>",
						  "owner":{"organisationId":null,"organisationName":"Swale CVS","person":"Jo Bloggs"},
						  "dueOn":"2027-03-31","priority":"HIGH","ambition":"ACHIEVABLE","status":"AT_RISK","progress":40,
						  "overdue":true,"notSmart":["measure","dueOn"],"links":[],"updates":[],"version":2},
						 {"id":"ac710000-0000-4000-8000-000000000002","planId":"%s","title":"Funding terms in contracts",
						  "owner":{"organisationId":null,"organisationName":"Swale Borough Council","person":null},
						  "dueOn":null,"priority":"LOW","ambition":"ASPIRATIONAL","status":"DONE","progress":100,
						  "overdue":false,"notSmart":[],"links":[],"updates":[],"version":5}]}"""
					.formatted(SWALE_PLAN, SWALE_PLAN, SWALE_PLAN));

		String page = mvc.get()
			.uri(DRILL_DOWN)
			.with(as("kent", TenantRole.MEMBER))
			.exchange()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains(
				"<title>Compact action plan 2027-28 - Swale Compact - County roll-up - Kent Partners Compact - Compacts</title>",
				"Swale Compact: action plan 2027-28", "Swale Compact shares this plan with the county.",
				"href=\"/t/kent/workspace/rollup?period=2027-28\"");
		assertThat(page).containsSubsequence("<caption", "2 actions, by due date",
				"Champions &lt;i&gt;training&lt;/i&gt;", "Jo Bloggs, Swale CVS",
				"datetime=\"2027-03-31\">31 March 2027</time>",
				"govuk-tag--yellow\" data-test=\"tag\">At risk</strong>", "40%", "data-test=\"overdue\">Overdue",
				"Not SMART: measure, due date", "Funding terms in contracts", "Swale Borough Council",
				"govuk-tag--blue\" data-test=\"tag\">Done</strong>", "100%");
		String main = page.substring(page.indexOf("<main"), page.indexOf("</main>"));
		assertThat(main).doesNotContain("<form", "<input", "<button", "/edit", "/actions/", "<i>training");
	}

	@Test
	void aDrillDownToADistrictOutsideTheCountysRollupIs404AndNeverReadsIt() {
		for (String district : new String[] { "harlow", "thanet", "ashford", "kent" }) {
			backends.expect(never(), requestTo(COMPACTS + "/api/t/" + district + "/plans/" + SWALE_PLAN));
		}

		for (String district : new String[] { "harlow", "thanet", "ashford", "kent" }) {
			assertThat(
					mvc.get().uri(PAGE + "/" + district + "/plans/" + SWALE_PLAN).with(as("kent", TenantRole.MEMBER)))
				.as(district)
				.hasStatus(HttpStatus.NOT_FOUND);
		}
		backends.verify();
	}

	@Test
	void aPlanTheServiceWillNotShowIsAPageNotFound() {
		backends.expect(once(), requestTo(COMPACTS + "/api/t/swale/plans/" + SWALE_PLAN))
			.andRespond(withStatus(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("{\"status\":404,\"title\":\"Not Found\"}"));

		// the layout's error page is the application's; the slice answers the status
		assertThat(mvc.get().uri(DRILL_DOWN).with(as("kent", TenantRole.MEMBER))).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.doesNotContain("data-test=\"actions\"");
		backends.verify();
	}

	void answer(String url, String json) {
		FakeServices.answer(backends, url, json);
	}

}
