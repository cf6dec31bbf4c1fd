package org.compacts.portal.consultation;

import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * The workspace's consultations and the public site's: a draft written from the form's
 * question rows, its opening refused for a short window with the rule's reason on the
 * page, a response sent as the service takes it, the results public after the close, and
 * nobody outside the compact reaching any of it.
 */
@Import(FakeServices.class)
@WebMvcTest(controllers = { ConsultationsController.class, PublicConsultationsController.class },
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.compacts\\.portal\\.((backend|security|workspace|consultation)\\..*|site\\.(Dates|Markdown|PaperPages))"))
class ConsultationPagesTest {

	static final String ID = "c0150000-0000-4000-8000-000000000001";

	static final String CVS = "0a900000-0000-4000-8000-000000000001";

	static final String PAGE = "/t/swale/workspace/consultations";

	static final String API = COMPACTS + "/api/t/swale/consultations";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockRestServiceServer backends;

	@BeforeEach
	void servicesAnswer() {
		FakeServices.kentAndSwale(backends);
		answer(TENANTS + "/api/tenants/swale", """
				{"slug":"swale","name":"Swale Compact","level":"DISTRICT","parentSlug":"kent"}""");
		// one code in consultation, one published principle: the form offers the first
		// only
		answer(COMPACTS + "/api/t/swale/codes",
				"""
						[{"id":"%s","kind":"CODE","version":3,"status":"CONSULTATION","content":{"title":"Consultation <b>"}}]"""
					.formatted(CODE));
		answer(COMPACTS + "/api/t/swale/principles", """
				[{"id":"%s","kind":"PRINCIPLE","version":1,"status":"PUBLISHED","content":{"title":"Trust"}}]"""
			.formatted(UUID.randomUUID()));
	}

	static final String CODE = "c0de0000-0000-4000-8000-000000000003";

	@Test
	void aDraftInConsultationIsOfferedAndConsultedOn() {
		backends.expect(once(), requestTo(API))
			.andExpect(method(HttpMethod.POST))
			.andExpect(jsonPath("$.itemId").value(CODE))
			.andExpect(jsonPath("$.itemVersion").value(3))
			.andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
				.body(consultation("On the code", "DRAFT", false, "REFUSED", 0)));

		assertThat(mvc.get().uri(PAGE + "/new").with(as("swale", TenantRole.EDITOR))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("value=\"" + CODE + ":3\"", "Code: Consultation &lt;b&gt;, version 3",
					"None: only the questions below")
			.doesNotContain("Trust");

		assertThat(mvc.post()
			.uri(PAGE)
			.with(as("swale", TenantRole.EDITOR))
			.param("title", "On the code")
			.param("draft", CODE + ":3")
			.param("opensOn.day", "1")
			.param("opensOn.month", "3")
			.param("opensOn.year", "2027")
			.param("closesOn.day", "12")
			.param("closesOn.month", "4")
			.param("closesOn.year", "2027")
			.param("questionText", "Rate it")
			.param("questionType", "RATING")
			.param("questionScale", "3")).hasStatus(HttpStatus.FOUND);
		backends.verify();
	}

	@Test
	void aChoiceOfDraftThePageDidNotOfferIsRefusedOnTheFormNamingIt() {
		backends.expect(once(), requestTo(API))
			.andExpect(method(HttpMethod.POST))
			.andExpect(jsonPath("$.itemId").value("made-up"))
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
					{"status":400,"title":"Invalid request","detail":"The request was not valid.",
					 "errors":[{"field":"itemId","reason":"is not a UUID"}]}"""));

		assertThat(mvc.post()
			.uri(PAGE)
			.with(as("swale", TenantRole.EDITOR))
			.param("title", "On the code")
			.param("draft", "made-up")
			.param("questionText", "Rate it")
			.param("questionType", "RATING")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("href=\"#draft\"", "Draft: is not a UUID", "govuk-form-group--error");
		backends.verify();
	}

	static String consultation(String title, String state, boolean closed, String verdict, long version) {
		return """
				{"id":"%s","title":"%s","summary":"What *next*?","item":null,"itemVersion":null,
				 "opensOn":"2027-03-01","closesOn":"2027-04-12","shortReason":"The budget is set in March.",
				 "allowsIndividuals":false,
				 "questions":[{"text":"Rate the monitoring","type":"RATING","options":[],"scale":3,"labels":["poor","fair","good"]},
				   {"text":"Rank the options","type":"RANKING","options":["Option 1","Option 2","Option 3"],"scale":null,"labels":[]},
				   {"text":"Is it achievable?","type":"ACHIEVABILITY","options":[],"scale":null,"labels":[]}],
				 "state":"%s","closed":%s,
				 "window":{"standardWeeks":12,"minimumWeeks":8,"source":"the Consultation code, version 2","verdict":"%s",
				   "message":"6 weeks is shorter than the minimum of 8 weeks (the Consultation code, version 2)."},
				 "createdAt":"2027-02-01T10:00:00Z","openedAt":null,"closedAt":null,"responses":2,"version":%d}"""
			.formatted(ID, title, state, closed, verdict, version);
	}

	@Test
	void theListShowsEachConsultationAndOnlyEditorsMayWriteOne() {
		answer(API, "[" + consultation("Next <script>x</script>", "DRAFT", false, "REFUSED", 0) + "]");

		assertThat(mvc.get().uri(PAGE).with(as("swale", TenantRole.EDITOR))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>Consultations - Swale Compact - Compacts</title>", "Next &lt;script&gt;x&lt;/script&gt;",
					"href=\"" + PAGE + "/" + ID + "\"", ">Draft<", "1 March 2027", "12 April 2027",
					"data-test=\"new-consultation\"", "aria-current=\"page\"")
			.doesNotContain("<script>x");
		assertThat(mvc.get().uri(PAGE).with(as("swale", TenantRole.MEMBER))).hasStatus(HttpStatus.OK)
			.bodyText()
			.doesNotContain("data-test=\"new-consultation\"");
	}

	@Test
	void aDraftIsWrittenFromTheQuestionRowsLeavingBlankOnesOut() {
		backends.expect(once(), requestTo(API))
			.andExpect(method(HttpMethod.POST))
			.andExpect(jsonPath("$.title").value("The next compact"))
			.andExpect(jsonPath("$.opensOn").value("2027-03-01"))
			.andExpect(jsonPath("$.closesOn").value("2027-04-12"))
			.andExpect(jsonPath("$.allowsIndividuals").value(false))
			.andExpect(jsonPath("$.questions.length()").value(2))
			.andExpect(jsonPath("$.questions[0].type").value("RATING"))
			.andExpect(jsonPath("$.questions[0].scale").value(3))
			.andExpect(jsonPath("$.questions[0].labels[2]").value("good"))
			.andExpect(jsonPath("$.questions[1].options[1]").value("Option 2"))
			.andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
				.body(consultation("The next compact", "DRAFT", false, "REFUSED", 0)));

		assertThat(mvc.post()
			.uri(PAGE)
			.with(as("swale", TenantRole.EDITOR))
			.param("title", "The next compact")
			.param("opensOn.day", "1")
			.param("opensOn.month", "3")
			.param("opensOn.year", "2027")
			.param("closesOn.day", "12")
			.param("closesOn.month", "4")
			.param("closesOn.year", "2027")
			.param("questionText", "Rate the monitoring", "", "Rank the options")
			.param("questionType", "RATING", "RATING", "RANKING")
			.param("questionScale", "3", "", "")
			.param("questionLabels", "poor\nfair\ngood", "", "")
			.param("questionOptions", "", "", "Option 1\nOption 2\nOption 3")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "/" + ID + "?done=added");
		backends.verify();
	}

	@Test
	void aWindowTooShortIsRefusedWithTheRulesReasonOnThePage() {
		backends.expect(once(), requestTo(API + "/" + ID + "/opening"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(header("If-Match", "\"1\""))
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("""
						{"type":"urn:compacts:problem:invalid","title":"Invalid","status":400,
						 "detail":"The window is shorter than the compact's Consultation code allows.",
						 "errors":[{"field":"closesOn","reason":"6 weeks is shorter than the minimum of 8 weeks (the Consultation code, version 2): give the reason"},
						   {"field":"shortReason","reason":"is needed for a window shorter than the minimum"}]}"""));
		answer(API + "/" + ID, consultation("Six weeks", "DRAFT", false, "REFUSED", 1));

		MvcTestResult refused = mvc.post()
			.uri(PAGE + "/" + ID + "/opening")
			.with(as("swale", TenantRole.EDITOR))
			.param("version", "1")
			.exchange();
		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("There is a problem", "6 weeks is shorter than the minimum of 8 weeks",
					"set by the Consultation code, version 2", "data-test=\"open\"");
		backends.verify();
	}

	@Test
	void aResponseIsSentAsTheServiceTakesIt() {
		answer(API + "/" + ID, consultation("Open one", "OPEN", false, "WARNED", 1));
		backends.expect(once(), requestTo(API + "/" + ID + "/responses"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(jsonPath("$.organisationId").value(CVS))
			.andExpect(jsonPath("$.respondentName").value("Alex Champion"))
			.andExpect(jsonPath("$.answers.length()").value(3))
			.andExpect(jsonPath("$.answers[0].rating").value(2))
			.andExpect(jsonPath("$.answers[1].choices").value(org.hamcrest.Matchers.contains(1, 2, 0)))
			.andExpect(jsonPath("$.answers[2].achievability").value("ASPIRATIONAL"))
			.andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body("{}"));

		assertThat(mvc.post()
			.uri(PAGE + "/" + ID + "/response")
			.with(as("swale", TenantRole.CHAMPION))
			.param("organisationId", CVS)
			.param("respondentName", "Alex Champion")
			.param("answer-0", "2")
			.param("rank-1-0", "3")
			.param("rank-1-1", "1")
			.param("rank-1-2", "2")
			.param("answer-2", "ASPIRATIONAL")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "/" + ID + "?done=response");
		backends.verify();
	}

	@Test
	void theRespondPageOffersTheRegisterAndEachQuestionsInputs() {
		answer(API + "/" + ID, consultation("Open one", "OPEN", false, "WARNED", 1));
		answer(COMPACTS + "/api/t/swale/organisations", """
				[{"id":"%s","name":"Swale CVS","sector":"VCS"}]""".formatted(CVS));
		answer(API + "/" + ID + "/responses", "[]");

		assertThat(mvc.get().uri(PAGE + "/" + ID + "/response").with(as("swale", TenantRole.CHAMPION)))
			.hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("Swale CVS", "name=\"answer-0\"", "3 good", "name=\"rank-1-2\"", "Aspirational")
			.doesNotContain(">Myself<");
	}

	@Test
	void thePublicSeesTheResultsAfterTheClose() {
		answer(API + "/" + ID, consultation("Closed one", "CLOSED", true, "ALLOWED_WITH_REASON", 3));
		answer(API + "/" + ID + "/results",
				"""
						{"responses":3,"questions":[
						  {"question":0,"text":"Rate the monitoring","type":"RATING","answered":3,
						   "counts":[{"label":"1 poor","count":0},{"label":"2 fair","count":1},{"label":"3 good","count":2}],
						   "mean":2.6666666666666665,"median":3.0,"borda":[],"yesShare":null,"texts":[]},
						  {"question":1,"text":"Rank the options","type":"RANKING","answered":3,"counts":[],
						   "mean":null,"median":null,"borda":[{"option":"Option 1","points":3},{"option":"Option 2","points":5}],
						   "yesShare":null,"texts":[]},
						  {"question":2,"text":"Is a joint group achievable?","type":"ACHIEVABILITY","answered":3,
						   "counts":[{"label":"ACHIEVABLE","count":2},{"label":"ASPIRATIONAL","count":1}],
						   "mean":null,"median":null,"borda":[],"yesShare":null,"texts":[]}],
						 "commentsByAnchor":{"aim":[{"anchor":"aim","text":"Say who leads.","tag":"ASPIRATIONAL"}]},
						 "bySector":{"PUBLIC":1,"VCS":2,"PRIVATE":0,"INDIVIDUAL":0}}""");

		answer(API + "/" + ID + "/points", "[]");

		assertThat(mvc.get().uri("/t/swale/consultations/" + ID)).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("Closed one", "The budget is set in March.", "set by the Consultation code, version 2",
					"3 responses.", "2.67", "Option 2", ">5<", "Say who leads.", "aspirational",
					"Voluntary and community", "results.csv", ">Achievable</th>", ">Aspirational</th>", ">2 fair</th>",
					">The aim</h3>")
			.doesNotContain(">ACHIEVABLE<");
	}

	@Test
	void theResultsArePrintedAsAPdfSummaryWithWhatTheCompactDid() throws Exception {
		answer(API + "/" + ID, consultation("Closed one", "CLOSED", true, "ALLOWED_WITH_REASON", 3));
		answer(API + "/" + ID + "/results", """
				{"responses":2,"questions":[
				  {"question":0,"text":"Rate the monitoring","type":"RATING","answered":2,
				   "counts":[{"label":"1 poor","count":1},{"label":"2 good","count":1}],
				   "mean":1.5,"median":1.5,"borda":[],"yesShare":null,"texts":[]}],
				 "commentsByAnchor":{},"bySector":{"PUBLIC":1,"VCS":1,"PRIVATE":0,"INDIVIDUAL":0}}""");
		answer(API + "/" + ID + "/points",
				"""
						[{"question":0,"anchor":null,"label":"Question 1","text":"Rate the monitoring","achievable":0,
						  "aspirational":0,"comments":0,"isAspirational":false,
						  "reply":{"id":"%s","question":0,"anchor":null,"text":"We report <each> quarter now.",
						  "item":{"itemId":"%s","kind":"CODE","title":"Monitoring"},"itemVersion":2,"answeredAt":"2027-07-01T10:00:00Z","version":0},"action":null}]"""
					.formatted(UUID.randomUUID(), CODE));

		MvcTestResult pdf = mvc.get().uri("/t/swale/consultations/" + ID + "/results.pdf").exchange();

		assertThat(pdf).hasStatus(HttpStatus.OK).hasContentType(MediaType.APPLICATION_PDF);
		try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Results: Closed one");
			assertThat(new PDFTextStripper().getText(document)).contains("Swale", "2 responses.", "Rate the monitoring",
					"1.5", "Voluntary and community", "You said, we did", "We report <each> quarter now.",
					"Monitoring, version 2");
		}
	}

	@Test
	void noPdfOfResultsBeforeTheClose() {
		answer(API + "/" + ID, consultation("Open one", "OPEN", false, "ALLOWED", 0));

		assertThat(mvc.get().uri("/t/swale/consultations/" + ID + "/results.pdf")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aDraftIsNotOnThePublicSite() {
		answer(API + "/" + ID, consultation("Draft one", "DRAFT", false, "REFUSED", 0));
		assertThat(mvc.get().uri("/t/swale/consultations/" + ID)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aMemberWithoutTheEditorRoleIsRefusedBeforeTheServiceIsAsked() {
		backends.expect(never(), requestTo(API + "/" + ID + "/opening"));

		assertThat(mvc.get().uri(PAGE + "/new").with(as("swale", TenantRole.CHAMPION))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(
				mvc.post().uri(PAGE + "/" + ID + "/opening").with(as("swale", TenantRole.MEMBER)).param("version", "1"))
			.hasStatus(HttpStatus.FORBIDDEN);
		backends.verify();
	}

	@Test
	void aMemberOfAnotherCompactGets404AndSwaleIsNeverAsked() {
		backends.expect(never(), requestTo(API));
		backends.expect(never(), requestTo(API + "/" + ID));
		backends.expect(never(), requestTo(API + "/" + ID + "/responses"));

		assertThat(mvc.get().uri(PAGE).with(as("kent", TenantRole.TENANT_ADMIN))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(PAGE + "/" + ID).with(as("kent", TenantRole.EDITOR))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post()
			.uri(PAGE + "/" + ID + "/response")
			.with(as("kent", TenantRole.EDITOR))
			.param("organisationId", CVS)).hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	private void answer(String url, String json) {
		FakeServices.answer(backends, url, json);
	}

}
