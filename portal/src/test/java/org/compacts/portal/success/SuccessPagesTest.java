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
 * The workspace's successes log: the list with where each stands, a success recorded and
 * refused with the field named, approved and made public from the version its editor saw,
 * and nobody but the compact's editors changing anything.
 */
@Import(FakeServices.class)
@WebMvcTest(controllers = SuccessesController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.compacts\\.portal\\.((backend|security|workspace|success)\\..*|site\\.(Dates|Markdown))"))
class SuccessPagesTest {

	static final String SUCCESS = "5cc50000-0000-4000-8000-000000000001";

	static final String CODE = "c0de0000-0000-4000-8000-000000000001";

	static final String CVS = "0a900000-0000-4000-8000-000000000001";

	static final String PAGE = "/t/swale/workspace/successes";

	static final String API = COMPACTS + "/api/t/swale/successes";

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

	static String success(String title, String state, long version) {
		return """
				{"id":"%s","title":"%s","story":"Commissioners came to the *group*.",
				 "organisations":[{"organisationId":"%s","name":"Swale CVS"},{"organisationId":null,"name":"Swale Borough Council"}],
				 "links":[{"itemId":"%s","kind":"CODE","title":"Funding","source":"kent"}],
				 "evidence":"New contracting processes.","evidenceLinks":["https://example.org/report"],
				 "sectors":["Procurement","Housing"],"place":"Sittingbourne","state":"%s",
				 "recordedAt":"2027-03-01T10:00:00Z","recordedBy":"sam.editor","approvedAt":null,"approvedBy":null,
				 "publicSince":null,"version":%d}"""
			.formatted(SUCCESS, title, CVS, CODE, state, version);
	}

	private void formReads() {
		answer(COMPACTS + "/api/t/swale/principles", "[]");
		answer(COMPACTS + "/api/t/swale/codes", """
				[{"id":"%s","kind":"CODE","content":{"title":"Funding"},"adoptedFrom":{"tenant":"kent"}}]"""
			.formatted(CODE));
		answer(COMPACTS + "/api/t/swale/organisations", """
				[{"id":"%s","name":"Swale CVS","sector":"VCS"}]""".formatted(CVS));
	}

	@Test
	void theListShowsEachSuccessAndWhereItStandsAndOnlyEditorsMayRecordOne() {
		answer(API, "[" + success("Commissioners meet <script>x</script>", "DRAFT", 1) + ","
				+ success("Quick wins", "PUBLIC", 5) + "]");

		assertThat(mvc.get().uri(PAGE).with(as("swale", TenantRole.EDITOR))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>Successes - Swale Compact - Compacts</title>",
					"Commissioners meet &lt;script&gt;x&lt;/script&gt;", "href=\"" + PAGE + "/" + SUCCESS + "\"",
					"Swale CVS, Swale Borough Council", ">Draft<", ">Public<", "1 March 2027",
					"data-test=\"new-success\"", "aria-current=\"page\"")
			.doesNotContain("<script>x");
		assertThat(mvc.get().uri(PAGE).with(as("swale", TenantRole.MEMBER))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("Quick wins")
			.doesNotContain("data-test=\"new-success\"");
	}

	@Test
	void aSuccessIsRecordedFromTheRegisterAndTypedNamesAndTheEditorLandsOnIt() {
		formReads();
		backends.expect(once(), requestTo(API))
			.andExpect(method(HttpMethod.POST))
			.andExpect(headerDoesNotExist("If-Match"))
			.andExpect(jsonPath("$.title").value("Commissioners meet the sector"))
			.andExpect(jsonPath("$.organisations[0].organisationId").value(CVS))
			.andExpect(jsonPath("$.organisations[1].name").value("Swale Borough Council"))
			.andExpect(jsonPath("$.organisations.length()").value(2))
			.andExpect(jsonPath("$.itemIds[0]").value(CODE))
			.andExpect(jsonPath("$.sectors").value(org.hamcrest.Matchers.contains("Housing", "Procurement")))
			.andExpect(jsonPath("$.evidenceLinks[0]").value("https://example.org/report"))
			.andExpect(jsonPath("$.place").value("Sittingbourne"))
			.andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
				.body(success("Commissioners meet the sector", "DRAFT", 0)));

		assertThat(mvc.get().uri(PAGE + "/new").with(as("swale", TenantRole.EDITOR))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>Record a success - Swale Compact - Compacts</title>", "Funding code (from Kent)",
					"name=\"registered\"", "Swale CVS", "name=\"others\"");
		assertThat(mvc.post()
			.uri(PAGE)
			.with(as("swale", TenantRole.EDITOR))
			.param("title", "Commissioners meet the sector")
			.param("story", "They came.")
			.param("registered", CVS)
			.param("others", "\n Swale Borough Council \n\n")
			.param("principlesAndCodes", CODE)
			.param("sectors", "Housing\r\nProcurement")
			.param("evidenceLinks", "https://example.org/report")
			.param("place", "Sittingbourne")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "/" + SUCCESS + "?done=added");
		backends.verify();
	}

	@Test
	void aRefusedSuccessNamesTheFieldAndKeepsWhatWasTypedEscaped() {
		formReads();
		backends.expect(once(), requestTo(API))
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
					{"type":"urn:compacts:problem:invalid-request","title":"Invalid request","status":400,
					 "detail":"The success cannot be recorded as written.",
					 "errors":[{"field":"organisations","reason":"must name at least one organisation"},
					           {"field":"evidenceLinks[0]","reason":"must be an http or https address"}]}"""));

		MvcTestResult refused = mvc.post()
			.uri(PAGE)
			.with(as("swale", TenantRole.EDITOR))
			.param("title", "<script>alert('x')</script>")
			.param("story", "A story")
			.param("evidenceLinks", "javascript:alert(1)")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("<title>Error: Record a success", "href=\"#organisations\"",
					"must name at least one organisation", "href=\"#evidenceLinks\"",
					"must be an http or https address", "javascript:alert(1)</textarea>",
					"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.doesNotContain("<script>alert");
		backends.verify();
	}

	@Test
	void aDraftIsApprovedFromTheVersionSeenAndAStaleOneIsShownAgainAsItIsNow() {
		answer(API + "/" + SUCCESS, success("Commissioners meet the sector", "APPROVED", 4));
		backends.expect(once(), requestTo(API + "/" + SUCCESS + "/publication"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(header("If-Match", "\"4\""))
			.andRespond(withStatus(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON)
				.body(success("Commissioners meet the sector", "PUBLIC", 5)));
		backends.expect(once(), requestTo(API + "/" + SUCCESS + "/approval"))
			.andExpect(header("If-Match", "\"3\""))
			.andRespond(withStatus(HttpStatus.PRECONDITION_FAILED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("""
						{"type":"urn:compacts:problem:stale-version","title":"Stale version","status":412,
						 "detail":"Someone changed this since the version you read; it is now at version 4.",
						 "errors":[{"field":"If-Match","reason":"is not the current version"}],"currentVersion":4}"""));
		assertThat(mvc.get().uri(PAGE + "/" + SUCCESS).with(as("swale", TenantRole.EDITOR))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>Commissioners meet the sector - Successes - Swale Compact - Compacts</title>",
					"Commissioners came to the <em>group</em>", "Funding code (from Kent)",
					"href=\"/t/swale/codes/" + CODE + "\"", "Procurement, Housing", "Sittingbourne",
					"https://example.org/report", "data-test=\"make-public\"", "name=\"version\" value=\"4\"")
			.doesNotContain("data-test=\"approve\"", "data-test=\"withdraw\"");

		assertThat(mvc.post()
			.uri(PAGE + "/" + SUCCESS + "/publication")
			.with(as("swale", TenantRole.EDITOR))
			.param("version", "4")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "/" + SUCCESS + "?done=publication");

		MvcTestResult stale = mvc.post()
			.uri(PAGE + "/" + SUCCESS + "/approval")
			.with(as("swale", TenantRole.EDITOR))
			.param("version", "3")
			.exchange();
		assertThat(stale).hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(stale).bodyText()
			.contains("There is a problem", "Someone changed this since the version you read", ">Approved<",
					"name=\"version\" value=\"4\"");
		backends.verify();
	}

	@Test
	void aMemberWithoutTheEditorRoleIsRefusedBeforeTheServiceIsAsked() {
		backends.expect(never(), requestTo(API));
		backends.expect(never(), requestTo(API + "/" + SUCCESS + "/approval"));

		assertThat(mvc.get().uri(PAGE + "/new").with(as("swale", TenantRole.CHAMPION))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri(PAGE).with(as("swale", TenantRole.CHAMPION)).param("title", "Mine"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post()
			.uri(PAGE + "/" + SUCCESS + "/approval")
			.with(as("swale", TenantRole.MEMBER))
			.param("version", "3")).hasStatus(HttpStatus.FORBIDDEN);
		backends.verify();
	}

	@Test
	void aMemberOfAnotherCompactGets404AndSwaleIsNeverAsked() {
		backends.expect(never(), requestTo(API));
		backends.expect(never(), requestTo(API + "/" + SUCCESS));

		assertThat(mvc.get().uri(PAGE).with(as("kent", TenantRole.TENANT_ADMIN))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(PAGE + "/" + SUCCESS).with(as("kent", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post()
			.uri(PAGE + "/" + SUCCESS + "/publication")
			.with(as("kent", TenantRole.EDITOR))
			.param("version", "3")).hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	private void answer(String url, String json) {
		FakeServices.answer(backends, url, json);
	}

}
