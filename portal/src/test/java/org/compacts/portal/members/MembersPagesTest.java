package org.compacts.portal.members;

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
import static org.compacts.portal.FakeServices.TENANTS;
import static org.compacts.portal.FakeServices.as;
import static org.springframework.test.web.client.ExpectedCount.never;
import static org.springframework.test.web.client.ExpectedCount.once;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;

/**
 * The members and invitations pages of a compact's tenant admins; tenant-service is
 * answered at the HTTP boundary, and what the portal sends it is checked there.
 */
@Import(FakeServices.class)
@WebMvcTest(controllers = MembersController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.compacts\\.portal\\.(backend|security|workspace|members|site\\.Dates)\\b.*"))
class MembersPagesTest {

	static final String PAGE = "/t/kent/workspace/members";

	static final String INVITATION = "22222222-2222-2222-2222-222222222222";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockRestServiceServer backends;

	@BeforeEach
	void kentIsKnown() {
		FakeServices.kentAndSwale(backends);
		answer(TENANTS + "/api/tenants/kent/members", """
				[{"username":"kim.admin","email":"kim@example.org","role":"tenant-admin"},
				 {"username":"alex.champion","email":"alex@example.org","role":"member"},
				 {"username":"alex.champion","email":"alex@example.org","role":"champion"},
				 {"username":"eve","email":"<script>alert('x')</script>@example.org","role":"editor"}]""");
		answer(TENANTS + "/api/tenants/kent/invitations", """
				[{"id":"%s","email":"hana@example.org","role":"editor","invitedBy":"kim.admin",
				  "createdAt":"2026-12-01T10:00:00Z","expiresAt":"2026-12-08T10:00:00Z"}]""".formatted(INVITATION));
	}

	@Test
	void aTenantAdminSeesEachPersonOnceWithTheirRolesAndTheInvitationsWaiting() throws Exception {
		MvcTestResult page = mvc.get().uri(PAGE).with(as("kent", TenantRole.TENANT_ADMIN)).exchange();

		assertThat(page).hasStatus(HttpStatus.OK);
		String html = page.getResponse().getContentAsString();
		assertThat(html.split("data-member=\"alex.champion\"", -1)).hasSize(2);
		assertThat(html)
			.contains("data-member=\"kim.admin\"", "data-invitation=\"hana@example.org\"", "8 December 2026",
					"/t/kent/workspace/members/invitations/" + INVITATION + "/revocation", "data-test=\"invite-form\"",
					"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;@example.org")
			.doesNotContain("<script>alert");
	}

	@Test
	void anInvitationIsSentAsTheFormSaysAndTheListSaysSo() {
		backends.expect(once(), requestTo(TENANTS + "/api/tenants/kent/invitations"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(jsonPath("$.email").value("hana@example.org"))
			.andExpect(jsonPath("$.role").value("editor"))
			.andRespond(withStatus(HttpStatus.CREATED));

		assertThat(mvc.post()
			.uri(PAGE + "/invitations")
			.with(as("kent", TenantRole.TENANT_ADMIN))
			.param("email", "hana@example.org")
			.param("role", "editor")).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo(PAGE + "?done=invited");
		backends.verify();

		assertThat(mvc.get().uri(PAGE + "?done=invited").with(as("kent", TenantRole.TENANT_ADMIN))).bodyText()
			.contains("The invitation is sent.");
	}

	@Test
	void aRefusedInvitationNamesTheFieldAndKeepsWhatWasTyped() {
		backends.expect(once(), requestTo(TENANTS + "/api/tenants/kent/invitations"))
			.andExpect(method(HttpMethod.POST))
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
					{"type":"urn:compacts:problem:invalid-request","title":"Invalid request","status":400,
					 "detail":"The request has fields that are not valid.",
					 "errors":[{"field":"email","reason":"must be a well-formed email address"}]}"""));

		MvcTestResult refused = mvc.post()
			.uri(PAGE + "/invitations")
			.with(as("kent", TenantRole.TENANT_ADMIN))
			.param("email", "<b>not an address")
			.param("role", "member")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("There is a problem", "href=\"#email\"", "must be a well-formed email address",
					"value=\"&lt;b&gt;not an address\"", "<title>Error: Members")
			.doesNotContain("<b>not an address");
		backends.verify();
	}

	@Test
	void anInvitationIsRevokedAndOneAlreadyGoneIsA404() {
		backends.expect(once(), requestTo(TENANTS + "/api/tenants/kent/invitations/" + INVITATION))
			.andExpect(method(HttpMethod.DELETE))
			.andRespond(withStatus(HttpStatus.NO_CONTENT));
		assertThat(mvc.post()
			.uri(PAGE + "/invitations/" + INVITATION + "/revocation")
			.with(as("kent", TenantRole.TENANT_ADMIN))).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "?done=revoked");
		backends.verify();

		backends.reset();
		kentIsKnown();
		backends.expect(once(), requestTo(TENANTS + "/api/tenants/kent/invitations/" + INVITATION))
			.andExpect(method(HttpMethod.DELETE))
			.andRespond(withStatus(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
					{"title":"Not found","status":404,"detail":"No open invitation"}"""));
		assertThat(mvc.post()
			.uri(PAGE + "/invitations/" + INVITATION + "/revocation")
			.with(as("kent", TenantRole.TENANT_ADMIN))).hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	@Test
	void aRoleIsChangedToTheOneChosen() {
		backends.expect(once(), requestTo(TENANTS + "/api/tenants/kent/members/alex.champion"))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(jsonPath("$.role").value("editor"))
			.andRespond(withStatus(HttpStatus.NO_CONTENT));

		assertThat(mvc.get().uri(PAGE + "/alex.champion").with(as("kent", TenantRole.TENANT_ADMIN))).bodyText()
			.contains("<h1 class=\"govuk-heading-xl\">alex.champion</h1>", "Champion", "id=\"role\"");

		assertThat(mvc.post()
			.uri(PAGE + "/alex.champion")
			.with(as("kent", TenantRole.TENANT_ADMIN))
			.param("role", "editor")).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo(PAGE + "?done=changed");
		backends.verify();
	}

	@Test
	void theLastTenantAdminIsNeitherDemotedNorRemovedAndThePageSaysWhy() {
		String lastAdmin = """
				{"type":"urn:compacts:problem:last-tenant-admin","title":"The last tenant admin","status":409,
				 "detail":"kent must keep at least one tenant admin.",
				 "errors":[{"field":"role","reason":"kent must keep at least one tenant admin"}]}""";
		backends.expect(once(), requestTo(TENANTS + "/api/tenants/kent/members/kim.admin"))
			.andExpect(method(HttpMethod.PUT))
			.andRespond(
					withStatus(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(lastAdmin));

		MvcTestResult demoted = mvc.post()
			.uri(PAGE + "/kim.admin")
			.with(as("kent", TenantRole.TENANT_ADMIN))
			.param("role", "member")
			.exchange();
		assertThat(demoted).hasStatus(HttpStatus.CONFLICT);
		assertThat(demoted).bodyText().contains("There is a problem", "href=\"#role\"", "at least one tenant admin");
		backends.verify();

		backends.reset();
		kentIsKnown();
		backends.expect(once(), requestTo(TENANTS + "/api/tenants/kent/members/kim.admin/tenant-admin"))
			.andExpect(method(HttpMethod.DELETE))
			.andRespond(
					withStatus(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(lastAdmin));

		MvcTestResult removed = mvc.post()
			.uri(PAGE + "/kim.admin/removal")
			.with(as("kent", TenantRole.TENANT_ADMIN))
			.exchange();
		assertThat(removed).hasStatus(HttpStatus.CONFLICT);
		assertThat(removed).bodyText().contains("at least one tenant admin");
		backends.verify();
	}

	@Test
	void removingAPersonTakesEveryRoleTheyHoldHere() {
		backends.expect(once(), requestTo(TENANTS + "/api/tenants/kent/members/alex.champion/champion"))
			.andExpect(method(HttpMethod.DELETE))
			.andRespond(withStatus(HttpStatus.NO_CONTENT));
		backends.expect(once(), requestTo(TENANTS + "/api/tenants/kent/members/alex.champion/member"))
			.andExpect(method(HttpMethod.DELETE))
			.andRespond(withStatus(HttpStatus.NO_CONTENT));

		assertThat(mvc.post().uri(PAGE + "/alex.champion/removal").with(as("kent", TenantRole.TENANT_ADMIN)))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "?done=removed");
		backends.verify();
	}

	@Test
	void aMemberWhoIsNotATenantAdminIsRefusedAndNothingIsSent() {
		backends.expect(never(), requestTo(TENANTS + "/api/tenants/kent/invitations"));
		backends.expect(never(), requestTo(TENANTS + "/api/tenants/kent/members/kim.admin"));

		assertThat(mvc.get().uri(PAGE).with(as("kent", TenantRole.EDITOR))).hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.doesNotContain("kim@example.org");
		assertThat(mvc.post()
			.uri(PAGE + "/invitations")
			.with(as("kent", TenantRole.EDITOR))
			.param("email", "x@example.org")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri(PAGE + "/kim.admin").with(as("kent", TenantRole.EDITOR)).param("role", "member"))
			.hasStatus(HttpStatus.FORBIDDEN);
		backends.verify();
	}

	@Test
	void aTenantAdminOfAnotherCompactGets404AndKentIsNeverAsked() {
		backends.expect(never(), requestTo(TENANTS + "/api/tenants/kent/invitations"));
		backends.expect(never(), requestTo(TENANTS + "/api/tenants/kent/members/kim.admin"));

		assertThat(mvc.get().uri(PAGE).with(as("swale", TenantRole.TENANT_ADMIN))).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.doesNotContain("kim@example.org");
		assertThat(mvc.post()
			.uri(PAGE + "/invitations")
			.with(as("swale", TenantRole.TENANT_ADMIN))
			.param("email", "x@example.org")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(
				mvc.post().uri(PAGE + "/kim.admin").with(as("swale", TenantRole.TENANT_ADMIN)).param("role", "member"))
			.hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	private void answer(String url, String json) {
		FakeServices.answer(backends, url, json);
	}

}
