package org.compacts.portal.notice;

import org.compacts.portal.FakeServices;
import org.compacts.servicekit.security.TenantRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.portal.FakeServices.COMPACTS;
import static org.compacts.portal.FakeServices.as;
import static org.springframework.test.web.client.ExpectedCount.never;
import static org.springframework.test.web.client.ExpectedCount.once;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withNoContent;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/**
 * A member's e-mail reminders page and a mail's unsubscribe page, rendered by the portal
 * with compact-service and tenant-service answered at the HTTP boundary.
 */
@Import(FakeServices.class)
@WebMvcTest(controllers = { NotificationsController.class, UnsubscribeController.class },
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.compacts\\.portal\\.((backend|security|workspace|notice)\\..*|site\\.Dates)"))
class NotificationPagesTest {

	static final String PAGE = "/t/kent/workspace/notifications";

	static final String MINE = COMPACTS + "/api/t/kent/notices/preferences/me";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockRestServiceServer backends;

	@BeforeEach
	void register() {
		FakeServices.kentAndSwale(backends);
	}

	@Test
	void aMemberSeesTheFourChoicesWithTheirsChecked() {
		FakeServices.answer(backends, MINE, """
				{"person":"kim@example.org","cadence":"WEEKLY","chosen":true,"version":3}""");

		MvcTestResult page = mvc.get().uri(PAGE).with(as("kent", TenantRole.MEMBER)).exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("<h1 class=\"govuk-heading-xl\">E-mail reminders</h1>", "kim@example.org", "value=\"AT_ONCE\"",
					"value=\"DAILY\"", "value=\"NONE\"", "name=\"version\" value=\"3\"",
					"href=\"/t/kent/workspace/notifications\"")
			.containsPattern("value=\"WEEKLY\"[^>]*checked");
	}

	@Test
	void savingSendsTheChoiceWithTheVersionSeen() {
		backends.expect(once(), requestTo(MINE))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(header(HttpHeaders.IF_MATCH, "\"3\""))
			.andExpect(jsonPath("$.cadence").value("AT_ONCE"))
			.andRespond(withSuccess("""
					{"person":"kim@example.org","cadence":"AT_ONCE","chosen":true,"version":4}""",
					MediaType.APPLICATION_JSON));

		assertThat(mvc.post()
			.uri(PAGE)
			.with(as("kent", TenantRole.MEMBER))
			.param("cadence", "AT_ONCE")
			.param("version", "3")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(PAGE + "?done=saved");
		backends.verify();
	}

	@Test
	void aStaleChoiceIsShownWithTheProblemAndTheCurrentVersion() {
		backends.expect(once(), requestTo(MINE))
			.andExpect(method(HttpMethod.PUT))
			.andRespond(withStatus(HttpStatus.PRECONDITION_FAILED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("""
						{"title":"Stale version","status":412,"detail":"Someone changed this since the version you read.",
						 "errors":[{"field":"If-Match","reason":"is not the current version"}],"currentVersion":4}"""));
		FakeServices.answer(backends, MINE, """
				{"person":"kim@example.org","cadence":"DAILY","chosen":true,"version":4}""");

		MvcTestResult page = mvc.post()
			.uri(PAGE)
			.with(as("kent", TenantRole.MEMBER))
			.param("cadence", "NONE")
			.param("version", "3")
			.exchange();

		assertThat(page).hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(page).bodyText()
			.contains("There is a problem", "name=\"version\" value=\"4\"")
			.containsPattern("value=\"NONE\"[^>]*checked");
	}

	@Test
	void anotherCompactsMemberGetsNoPageAndNothingIsAskedOrSent() {
		backends.expect(never(), requestTo(MINE));

		assertThat(mvc.get().uri(PAGE).with(as("swale", TenantRole.EDITOR))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post()
			.uri(PAGE)
			.with(as("swale", TenantRole.EDITOR))
			.param("cadence", "NONE")
			.param("version", "1")).hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	@Test
	void theUnsubscribeLinkAsksFirstThenStopsTheMailsWithoutSigningIn() {
		String query = "?person=kim%40example.org&list=reminders&sig=abc";
		backends.expect(once(), requestTo(COMPACTS + "/api/t/kent/notices/unsubscribe" + query))
			.andExpect(method(HttpMethod.POST))
			.andRespond(withNoContent());

		MvcTestResult confirm = mvc.get().uri("/t/kent/unsubscribe" + query).exchange();
		assertThat(confirm).hasStatusOk();
		assertThat(confirm).bodyText()
			.contains("Stop e-mails from the <span>kent</span> compact?", "data-test=\"unsubscribe-form\"",
					"name=\"sig\" value=\"abc\"");

		MvcTestResult done = mvc.post()
			.uri("/t/kent/unsubscribe")
			.param("person", "kim@example.org")
			.param("list", "reminders")
			.param("sig", "abc")
			.exchange();
		assertThat(done).hasStatusOk();
		assertThat(done).bodyText().contains("You will get no more e-mails", "data-test=\"unsubscribed\"");
		backends.verify();
	}

	@Test
	void aChangedLinkIsRefusedAndSaysSo() {
		backends
			.expect(once(),
					requestTo(COMPACTS
							+ "/api/t/kent/notices/unsubscribe?person=kam%40example.org&list=reminders&sig=abc"))
			.andRespond(withStatus(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
					{"title":"Not a valid unsubscribe link","status":403,
					 "detail":"This link was not made for this person and compact, or was changed.",
					 "errors":[{"field":"sig","reason":"does not sign this person, compact and list"}]}"""));

		MvcTestResult refused = mvc.post()
			.uri("/t/kent/unsubscribe")
			.param("person", "kam@example.org")
			.param("list", "reminders")
			.param("sig", "abc")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(refused).bodyText()
			.contains("There is a problem", "This link was not made for this person and compact")
			.doesNotContain("data-test=\"unsubscribed\"");
	}

}
