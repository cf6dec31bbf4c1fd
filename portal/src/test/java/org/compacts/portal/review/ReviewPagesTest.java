package org.compacts.portal.review;

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
 * The workspace's annual reviews and steering group, and the public review page and PDF:
 * a review answered and signed off from the version seen, a refusal naming the field,
 * only editors changing anything, and another compact's people never reaching Swale's.
 */
@Import(FakeServices.class)
@WebMvcTest(
		controllers = { ReviewsController.class, SteeringGroupController.class, PublicReviewsController.class,
				SuggestionsController.class },
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.compacts\\.portal\\.((backend|security|workspace)\\..*|site\\.(Dates|Markdown|PaperPages))"))
class ReviewPagesTest {

	static final String AMENDMENT = "a3e00000-0000-4000-8000-000000000001";

	static final String PAGE = "/t/swale/workspace/reviews";

	static final String API = COMPACTS + "/api/t/swale/reviews";

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

	static String review(String state, long version, String answer) {
		boolean signed = !state.equals("DRAFT");
		return """
				{"id":"5e500000-0000-4000-8000-000000000001","year":2026,"period":"2026-27","state":"%s",
				 "answers":[{"question":"Who reports <b>progress</b>?","answer":%s}],
				 "amendments":[{"id":"%s","suggestion":"Add a code on volunteering.","suggestedBy":"Swale CVS",
				   "receivedOn":"2026-05-01","decision":"ACCEPTED","reason":"Agreed by the group."}],
				 "snapshot":{"year":2026,"period":"2026-27","takenOn":"2027-03-20",
				   "plan":{"plans":2,"actions":10,"actionsByStatus":{"NOT_STARTED":1,"ON_TRACK":3,"DONE":6},"overdue":2,
				     "percentDone":60,"indicators":3,"indicatorsByRag":{"GREEN":2,"NONE":1}},
				   "disputes":{"raised":3,"open":1,"resolved":1,"withdrawn":1,"openByStage":{"RAISED":1},"medianDaysToResolve":12.5},
				   "successes":{"recorded":5,"drafts":1,"approved":2,"caseStudies":2}},
				 "snapshotFrozen":%s,"startedBy":"sam.editor","startedAt":"2026-04-02T10:00:00Z",
				 "signedOffBy":%s,"signedOffFor":%s,"signedOffOn":%s,"publishedAt":%s,"version":%d}"""
			.formatted(state, answer == null ? "null" : "\"" + answer + "\"", AMENDMENT, signed,
					signed ? "\"sam.editor\"" : "null",
					signed ? "\"Swale Compact Steering Group, chaired by Jo Chair\"" : "null",
					signed ? "\"2027-03-20\"" : "null", state.equals("PUBLISHED") ? "\"2027-03-21T10:00:00Z\"" : "null",
					version);
	}

	@Test
	void anEditorAnswersTheQuestionsFromTheVersionSeenAndSignOffNamesTheUnansweredOne() {
		answer(API + "/2026", review("DRAFT", 3, null));
		backends.expect(once(), requestTo(API + "/2026/answers"))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(header("If-Match", "\"3\""))
			.andExpect(jsonPath("$.answers[0].question").value("Who reports <b>progress</b>?"))
			.andExpect(jsonPath("$.answers[0].answer").value("The steering group."))
			.andRespond(withStatus(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON)
				.body(review("DRAFT", 4, "The steering group.")));
		backends.expect(once(), requestTo(API + "/2026/sign-off"))
			.andExpect(header("If-Match", "\"3\""))
			.andRespond(withStatus(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
					{"type":"urn:compacts:problem:conflict","title":"Questions unanswered","status":409,
					 "detail":"Every monitoring question is answered before the review is signed off.",
					 "errors":[{"field":"answers[0].answer","reason":"is not answered"}]}"""));

		assertThat(mvc.get().uri(PAGE + "/2026").with(as("swale", TenantRole.EDITOR))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>Annual review 2026-27 - Swale Compact - Compacts</title>",
					"Who reports &lt;b&gt;progress&lt;/b&gt;?", "name=\"version\" value=\"3\"",
					"data-test=\"sign-off\"", "Accepted", "Agreed by the group.", "10</span>", "60</span>% done",
					"they are frozen when the review is signed off", "aria-current=\"page\"")
			.doesNotContain("data-test=\"publish\"", "<b>progress");
		assertThat(mvc.post()
			.uri(PAGE + "/2026/answers")
			.with(as("swale", TenantRole.EDITOR))
			.param("question", "Who reports <b>progress</b>?")
			.param("answer", " The steering group. ")
			.param("version", "3")).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo(PAGE + "/2026?done=answers");
		MvcTestResult refused = mvc.post()
			.uri(PAGE + "/2026/sign-off")
			.with(as("swale", TenantRole.EDITOR))
			.param("version", "3")
			.exchange();
		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		assertThat(refused).bodyText()
			.contains("<title>Error: Annual review", "href=\"#answers\"", "Answer: is not answered",
					"govuk-form-group--error");
		backends.verify();
	}

	@Test
	void aDecisionWithoutItsReasonIsRefusedNamingThatAmendmentsField() {
		answer(API + "/2026", review("DRAFT", 3, null));
		backends.expect(once(), requestTo(API + "/2026/amendments/" + AMENDMENT + "/decision"))
			.andExpect(jsonPath("$.decision").value("REJECTED"))
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("""
						{"type":"urn:compacts:problem:invalid-request","title":"Invalid request","status":400,
						 "detail":"Say why it was decided so.","errors":[{"field":"reason","reason":"is required for a decision"}]}"""));
		MvcTestResult refused = mvc.post()
			.uri(PAGE + "/2026/amendments/" + AMENDMENT + "/decision")
			.with(as("swale", TenantRole.EDITOR))
			.param("decision", "REJECTED")
			.param("reason", " ")
			.param("version", "3")
			.exchange();
		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("href=\"#reason-" + AMENDMENT + "\"", "id=\"reason-" + AMENDMENT + "\"",
					"is required for a decision");
		backends.verify();
	}

	@Test
	void thePublicReadsAPublishedReviewAndItsPdfButNotADraft() {
		answer(API + "/2026", review("PUBLISHED", 7, "The steering group."));
		answer(API + "/2025", review("DRAFT", 1, null).replace("2026", "2025"));

		assertThat(mvc.get().uri("/t/swale/reviews/2026")).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>Annual review 2026-27 - Swale Compact - Compacts</title>",
					"Swale Compact Steering Group, chaired by Jo Chair", "20 March 2027", "The steering group.",
					"Add a code on volunteering.", "Accepted", "when the review was signed off",
					"href=\"/t/swale/reviews/2026/review.pdf\"")
			.doesNotContain("sam.editor", "data-test=\"sign-off\"");
		MvcTestResult pdf = mvc.get().uri("/t/swale/reviews/2026/review.pdf").exchange();
		assertThat(pdf).hasStatus(HttpStatus.OK).hasContentType(MediaType.APPLICATION_PDF);
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
		assertThat(mvc.get().uri("/t/swale/reviews/2025")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theSteeringGroupShowsItsMembersScheduleAndTheMattersArisingAndOnlyEditorsChangeIt() {
		answer(COMPACTS + "/api/t/swale/steering-group/next-agenda",
				"""
						{"group":{"id":"5e500000-0000-4000-8000-0000000000a1","name":"Swale Compact Steering Group",
						  "meetingsPerYear":3,"members":[{"name":"Jo Chair","organisation":"Swale CVS","role":"chair"}],"version":2},
						 "fromLastMeeting":{"meetingId":"5e500000-0000-4000-8000-0000000000b1","title":"Steering group",
						  "heldOn":"2026-09-23","open":[{"text":"Write to the council","ownerPeople":"Jacqui Ward",
						   "dueOn":"2026-10-12","planId":"5e500000-0000-4000-8000-0000000000c1",
						   "actionId":"5e500000-0000-4000-8000-0000000000d1","status":"NOT_STARTED","progress":0,"overdue":true}]},
						 "nextMeetingDueBy":"2027-01-23",
						 "meetings":[{"id":"5e500000-0000-4000-8000-0000000000b1","title":"Steering group of September",
						  "heldOn":"2026-09-23","minutesStatus":"APPROVED","published":true}]}""");
		backends.expect(once(), requestTo(COMPACTS + "/api/t/swale/steering-group"))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(header("If-Match", "\"2\""))
			.andExpect(jsonPath("$.meetingsPerYear").value(4))
			.andExpect(jsonPath("$.members[1].name").value("Ann Officer"))
			.andExpect(jsonPath("$.members[1].role").value("secretary"))
			.andRespond(withStatus(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON).body("{}"));

		assertThat(mvc.get().uri("/t/swale/workspace/steering-group").with(as("swale", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("Swale Compact Steering Group", "Meets <span>3</span> time(s) a year", "23 January 2027",
					"Jo Chair", "Write to the council", "Not started", "overdue", "Jo Chair | Swale CVS | chair",
					"data-test=\"group-meetings\"", "Steering group of September", "Approved",
					"/t/swale/workspace/meetings/new?after=5e500000-0000-4000-8000-0000000000b1&amp;steeringGroup=true");
		assertThat(mvc.post()
			.uri("/t/swale/workspace/steering-group")
			.with(as("swale", TenantRole.EDITOR))
			.param("name", "Swale Compact Steering Group")
			.param("meetingsPerYear", "4")
			.param("members", "Jo Chair | Swale CVS | chair\r\nAnn Officer | | secretary\n")
			.param("version", "2")).hasStatus(HttpStatus.FOUND);
		assertThat(mvc.post()
			.uri("/t/swale/workspace/steering-group")
			.with(as("swale", TenantRole.MEMBER))
			.param("name", "Mine")).hasStatus(HttpStatus.FORBIDDEN);
		backends.verify();
	}

	@Test
	void aMemberIsRefusedChangesAndAnotherCompactsPeopleGet404WithSwaleNeverAsked() {
		backends.expect(never(), requestTo(API));
		backends.expect(never(), requestTo(API + "/2026"));
		backends.expect(never(), requestTo(API + "/2026/sign-off"));

		assertThat(mvc.post().uri(PAGE).with(as("swale", TenantRole.MEMBER)).param("year", "2026"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri(PAGE + "/2026/sign-off").with(as("swale", TenantRole.CHAMPION)).param("version", "3"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri(PAGE).with(as("kent", TenantRole.TENANT_ADMIN))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(PAGE + "/2026").with(as("kent", TenantRole.EDITOR))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri(PAGE + "/2026/sign-off").with(as("kent", TenantRole.EDITOR)).param("version", "3"))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/t/swale/workspace/steering-group").with(as("kent", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	static final String SUGGESTIONS = COMPACTS + "/api/t/swale/amendment-suggestions";

	static final String SUGGESTION = "5e500000-0000-4000-8000-0000000000e1";

	static final String CODE = "5e500000-0000-4000-8000-0000000000f1";

	void itemsAnswer() {
		answer(COMPACTS + "/api/t/swale/principles", "[]");
		answer(COMPACTS + "/api/t/swale/codes", """
				[{"id":"%s","kind":"CODE","content":{"title":"Funding"},"adoptedFrom":{"tenant":"kent"}}]"""
			.formatted(CODE));
	}

	static String suggestion(long version, Integer gatheredInto) {
		return """
				{"id":"%s","suggestion":"Meet in the <b>evenings</b> too.","itemId":"%s","suggestedBy":"Swale CVS",
				 "receivedOn":"2026-05-01","gatheredInto":%s,"yours":true,"version":%d}""".formatted(SUGGESTION, CODE,
				gatheredInto, version);
	}

	@Test
	void aMemberSuggestsAnAmendmentAboutACodeAndARefusalNamesTheField() {
		answer(SUGGESTIONS, "[" + suggestion(0, null) + "]");
		itemsAnswer();
		backends.expect(once(), requestTo(SUGGESTIONS))
			.andExpect(method(HttpMethod.POST))
			.andExpect(jsonPath("$.suggestion").value("Name the champions."))
			.andExpect(jsonPath("$.itemId").value(CODE))
			.andExpect(jsonPath("$.suggestedBy").value("Swale Police"))
			.andRespond(
					withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body(suggestion(0, null)));
		backends.expect(once(), requestTo(SUGGESTIONS))
			.andExpect(method(HttpMethod.POST))
			.andExpect(jsonPath("$.itemId").doesNotExist())
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
					{"type":"urn:compacts:problem:invalid-request","title":"Invalid request","status":400,
					 "detail":"Invalid request","errors":[{"field":"suggestedBy","reason":"must not be blank"}]}"""));
		answer(SUGGESTIONS, "[" + suggestion(0, null) + "]");
		itemsAnswer();

		assertThat(mvc.get().uri("/t/swale/workspace/suggestions").with(as("swale", TenantRole.MEMBER)))
			.hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>Suggested amendments - Swale Compact - Compacts</title>",
					"Meet in the &lt;b&gt;evenings&lt;/b&gt; too.", "Funding code (from Kent)", "The next review",
					"data-test=\"change-suggestion\"", "aria-current=\"page\"")
			.doesNotContain("<b>evenings");
		assertThat(mvc.post()
			.uri("/t/swale/workspace/suggestions")
			.with(as("swale", TenantRole.MEMBER))
			.param("suggestion", "Name the champions.")
			.param("itemId", CODE)
			.param("suggestedBy", "Swale Police")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/t/swale/workspace/suggestions?done=suggested");
		MvcTestResult refused = mvc.post()
			.uri("/t/swale/workspace/suggestions")
			.with(as("swale", TenantRole.MEMBER))
			.param("suggestion", "Name the champions.")
			.param("itemId", "")
			.param("suggestedBy", " ")
			.exchange();
		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("<title>Error: Suggested amendments", "href=\"#suggestedBy\"", "govuk-form-group--error",
					"Name the champions.");
		backends.verify();
	}

	@Test
	void itsAuthorChangesASuggestionFromTheVersionSeenAndAStaleSaveSaysSo() {
		answer(SUGGESTIONS + "/" + SUGGESTION, suggestion(2, null));
		itemsAnswer();
		backends.expect(once(), requestTo(SUGGESTIONS + "/" + SUGGESTION))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(header("If-Match", "\"2\""))
			.andExpect(jsonPath("$.suggestion").value("Meet in the evenings, monthly."))
			.andRespond(withStatus(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON).body(suggestion(3, null)));
		backends.expect(once(), requestTo(SUGGESTIONS + "/" + SUGGESTION))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(header("If-Match", "\"1\""))
			.andRespond(withStatus(HttpStatus.PRECONDITION_FAILED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("""
						{"type":"urn:compacts:problem:stale","title":"Changed meanwhile","status":412,
						 "detail":"It was changed meanwhile.","errors":[{"field":"If-Match","reason":"is not the current version 3"}]}"""));
		answer(SUGGESTIONS + "/" + SUGGESTION, suggestion(3, null));
		itemsAnswer();

		assertThat(mvc.get()
			.uri("/t/swale/workspace/suggestions/" + SUGGESTION + "/edit")
			.with(as("swale", TenantRole.MEMBER))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("Change your suggestion", "name=\"version\" value=\"2\"", "selected=\"selected\"");
		assertThat(mvc.post()
			.uri("/t/swale/workspace/suggestions/" + SUGGESTION)
			.with(as("swale", TenantRole.MEMBER))
			.param("suggestion", "Meet in the evenings, monthly.")
			.param("itemId", CODE)
			.param("suggestedBy", "Swale CVS")
			.param("version", "2")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/t/swale/workspace/suggestions?done=saved");
		MvcTestResult stale = mvc.post()
			.uri("/t/swale/workspace/suggestions/" + SUGGESTION)
			.with(as("swale", TenantRole.MEMBER))
			.param("suggestion", "Meet on Saturdays.")
			.param("suggestedBy", "Swale CVS")
			.param("version", "1")
			.exchange();
		assertThat(stale).hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(stale).bodyText().contains("<title>Error: Change your suggestion", "Meet on Saturdays.");
		backends.verify();
	}

	@Test
	void anotherCompactsPeopleNeverReachSwalesSuggestions() {
		backends.expect(never(), requestTo(SUGGESTIONS));
		backends.expect(never(), requestTo(SUGGESTIONS + "/" + SUGGESTION));

		assertThat(mvc.get().uri("/t/swale/workspace/suggestions").with(as("kent", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post()
			.uri("/t/swale/workspace/suggestions")
			.with(as("kent", TenantRole.TENANT_ADMIN))
			.param("suggestion", "Mine")
			.param("suggestedBy", "Kent")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post()
			.uri("/t/swale/workspace/suggestions/" + SUGGESTION)
			.with(as("kent", TenantRole.EDITOR))
			.param("suggestion", "Taken")
			.param("version", "2")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get()
			.uri("/t/swale/workspace/suggestions/" + SUGGESTION + "/edit")
			.with(as("kent", TenantRole.EDITOR))).hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	private void answer(String url, String json) {
		FakeServices.answer(backends, url, json);
	}

}
