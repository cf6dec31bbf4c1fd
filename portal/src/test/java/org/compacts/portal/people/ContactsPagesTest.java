package org.compacts.portal.people;

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
 * The workspace's contacts pages; compact-service and tenant-service answered at the HTTP
 * boundary, where what the portal sends is checked.
 */
@Import(FakeServices.class)
@WebMvcTest(controllers = ContactsController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.compacts\\.portal\\.((backend|security|workspace|people)\\..*|site\\.Dates)"))
class ContactsPagesTest {

	static final String ID = "2c6b1c9e-5f0a-4b8e-9d1f-0a1b2c3d4e5f";

	static final String PAGE = "/t/kent/workspace/contacts";

	static final String API = COMPACTS + "/api/t/kent/contacts";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockRestServiceServer backends;

	@BeforeEach
	void tenantServiceAnswers() {
		FakeServices.kentAndSwale(backends);
	}

	@Test
	void editorsSeeTheContactsWithTheirControlsAndMembersReadThemOnly() {
		answer(API, "[" + contact("Sarah Williams", 3) + "]");

		MvcTestResult editors = mvc.get().uri(PAGE).with(as("kent", TenantRole.EDITOR)).exchange();
		assertThat(editors).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<h1 class=\"govuk-heading-xl\">Contacts</h1>", "Sarah Williams", "Community Development Manager",
					"mailto:sarah@swalecvs.org.uk", "data-test=\"new-contact\"",
					"href=\"/t/kent/workspace/contacts/" + ID + "/remove\"");

		MvcTestResult members = mvc.get().uri(PAGE).with(as("kent", TenantRole.MEMBER)).exchange();
		assertThat(members).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("Sarah Williams")
			.doesNotContain("data-test=\"new-contact\"", "data-test=\"change\"", "data-test=\"remove\"");
	}

	@Test
	void aNewContactIsSentAsTypedAndTheListSaysItIsAdded() {
		backends.expect(once(), requestTo(API))
			.andExpect(method(HttpMethod.POST))
			.andExpect(jsonPath("$.name").value("Sarah Williams"))
			.andExpect(jsonPath("$.email").value("sarah@swalecvs.org.uk"))
			.andExpect(jsonPath("$.organisationName").value("Swale CVS"))
			.andExpect(jsonPath("$.position").doesNotExist())
			.andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
				.body(contact("Sarah Williams", 0)));

		assertThat(mvc.post()
			.uri(PAGE)
			.with(as("kent", TenantRole.EDITOR))
			.param("name", "Sarah Williams")
			.param("organisationName", "Swale CVS")
			.param("email", "sarah@swalecvs.org.uk")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "?done=added");
		backends.verify();
	}

	@Test
	void theListSaysWhatWasDoneAndNothingItWasNotTold() {
		answer(API, "[" + contact("Sarah Williams", 0) + "]");

		assertThat(mvc.get().uri(PAGE + "?done=added").with(as("kent", TenantRole.EDITOR))).bodyText()
			.contains("data-test=\"done\"", "The contact is added.");
		assertThat(mvc.get().uri(PAGE + "?done=<b>hacked</b>").with(as("kent", TenantRole.EDITOR))).bodyText()
			.doesNotContain("data-test=\"done\"", "hacked");
	}

	@Test
	void aRefusalNamesTheFieldsAndKeepsWhatWasTypedEscaped() {
		backends.expect(once(), requestTo(API))
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
					{"type":"urn:compacts:problem:invalid-request","title":"Invalid request","status":400,
					 "detail":"A contact needs an e-mail address or a phone number.",
					 "errors":[{"field":"email","reason":"give an e-mail address or a phone number"},
					           {"field":"phone","reason":"give an e-mail address or a phone number"}]}"""));

		MvcTestResult refused = mvc.post()
			.uri(PAGE)
			.with(as("kent", TenantRole.EDITOR))
			.param("name", "<script>alert('x')</script>")
			.param("address", "Central <b>House</b>")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("<title>Error: Add a contact", "There is a problem", "href=\"#email\"",
					"Email: give an e-mail address or a phone number", "href=\"#phone\"", "govuk-form-group--error",
					"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "Central &lt;b&gt;House&lt;/b&gt;")
			.doesNotContain("<script>alert");
		backends.verify();
	}

	@Test
	void aChangeNamesTheVersionSeenAndAStaleOneShowsWhatItSaysNow() {
		backends.expect(once(), requestTo(API + "/" + ID))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(header("If-Match", "\"3\""))
			.andExpect(jsonPath("$.name").value("Sarah Jones"))
			.andRespond(withStatus(HttpStatus.PRECONDITION_FAILED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("""
						{"type":"urn:compacts:problem:stale-version","title":"Stale version","status":412,
						 "detail":"Someone changed this since the version you read; it is now at version 4.",
						 "errors":[{"field":"If-Match","reason":"is not the current version"}],"currentVersion":4}"""));
		answer(API + "/" + ID, contact("Sarah Williams-Hart", 4));

		MvcTestResult stale = mvc.post()
			.uri(PAGE + "/" + ID)
			.with(as("kent", TenantRole.EDITOR))
			.param("version", "3")
			.param("name", "Sarah Jones")
			.param("phone", "01795 473828")
			.exchange();

		assertThat(stale).hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(stale).bodyText()
			.contains("What it says now", "Sarah Williams-Hart", "value=\"Sarah Jones\"",
					"name=\"version\" value=\"4\"");
		backends.verify();
	}

	@Test
	void aSavedChangeGoesBackToTheList() {
		backends.expect(once(), requestTo(API + "/" + ID))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(header("If-Match", "\"3\""))
			.andRespond(
					withStatus(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON).body(contact("Sarah Jones", 4)));

		assertThat(mvc.post()
			.uri(PAGE + "/" + ID)
			.with(as("kent", TenantRole.EDITOR))
			.param("version", "3")
			.param("name", "Sarah Jones")
			.param("email", "sarah@swalecvs.org.uk")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "?done=saved");
		backends.verify();
	}

	@Test
	void aContactIsRemovedAfterTheEditorConfirms() {
		answer(API + "/" + ID, contact("Sarah Williams", 3));
		backends.expect(once(), requestTo(API + "/" + ID))
			.andExpect(method(HttpMethod.DELETE))
			.andRespond(withStatus(HttpStatus.NO_CONTENT));

		assertThat(mvc.get().uri(PAGE + "/" + ID + "/remove").with(as("kent", TenantRole.EDITOR))).bodyText()
			.contains("Remove <span>Sarah Williams</span> from the contacts?", "govuk-button--warning");
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

		assertThat(mvc.post().uri(PAGE).with(as("kent", TenantRole.MEMBER)).param("name", "Sarah"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri(PAGE + "/" + ID).with(as("kent", TenantRole.CHAMPION)).param("name", "Sarah"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri(PAGE + "/" + ID + "/remove").with(as("kent", TenantRole.MEMBER)))
			.hasStatus(HttpStatus.FORBIDDEN);
		backends.verify();
	}

	@Test
	void aMemberOfAnotherCompactGets404AndKentIsNeverAsked() {
		backends.expect(never(), requestTo(API));
		backends.expect(never(), requestTo(API + "/" + ID));

		assertThat(mvc.get().uri(PAGE).with(as("swale", TenantRole.TENANT_ADMIN))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri(PAGE).with(as("swale", TenantRole.TENANT_ADMIN)).param("name", "Taken over"))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri(PAGE + "/" + ID + "/remove").with(as("swale", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	private void answer(String url, String json) {
		FakeServices.answer(backends, url, json);
	}

	private static String contact(String name, int version) {
		return """
				{"id":"%s","name":"%s","role":"Community Development Manager","organisationName":"Swale CVS",
				 "email":"sarah@swalecvs.org.uk","phone":null,"address":"Central House","website":null,
				 "position":0,"version":%d}""".formatted(ID, name, version);
	}

}
