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
import org.springframework.http.HttpStatus;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.portal.FakeServices.COMPACTS;
import static org.compacts.portal.FakeServices.TENANTS;
import static org.compacts.portal.FakeServices.as;
import static org.compacts.portal.plan.PlanPagesTest.OLD_PLAN;
import static org.compacts.portal.plan.PlanPagesTest.PLAN;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;

/**
 * A compact's public action plans on its public site: only the plans it made public,
 * whoever reads, and none of the workspace's controls.
 */
@Import(FakeServices.class)
@WebMvcTest(controllers = PublicPlansController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.compacts\\.portal\\.((backend|security|workspace|plan)\\..*|site\\.Dates)"))
class PublicPlansTest {

	static final String API = COMPACTS + "/api/t/swale/plans";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockRestServiceServer backends;

	@BeforeEach
	void servicesAnswer() {
		FakeServices.kentAndSwale(backends);
		FakeServices.answer(backends, TENANTS + "/api/tenants/swale", """
				{"slug":"swale","name":"Swale Compact","level":"DISTRICT","parentSlug":"kent"}""");
		FakeServices.answer(backends, API,
				"""
						[{"id":"%s","title":"Members' plan","period":"2027-28","visibility":"MEMBERS","version":3,"actions":8,
						  "byStatus":{"ON_TRACK":8},"overdue":1,"notSmart":2,"percentDone":25},
						 {"id":"%s","title":"Compact action plan <script>x</script>","period":"2026-27","visibility":"PUBLIC",
						  "version":9,"actions":4,"byStatus":{"ON_TRACK":2,"DONE":2},"overdue":0,"notSmart":0,"percentDone":50}]"""
					.formatted(PLAN, OLD_PLAN));
	}

	@Test
	void theSiteListsOnlyThePublicPlansEvenToAMember() {
		for (var visitor : new org.springframework.test.web.servlet.request.RequestPostProcessor[] { request -> request,
				as("swale", TenantRole.MEMBER) }) {
			assertThat(mvc.get().uri("/t/swale/plans").with(visitor)).hasStatus(HttpStatus.OK)
				.bodyText()
				.contains("<title>Action plans - Swale Compact - Compacts</title>",
						"Compact action plan &lt;script&gt;x&lt;/script&gt;", "2026-27", "2 on track, 2 done", "50%",
						"href=\"/t/swale/plans/" + OLD_PLAN + "\"")
				.doesNotContain("Members' plan", "<script>x", "/workspace/plans");
		}
	}

	@Test
	void aPublicPlanShowsItsActionsWithoutAnyControl() {
		FakeServices.answer(backends, API + "/" + OLD_PLAN,
				"""
						{"id":"%s","title":"Compact action plan","period":"2026-27","visibility":"PUBLIC","version":9,"actions":[%s]}"""
					.formatted(OLD_PLAN, PlanPagesTest.actions()));

		assertThat(mvc.get().uri("/t/swale/plans/" + OLD_PLAN)).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>Compact action plan - Action plans - Swale Compact - Compacts</title>",
					"Action plan 2026-27", "Champions training", "Funding terms &lt;b&gt;in&lt;/b&gt; contracts",
					"govuk-tag--green\" data-test=\"status\">On track", ">40%<", "31 March 2028")
			.doesNotContain("<form", "data-test=\"new-action\"", "/workspace/");
	}

	@Test
	void aPlanNotMadePublicIsNotFoundOnTheSiteEvenForAMember() {
		FakeServices.answer(backends, API + "/" + PLAN, PlanPagesTest.plan("Members' plan", 3, ""));

		assertThat(mvc.get().uri("/t/swale/plans/" + PLAN).with(as("swale", TenantRole.MEMBER)))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aCompactThatDoesNotExistIsNotFound() {
		backends.reset();
		FakeServices.kentAndSwale(backends);
		backends.expect(requestTo(TENANTS + "/api/tenants/atlantis")).andRespond(withStatus(HttpStatus.NOT_FOUND));

		assertThat(mvc.get().uri("/t/atlantis/plans")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
