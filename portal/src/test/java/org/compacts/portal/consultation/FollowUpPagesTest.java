package org.compacts.portal.consultation;

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
import static org.compacts.portal.consultation.ConsultationPagesTest.ID;
import static org.compacts.portal.consultation.ConsultationPagesTest.consultation;
import static org.springframework.test.web.client.ExpectedCount.never;
import static org.springframework.test.web.client.ExpectedCount.once;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;

/**
 * After the close: "you said, we did" written point by point (a first answer posted, a
 * change put from the version seen), the aspirational points made plan actions in one
 * step, the answers on the public site; and, before the close, a response changed and
 * commented on from the respond page. Nobody outside Swale reaches any of it.
 */
@Import(FakeServices.class)
@WebMvcTest(
		controllers = { ConsultationsController.class, PublicConsultationsController.class, FollowUpController.class },
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.compacts\\.portal\\.((backend|security|workspace|consultation)\\..*|site\\.(Dates|Markdown|PaperPages))"))
class FollowUpPagesTest {

	static final String PAGE = "/t/swale/workspace/consultations/" + ID;

	static final String API = COMPACTS + "/api/t/swale/consultations/" + ID;

	static final String PLAN = "b1a40000-0000-4000-8000-000000000001";

	static final String ACTION = "ac710000-0000-4000-8000-000000000001";

	static final String REPLY = "5e910000-0000-4000-8000-000000000001";

	static final String CODE = "c0de0000-0000-4000-8000-000000000001";

	static final String CVS = "0a900000-0000-4000-8000-000000000001";

	static final String MINE = "e5900000-0000-4000-8000-000000000001";

	static final String POINTS = """
			[{"question":0,"anchor":null,"label":"question 1","text":"Rate the monitoring","achievable":0,"aspirational":0,
			  "comments":0,"isAspirational":false,"reply":null,"action":null},
			 {"question":2,"anchor":null,"label":"question 3","text":"Is it achievable?","achievable":1,"aspirational":2,
			  "comments":0,"isAspirational":true,
			  "reply":{"id":"%s","question":2,"anchor":null,"text":"We monitor <b>together</b> from May.",
			    "item":{"itemId":"%s","kind":"CODE","title":"Monitoring"},"itemVersion":2,
			    "answeredAt":"2027-05-01T10:00:00Z","version":3},
			  "action":{"planId":"%s","actionId":"%s"}},
			 {"question":null,"anchor":"publicSectorUndertakings[2]","label":"comments on publicSectorUndertakings[2]",
			  "text":"publicSectorUndertakings[2]","achievable":0,"aspirational":1,"comments":1,"isAspirational":true,
			  "reply":null,"action":null}]"""
		.formatted(REPLY, CODE, PLAN, ACTION);

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

	private void closedWithPoints() {
		answer(API, consultation("Closed one", "CLOSED", true, "ALLOWED", 4));
		answer(API + "/points", POINTS);
		answer(COMPACTS + "/api/t/swale/plans", """
				[{"id":"%s","title":"Work programme","period":"2027-28"}]""".formatted(PLAN));
		answer(COMPACTS + "/api/t/swale/codes", """
				[{"id":"%s","latestVersion":2,"content":{"title":"Monitoring"}}]""".formatted(CODE));
		answer(COMPACTS + "/api/t/swale/principles", "[]");
	}

	@Test
	void thePointsPageShowsWhatWasSaidWhatWasDoneAndTheActionsAndEditorsMayAnswer() {
		closedWithPoints();

		assertThat(mvc.get().uri(PAGE + "/points").with(as("swale", TenantRole.EDITOR))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>You said, we did: Closed one - Swale Compact - Compacts</title>",
					"Question 3: Is it achievable?", "We monitor &lt;b&gt;together&lt;/b&gt; from May.",
					"Monitoring, version 2", "/t/swale/codes/" + CODE,
					"<td class=\"govuk-table__cell govuk-table__cell--numeric\">2</td>", "data-test=\"aspirational\"",
					"/t/swale/workspace/plans/" + PLAN + "/actions/" + ACTION,
					"Comments on public sector undertaking 2", PAGE + "/answer?question=0",
					PAGE + "/answer?anchor=publicSectorUndertakings%5B2%5D", "data-test=\"make-actions\"",
					"Work programme (2027-28)", "aria-current=\"page\"")
			.doesNotContain("<b>together");
		assertThat(mvc.get().uri(PAGE + "/points").with(as("swale", TenantRole.MEMBER))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("We monitor")
			.doesNotContain("data-test=\"make-actions\"", "data-test=\"answer\"");
	}

	@Test
	void aFirstAnswerIsPostedAndAChangePutFromTheVersionSeen() {
		closedWithPoints();
		backends.expect(once(), requestTo(API + "/replies"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(jsonPath("$.question").value(0))
			.andExpect(jsonPath("$.text").value("We rate it each year."))
			.andExpect(jsonPath("$.itemId").value(CODE))
			.andExpect(jsonPath("$.itemVersion").value(2))
			.andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body("{}"));
		backends.expect(once(), requestTo(API + "/replies/" + REPLY))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(header("If-Match", "\"3\""))
			.andExpect(jsonPath("$.text").value("We monitor together from June."))
			.andRespond(withStatus(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON).body("{}"));

		assertThat(mvc.get().uri(PAGE + "/answer?question=2").with(as("swale", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("name=\"replyId\" value=\"" + REPLY + "\"", "name=\"version\" value=\"3\"",
					"We monitor &lt;b&gt;together&lt;/b&gt; from May.", "1 tagged it achievable, 2 aspirational.");
		assertThat(mvc.post()
			.uri(PAGE + "/answer")
			.with(as("swale", TenantRole.EDITOR))
			.param("question", "0")
			.param("text", "We rate it each year.")
			.param("itemId", CODE)
			.param("itemVersion", "2")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "/points?done=answered");
		assertThat(mvc.post()
			.uri(PAGE + "/answer")
			.with(as("swale", TenantRole.EDITOR))
			.param("question", "2")
			.param("replyId", REPLY)
			.param("version", "3")
			.param("text", "We monitor together from June.")).hasStatus(HttpStatus.FOUND);
		backends.verify();
	}

	@Test
	void aRefusedAnswerIsShownAgainWithTheSummaryNamingTheField() {
		closedWithPoints();
		backends.expect(once(), requestTo(API + "/replies"))
			.andExpect(method(HttpMethod.POST))
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
					{"type":"urn:compacts:problem:invalid","title":"Invalid","status":400,
					 "detail":"The answer cannot be saved as written.",
					 "errors":[{"field":"text","reason":"must not be blank"}]}"""));

		MvcTestResult refused = mvc.post()
			.uri(PAGE + "/answer")
			.with(as("swale", TenantRole.EDITOR))
			.param("question", "0")
			.param("text", " ")
			.exchange();
		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("<title>Error: Answer a point", "There is a problem", "href=\"#text\"", "Text: must not be blank",
					"govuk-textarea--error");

		MvcTestResult notANumber = mvc.post()
			.uri(PAGE + "/answer")
			.with(as("swale", TenantRole.EDITOR))
			.param("question", "0")
			.param("text", "Done.")
			.param("itemId", CODE)
			.param("itemVersion", "two")
			.exchange();
		assertThat(notANumber).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(notANumber).bodyText().contains("href=\"#itemVersion\"", "must be a whole number", "value=\"two\"");
		backends.verify();
	}

	@Test
	void theAspirationalPointsBecomeActionsOfThePlanChosenInOneStep() {
		closedWithPoints();
		backends.expect(once(), requestTo(API + "/plan-actions"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(jsonPath("$.planId").value(PLAN))
			.andRespond(withStatus(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON).body(POINTS));
		backends.expect(once(), requestTo(API + "/plan-actions"))
			.andExpect(method(HttpMethod.POST))
			.andRespond(withStatus(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON).body("[]"));

		assertThat(mvc.post().uri(PAGE + "/plan-actions").with(as("swale", TenantRole.EDITOR)).param("planId", PLAN))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "/points?done=planned");
		assertThat(mvc.post().uri(PAGE + "/plan-actions").with(as("swale", TenantRole.EDITOR)).param("planId", PLAN))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "/points?done=none");
		backends.verify();
	}

	@Test
	void noPlanChosenIsRefusedNamingThePlan() {
		closedWithPoints();
		backends.expect(once(), requestTo(API + "/plan-actions"))
			.andExpect(method(HttpMethod.POST))
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
					{"type":"urn:compacts:problem:invalid","title":"Invalid","status":400,"detail":"Not valid.",
					 "errors":[{"field":"planId","reason":"must not be null"}]}"""));

		MvcTestResult refused = mvc.post().uri(PAGE + "/plan-actions").with(as("swale", TenantRole.EDITOR)).exchange();
		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText().contains("href=\"#planId\"", "Plan id: must not be null", "govuk-select--error");
		backends.verify();
	}

	@Test
	void thePublicReadsWhatTheCompactDidOnceClosed() {
		answer(API, consultation("Closed one", "CLOSED", true, "ALLOWED", 4));
		answer(API + "/results", """
				{"responses":3,"questions":[],"commentsByAnchor":{},"bySector":{"PUBLIC":1,"VCS":2}}""");
		answer(API + "/points", POINTS);

		assertThat(mvc.get().uri("/t/swale/consultations/" + ID)).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("You said, we did", "Question 3: Is it achievable?",
					"We monitor &lt;b&gt;together&lt;/b&gt; from May.", "Monitoring, version 2")
			.doesNotContain("Comments on public sector undertaking 2", ACTION);
	}

	@Test
	void beforeTheCloseThePublicPageHasNoAnswersAndDoesNotAskForThem() {
		backends.expect(never(), requestTo(API + "/points"));
		answer(API, consultation("Open one", "OPEN", false, "ALLOWED", 1));

		assertThat(mvc.get().uri("/t/swale/consultations/" + ID)).hasStatus(HttpStatus.OK)
			.bodyText()
			.doesNotContain("You said, we did");
		backends.verify();
	}

	@Test
	void aResponseIsChangedFromTheVersionSeenWithCommentsAnchoredToTheDraft() {
		answer(API, consultation("Open one", "OPEN", false, "WARNED", 1).replace("\"item\":null,\"itemVersion\":null",
				"\"item\":{\"itemId\":\"" + CODE + "\",\"kind\":\"CODE\",\"title\":\"Monitoring\"},\"itemVersion\":2"));
		answer(COMPACTS + "/api/t/swale/organisations", """
				[{"id":"%s","name":"Swale CVS","sector":"VCS"}]""".formatted(CVS));
		answer(COMPACTS + "/api/t/swale/codes/" + CODE + "/versions/2", """
				{"number":2,"status":"CONSULTATION","content":{"title":"Monitoring","aim":"Monitor together.",
				 "vcsUndertakings":["Report yearly"],"publicSectorUndertakings":["Fund it","Publish the results"],
				 "allPartnersCommitments":[]}}""");
		answer(API + "/responses", """
				[{"id":"%s","organisationId":"%s","respondentName":"Alex Champion",
				  "answers":[{"question":0,"rating":2,"choices":[]},{"question":1,"choices":[2,0,1]},
				    {"question":2,"achievability":"ASPIRATIONAL","choices":[]}],
				  "comments":[{"anchor":"aim","text":"Say who leads.","tag":"ASPIRATIONAL"}],"version":4}]"""
			.formatted(MINE, CVS));
		backends.expect(once(), requestTo(API + "/responses/" + MINE))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(header("If-Match", "\"4\""))
			.andExpect(jsonPath("$.answers[0].rating").value(3))
			.andExpect(jsonPath("$.comments.length()").value(2))
			.andExpect(jsonPath("$.comments[0].anchor").value("aim"))
			.andExpect(jsonPath("$.comments[1].anchor").value("publicSectorUndertakings[2]"))
			.andExpect(jsonPath("$.comments[1].text").value("Publish them in May."))
			.andExpect(jsonPath("$.comments[1].tag").value("ACHIEVABLE"))
			.andRespond(withStatus(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON).body("{}"));

		assertThat(mvc.get().uri(PAGE + "/response").with(as("swale", TenantRole.CHAMPION))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("Change your response", "name=\"responseId\" value=\"" + MINE + "\"",
					"name=\"version\" value=\"4\"", "value=\"Alex Champion\"",
					"Public sector undertaking 2: Publish the results", "value=\"publicSectorUndertakings[2]\"",
					"Say who leads.", "name=\"commentText-2\"")
			.doesNotContain("name=\"commentText-3\"");
		assertThat(mvc.post()
			.uri(PAGE + "/response")
			.with(as("swale", TenantRole.CHAMPION))
			.param("responseId", MINE)
			.param("version", "4")
			.param("organisationId", CVS)
			.param("respondentName", "Alex Champion")
			.param("answer-0", "3")
			.param("commentAnchor-0", "aim")
			.param("commentText-0", "Say who leads.")
			.param("commentTag-0", "ASPIRATIONAL")
			.param("commentAnchor-1", "publicSectorUndertakings[2]")
			.param("commentText-1", "Publish them in May.")
			.param("commentTag-1", "ACHIEVABLE")
			.param("commentAnchor-2", "")
			.param("commentText-2", "")).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo(PAGE + "?done=response");
		backends.verify();
	}

	@Test
	void aMemberOfAnotherCompactGets404AndSwaleIsNeverAsked() {
		backends.expect(never(), requestTo(API + "/points"));
		backends.expect(never(), requestTo(API + "/replies"));
		backends.expect(never(), requestTo(API + "/plan-actions"));

		assertThat(mvc.get().uri(PAGE + "/points").with(as("kent", TenantRole.EDITOR))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(PAGE + "/answer?question=0").with(as("kent", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post()
			.uri(PAGE + "/answer")
			.with(as("kent", TenantRole.EDITOR))
			.param("question", "0")
			.param("text", "Not ours.")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(
				mvc.post().uri(PAGE + "/plan-actions").with(as("kent", TenantRole.TENANT_ADMIN)).param("planId", PLAN))
			.hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	@Test
	void aMemberWithoutTheEditorRoleMayNotAnswerNorMakeActions() {
		backends.expect(never(), requestTo(API + "/replies"));
		backends.expect(never(), requestTo(API + "/plan-actions"));

		assertThat(mvc.post()
			.uri(PAGE + "/answer")
			.with(as("swale", TenantRole.MEMBER))
			.param("question", "0")
			.param("text", "Mine.")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri(PAGE + "/plan-actions").with(as("swale", TenantRole.CHAMPION)).param("planId", PLAN))
			.hasStatus(HttpStatus.FORBIDDEN);
		backends.verify();
	}

	private void answer(String url, String json) {
		FakeServices.answer(backends, url, json);
	}

}
