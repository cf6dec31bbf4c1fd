package org.compacts.portal.document;

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
 * The workspace's glossary pages: changing and removing a term; compact-service and
 * tenant-service answered at the HTTP boundary, where what the portal sends is checked.
 */
@Import(FakeServices.class)
@WebMvcTest(controllers = GlossaryController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.compacts\\.portal\\.((backend|security|workspace|document)\\..*|site\\.Dates)"))
class GlossaryPagesTest {

	static final String ID = "4b0f5a58-0d5e-4d1e-9a43-5a9f1f7b7c09";

	static final String PAGE = "/t/kent/workspace/glossary";

	static final String API = COMPACTS + "/api/t/kent/glossary";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockRestServiceServer backends;

	@BeforeEach
	void tenantServiceAnswers() {
		backends.reset();
		answer(TENANTS + "/api/tenants", """
				[{"slug":"kent","name":"Kent Partners Compact","level":"COUNTY"},
				 {"slug":"swale","name":"Swale Compact","level":"DISTRICT","parentSlug":"kent"}]""");
		answer(TENANTS + "/api/tenants/kent", """
				{"slug":"kent","name":"Kent Partners Compact","level":"COUNTY"}""");
	}

	@Test
	void editorsGetAChangeLinkNamingEachTermAndMembersDoNot() {
		answer(API, "[" + entry("VCS", "voluntary and community sector", 3) + "]");

		assertThat(mvc.get().uri(PAGE + "?done=changed").with(as("kent", TenantRole.EDITOR))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("href=\"/t/kent/workspace/glossary/" + ID + "\">Change<span",
					"class=\"govuk-visually-hidden\"> VCS</span></a>",
					"href=\"/t/kent/workspace/glossary/" + ID + "/remove\"", "The term is changed.");

		assertThat(mvc.get().uri(PAGE + "?done=<b>hacked</b>").with(as("kent", TenantRole.MEMBER))).bodyText()
			.contains("voluntary and community sector")
			.doesNotContain("data-test=\"change\"", "data-test=\"remove\"", "data-test=\"done\"", "hacked");
	}

	@Test
	void theChangePageIsAFormForEditorsAndReadOnlyForMembers() {
		answer(API + "/" + ID, entry("VCS", "voluntary and community sector", 3));
		assertThat(mvc.get().uri(PAGE + "/" + ID).with(as("kent", TenantRole.EDITOR))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>Change a term - Glossary - Kent Partners Compact - Compacts</title>", "for=\"term\"",
					"value=\"VCS\"", "for=\"meaning\"", ">voluntary and community sector</textarea>",
					"name=\"version\" value=\"3\"");

		assertThat(mvc.get().uri(PAGE + "/" + ID).with(as("kent", TenantRole.MEMBER))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<h1 class=\"govuk-heading-xl\">VCS</h1>", "voluntary and community sector")
			.doesNotContain("data-test=\"glossary-entry-form\"", "name=\"term\"", "name=\"version\"");
	}

	@Test
	void aChangeIsPutWithTheVersionSeenAndGoesBackToTheGlossary() {
		backends.expect(once(), requestTo(API + "/" + ID))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(header("If-Match", "\"3\""))
			.andExpect(jsonPath("$.term").value("VCSE"))
			.andExpect(jsonPath("$.meaning").value("voluntary, community and social enterprise sector"))
			.andExpect(jsonPath("$.version").doesNotExist())
			.andRespond(withStatus(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON)
				.body(entry("VCSE", "voluntary, community and social enterprise sector", 4)));

		assertThat(mvc.post()
			.uri(PAGE + "/" + ID)
			.with(as("kent", TenantRole.EDITOR))
			.param("version", "3")
			.param("term", "VCSE")
			.param("meaning", "voluntary, community and social enterprise sector")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "?done=changed");
		backends.verify();
	}

	@Test
	void aRefusedChangeNamesTheFieldAndKeepsWhatWasTypedEscaped() {
		backends.expect(once(), requestTo(API + "/" + ID))
			.andExpect(method(HttpMethod.PUT))
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
					{"type":"urn:compacts:problem:invalid-request","title":"Invalid request","status":400,
					 "detail":"The request has fields that are not valid.",
					 "errors":[{"field":"meaning","reason":"must not be blank"}]}"""));
		answer(API + "/" + ID, entry("VCS", "voluntary and community sector", 3));

		MvcTestResult refused = mvc.post()
			.uri(PAGE + "/" + ID)
			.with(as("kent", TenantRole.EDITOR))
			.param("version", "3")
			.param("term", "<script>alert('x')</script>")
			.param("meaning", "")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("<title>Error: Change a term", "There is a problem", "href=\"#meaning\"",
					"Meaning: must not be blank", "govuk-form-group--error",
					"value=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\"", "name=\"version\" value=\"3\"")
			.doesNotContain("<script>alert", "What it says now");
		backends.verify();
	}

	@Test
	void aStaleChangeShowsWhatItSaysNowAndKeepsWhatWasTyped() {
		backends.expect(once(), requestTo(API + "/" + ID))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(header("If-Match", "\"3\""))
			.andRespond(withStatus(HttpStatus.PRECONDITION_FAILED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("""
						{"type":"urn:compacts:problem:stale-version","title":"Stale version","status":412,
						 "detail":"Someone changed this since the version you read; it is now at version 4.",
						 "errors":[{"field":"If-Match","reason":"is not the current version"}],"currentVersion":4}"""));
		answer(API + "/" + ID, entry("VCS", "the voluntary and community sector of Kent", 4));

		MvcTestResult stale = mvc.post()
			.uri(PAGE + "/" + ID)
			.with(as("kent", TenantRole.EDITOR))
			.param("version", "3")
			.param("term", "VCSE")
			.param("meaning", "voluntary, community and social enterprise sector")
			.exchange();

		assertThat(stale).hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(stale).bodyText()
			.contains("What it says now", "the voluntary and community sector of Kent", "value=\"VCSE\"",
					">voluntary, community and social enterprise sector</textarea>", "name=\"version\" value=\"4\"");
		backends.verify();
	}

	@Test
	void aTermIsRemovedAfterTheEditorConfirms() {
		answer(API + "/" + ID, entry("VCS <script>x</script>", "voluntary and community sector", 3));
		backends.expect(once(), requestTo(API + "/" + ID))
			.andExpect(method(HttpMethod.DELETE))
			.andRespond(withStatus(HttpStatus.NO_CONTENT));

		assertThat(mvc.get().uri(PAGE + "/" + ID + "/remove").with(as("kent", TenantRole.EDITOR))).bodyText()
			.contains("Remove <span>VCS &lt;script&gt;x&lt;/script&gt;</span> from the glossary?",
					"govuk-button--warning")
			.doesNotContain("<script>x");
		assertThat(mvc.post().uri(PAGE + "/" + ID + "/remove").with(as("kent", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "?done=removed");
		backends.verify();
	}

	@Test
	void aMemberWithoutTheEditorRoleIsRefusedBeforeTheServiceIsAsked() {
		backends.expect(never(), requestTo(API)).andExpect(method(HttpMethod.POST));
		backends.expect(never(), requestTo(API + "/" + ID));

		assertThat(mvc.post().uri(PAGE).with(as("kent", TenantRole.MEMBER)).param("term", "VCS"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post()
			.uri(PAGE + "/" + ID)
			.with(as("kent", TenantRole.CHAMPION))
			.param("version", "3")
			.param("term", "VCSE")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri(PAGE + "/" + ID + "/remove").with(as("kent", TenantRole.MEMBER)))
			.hasStatus(HttpStatus.FORBIDDEN);
		backends.verify();
	}

	@Test
	void aMemberOfAnotherCompactGets404AndKentIsNeverAsked() {
		backends.expect(never(), requestTo(API + "/" + ID));

		assertThat(mvc.get().uri(PAGE + "/" + ID).with(as("swale", TenantRole.TENANT_ADMIN)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post()
			.uri(PAGE + "/" + ID)
			.with(as("swale", TenantRole.EDITOR))
			.param("version", "3")
			.param("term", "Taken over")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(PAGE + "/" + ID + "/remove").with(as("swale", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri(PAGE + "/" + ID + "/remove").with(as("swale", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	private void answer(String url, String json) {
		FakeServices.answer(backends, url, json);
	}

	private static String entry(String term, String meaning, int version) {
		return """
				{"id":"%s","term":"%s","meaning":"%s","version":%d}""".formatted(ID, term, meaning, version);
	}

}
