package org.compacts.portal.update;

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
import static org.compacts.portal.FakeServices.as;
import static org.springframework.test.web.client.ExpectedCount.once;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.headerDoesNotExist;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;

/**
 * The workspace's updates and the public site's: the list, an update sent (and refused,
 * naming its field), its page corrected from the version seen, by editors of this compact
 * only, and only public updates on the public site.
 */
@Import(FakeServices.class)
@WebMvcTest(controllers = { UpdatesController.class, PublicUpdatesController.class },
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.compacts\\.portal\\.((backend|security|workspace|update)\\..*|site\\.Dates)"))
class UpdatePagesTest {

	static final String REFRESH = "0bda0000-0000-4000-8000-000000000001";

	static final String PAGE = "/t/kent/workspace/updates";

	static final String API = COMPACTS + "/api/t/kent/updates";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockRestServiceServer backends;

	@BeforeEach
	void servicesAnswer() {
		FakeServices.kentAndSwale(backends);
	}

	static String update(boolean published, int version) {
		return """
				{"id":"%s","audience":"CHAMPIONS","title":"Compact refresh <b>x</b>",
				 "body":"The draft is out.\\n\\nPlease annotate it.","published":%s,"recipients":12,
				 "sentBy":"kim.admin","sentAt":"2010-02-22T12:30:00Z","version":%d}""".formatted(REFRESH, published,
				version);
	}

	@Test
	void theListAndAnUpdateShowEscapedAndOnlyEditorsMaySendOrCorrect() {
		FakeServices.answer(backends, API, "[" + update(false, 1) + "]");
		FakeServices.answer(backends, API + "/" + REFRESH, update(false, 1));

		assertThat(mvc.get().uri(PAGE).with(as("kent", TenantRole.EDITOR))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>Updates - Kent Partners Compact - Compacts</title>", "22 February 2010",
					"Compact refresh &lt;b&gt;x&lt;/b&gt;", "href=\"" + PAGE + "/" + REFRESH + "\"",
					"data-test=\"new-update\"", "govuk-service-navigation__item--active")
			.doesNotContain("<b>x");
		assertThat(mvc.get().uri(PAGE).with(as("kent", TenantRole.MEMBER))).hasStatus(HttpStatus.OK)
			.bodyText()
			.doesNotContain("data-test=\"new-update\"");
		assertThat(mvc.get().uri(PAGE + "/" + REFRESH).with(as("kent", TenantRole.MEMBER))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("Please annotate it.", "12 people")
			.doesNotContain("data-test=\"edit-update\"");
		assertThat(mvc.get().uri(PAGE + "/new").with(as("kent", TenantRole.MEMBER))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri(PAGE + "/" + REFRESH).with(as("swale", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anUpdateIsSentAndARefusalNamesItsFieldAndKeepsWhatWasTyped() {
		backends.expect(once(), requestTo(API))
			.andExpect(method(HttpMethod.POST))
			.andExpect(headerDoesNotExist("If-Match"))
			.andExpect(jsonPath("$.audience").value("MEMBERS"))
			.andExpect(jsonPath("$.published").value(true))
			.andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body(update(true, 0)));
		assertThat(mvc.post()
			.uri(PAGE)
			.with(as("kent", TenantRole.EDITOR))
			.param("audience", "MEMBERS")
			.param("title", "Compact refresh")
			.param("body", "The draft is out.")
			.param("published", "true")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "/" + REFRESH + "?done=sent");
		backends.verify();

		FakeServices.kentAndSwale(backends);
		backends.expect(once(), requestTo(API))
			.andExpect(method(HttpMethod.POST))
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("""
						{"type":"urn:compacts:problem:invalid-request","title":"Invalid request","status":400,
						 "detail":"The request is not valid.","errors":[{"field":"title","reason":"must not be blank"}]}"""));
		MvcTestResult refused = mvc.post()
			.uri(PAGE)
			.with(as("kent", TenantRole.EDITOR))
			.param("audience", "CHAMPIONS")
			.param("title", "")
			.param("body", "Kept <i>as typed</i>")
			.exchange();
		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("<title>Error: Send an update", "href=\"#title\"", "must not be blank",
					"Kept &lt;i&gt;as typed&lt;/i&gt;");
		backends.verify();
		// a member may not send one, and nothing is sent
		assertThat(mvc.post()
			.uri(PAGE)
			.with(as("kent", TenantRole.MEMBER))
			.param("audience", "CHAMPIONS")
			.param("title", "t")
			.param("body", "b")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aPageIsCorrectedFromTheVersionSeen() {
		backends.expect(once(), requestTo(API + "/" + REFRESH))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(header("If-Match", "\"3\""))
			.andExpect(jsonPath("$.audience").doesNotExist())
			.andExpect(jsonPath("$.published").value(false))
			.andRespond(withStatus(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON).body(update(false, 4)));
		assertThat(mvc.post()
			.uri(PAGE + "/" + REFRESH)
			.with(as("kent", TenantRole.EDITOR))
			.param("title", "Compact refresh")
			.param("body", "Corrected.")
			.param("version", "3")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "/" + REFRESH + "?done=saved");
		backends.verify();
	}

	@Test
	void thePublicSiteShowsPublicUpdatesOnly() {
		String hidden = REFRESH.replace("0001", "0002");
		FakeServices.answer(backends, API,
				"[" + update(true, 1) + "," + update(false, 1).replace(REFRESH, hidden) + "]");
		FakeServices.answer(backends, API + "/" + REFRESH, update(true, 1));
		FakeServices.answer(backends, API + "/" + hidden, update(false, 1).replace(REFRESH, hidden));

		assertThat(mvc.get().uri("/t/kent/updates")).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("/t/kent/updates/" + REFRESH)
			.doesNotContain(hidden);
		assertThat(mvc.get().uri("/t/kent/updates/" + REFRESH)).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("Please annotate it.")
			.doesNotContain("kim.admin");
		assertThat(mvc.get().uri("/t/kent/updates/" + hidden)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anotherCompactsUpdateIsNotFoundUnderThisOnesNameAndOnlyThisOneIsAsked() {
		// Kent's update, asked for on Swale's public site by a signed-in member of both:
		// Swale's service does not have it, and Kent's is never asked
		backends.expect(once(), requestTo(COMPACTS + "/api/t/swale/updates/" + REFRESH))
			.andRespond(withStatus(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("{\"status\":404,\"title\":\"Not Found\"}"));

		assertThat(mvc.get().uri("/t/swale/updates/" + REFRESH).with(as("swale", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.doesNotContain("Please annotate it.");
		backends.verify();
	}

}
