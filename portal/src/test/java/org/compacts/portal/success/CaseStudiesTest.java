package org.compacts.portal.success;

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
import static org.compacts.portal.success.SuccessPagesTest.SUCCESS;
import static org.compacts.portal.success.SuccessPagesTest.success;

/**
 * Case studies on the public site: a compact's, each one's page (only a public one, even
 * to a member), and the search across every compact, its compacts named.
 */
@Import(FakeServices.class)
@WebMvcTest(controllers = CaseStudiesController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.compacts\\.portal\\.((backend|security|workspace|success)\\..*|site\\.(Dates|Markdown))"))
class CaseStudiesTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockRestServiceServer backends;

	@BeforeEach
	void servicesAnswer() {
		FakeServices.kentAndSwale(backends);
		FakeServices.answer(backends, TENANTS + "/api/tenants/swale", """
				{"slug":"swale","name":"Swale Compact","level":"DISTRICT","parentSlug":"kent"}""");
	}

	@Test
	void aCompactsCaseStudiesAreListedWithoutAnyWorkspaceControl() {
		FakeServices.answer(backends, COMPACTS + "/api/t/swale/case-studies",
				"[" + success("Commissioners meet <b>the sector</b>", "PUBLIC", 5) + "]");

		assertThat(mvc.get().uri("/t/swale/case-studies")).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>Case studies - Swale Compact - Compacts</title>",
					"Commissioners meet &lt;b&gt;the sector&lt;/b&gt;",
					"href=\"/t/swale/case-studies/" + SUCCESS + "\"", "Swale CVS, Swale Borough Council",
					"href=\"/case-studies\"")
			.doesNotContain("<form", "/workspace/");
	}

	@Test
	void aPublicCaseStudyShowsItsStoryAndOneNotPublicIsNotFoundEvenForAMember() {
		FakeServices.answer(backends, COMPACTS + "/api/t/swale/successes/" + SUCCESS,
				success("Commissioners meet the sector", "PUBLIC", 5));
		assertThat(mvc.get().uri("/t/swale/case-studies/" + SUCCESS)).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>Commissioners meet the sector - Case studies - Swale Compact - Compacts</title>",
					"Commissioners came to the <em>group</em>", "Funding code (from Kent)", "Sittingbourne")
			.doesNotContain("<form", "sam.editor");

		backends.reset();
		FakeServices.kentAndSwale(backends);
		FakeServices.answer(backends, TENANTS + "/api/tenants/swale", """
				{"slug":"swale","name":"Swale Compact","level":"DISTRICT","parentSlug":"kent"}""");
		FakeServices.answer(backends, COMPACTS + "/api/t/swale/successes/" + SUCCESS,
				success("Commissioners meet the sector", "APPROVED", 4));
		assertThat(mvc.get().uri("/t/swale/case-studies/" + SUCCESS).with(as("swale", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theSearchAsksEveryCompactByCodeSectorAndPlaceAndNamesEachHitsCompact() {
		FakeServices.answer(backends, COMPACTS + "/api/case-studies?code=funding&sector=housing",
				"[{\"tenant\":\"swale\",\"caseStudy\":" + success("Commissioners meet the sector", "PUBLIC", 5) + "}]");

		assertThat(
				mvc.get().uri("/case-studies").param("code", " funding ").param("sector", "housing").param("place", ""))
			.hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>Case studies of every compact - Compacts</title>", "1 case study",
					"href=\"/t/swale/case-studies/" + SUCCESS + "\"", "Swale Compact", ", Sittingbourne",
					"Funding code (from Kent)", "value=\"funding\"", "value=\"housing\"");
	}

	@Test
	void aSearchThatFindsNothingSaysSo() {
		FakeServices.answer(backends, COMPACTS + "/api/case-studies?place=Atlantis", "[]");

		assertThat(mvc.get().uri("/case-studies?place=Atlantis")).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("0 case studies", "No published case study matches");
	}

}
