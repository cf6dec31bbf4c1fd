package org.compacts.portal.dispute;

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
 * The workspace's disputes log: the list with its figures, a dispute with its history,
 * raised, moved on and its summary published from the version its editor saw; the
 * deadlines; and the published summaries on the public site, the same for everyone.
 */
@Import(FakeServices.class)
@WebMvcTest(controllers = { DisputesController.class, PublicDisputesController.class },
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.compacts\\.portal\\.((backend|security|workspace|dispute)\\..*|site\\.Dates)"))
class DisputePagesTest {

	static final String DISPUTE = "d1590000-0000-4000-8000-000000000001";

	static final String ORGANISATION = "0a900000-0000-4000-8000-000000000001";

	static final String CODE = "c0de0000-0000-4000-8000-000000000001";

	static final String PAGE = "/t/swale/workspace/disputes";

	static final String API = COMPACTS + "/api/t/swale/disputes";

	static final String LINK = """
			{"itemId":"%s","kind":"CODE","title":"Funding","source":"kent"}""".formatted(CODE);

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

	private void answer(String url, String json) {
		FakeServices.answer(backends, url, json);
	}

	static String dispute(String stage, int version, String extra) {
		return """
				{"id":"%s","title":"Grant cut <script>x</script>","summary":"Four weeks' notice, not three months.",
				 "parties":[{"organisationId":"%s","name":"Swale CVS"},{"organisationId":null,"name":"Swale Borough Council"}],
				 "links":[%s],"stage":"%s","raisedOn":"2027-05-03","stageSince":"2027-05-10","stageDeadline":"2027-06-07",
				 "overdueSince":"2027-06-08","owner":{"username":"sam.editor","email":"sam.editor@example.org"},
				 "history":[{"id":"c1590000-0000-4000-8000-000000000002","fromStage":"RAISED","toStage":"INFORMAL_RESOLUTION",
				   "on":"2027-05-10","deadline":"2027-06-07","note":"Met the grants officer","by":"sam.editor","at":"2027-05-10T09:00:00Z"},
				  {"id":"c1590000-0000-4000-8000-000000000001","fromStage":null,"toStage":"RAISED","on":"2027-05-03",
				   "deadline":"2027-05-17","note":null,"by":"sam.editor","at":"2027-05-03T09:00:00Z"}],
				 "version":%d%s}"""
			.formatted(DISPUTE, ORGANISATION, LINK, stage, version, extra);
	}

	@Test
	void theListShowsTheFiguresAndEachDisputeWithItsStageAndOnlyEditorsMayLogOne() {
		answer(API,
				"""
						[{"id":"%s","title":"Grant cut <script>x</script>","parties":[{"name":"Swale CVS"},{"name":"Swale Borough Council"}],
						  "links":[%s],"stage":"MEDIATION","raisedOn":"2027-05-03","stageSince":"2027-05-10","stageDeadline":"2027-06-07",
						  "overdueSince":"2027-06-08","closedOn":null,"published":false,"version":2}]"""
					.formatted(DISPUTE, LINK));
		answer(API + "/figures",
				"""
						{"open":1,"resolved":2,"withdrawn":0,"openByStage":{"RAISED":0,"INFORMAL_RESOLUTION":0,"LOCAL_PROCEDURE":0,
						 "MEDIATION":1,"ADVOCACY":0,"OMBUDSMAN":0},"byItem":[{"item":%s,"open":1,"all":3}],"medianDaysToResolve":12.5}"""
					.formatted(LINK));

		MvcTestResult editors = mvc.get().uri(PAGE).with(as("swale", TenantRole.EDITOR)).exchange();
		assertThat(editors).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>Disputes - Swale Compact - Compacts</title>", "Grant cut &lt;script&gt;x&lt;/script&gt;",
					"href=\"" + PAGE + "/" + DISPUTE + "\"", "Swale CVS, Swale Borough Council",
					"data-test=\"stage\">Mediation", "Overdue since 8 June 2027", "Mediation: 1", "12.5 days",
					"Funding code (from Kent)", "data-test=\"new-dispute\"", "aria-current=\"page\"")
			.doesNotContain("<script>x");

		assertThat(mvc.get().uri(PAGE).with(as("swale", TenantRole.CHAMPION))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("Grant cut")
			.doesNotContain("data-test=\"new-dispute\"");
	}

	private void registerAndItems() {
		answer(COMPACTS + "/api/t/swale/organisations", """
				[{"id":"%s","name":"Swale CVS"}]""".formatted(ORGANISATION));
		answer(COMPACTS + "/api/t/swale/principles", "[]");
		answer(COMPACTS + "/api/t/swale/codes", """
				[{"id":"%s","kind":"CODE","content":{"title":"Funding"},"adoptedFrom":{"tenant":"kent"}}]"""
			.formatted(CODE));
	}

	@Test
	void whatADisputeIsAboutIsChangedFromTheVersionTheEditorSawAndItsStageIsNot() {
		registerAndItems();
		answer(API + "/" + DISPUTE, dispute("MEDIATION", 3, ""));
		backends.expect(once(), requestTo(API + "/" + DISPUTE))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(header("If-Match", "\"3\""))
			.andExpect(jsonPath("$.title").value("Grant cut without notice"))
			.andExpect(jsonPath("$.parties.length()").value(2))
			.andExpect(jsonPath("$.parties[0].organisationId").value(ORGANISATION))
			.andExpect(jsonPath("$.parties[1].name").value("Swale Borough Council"))
			.andExpect(jsonPath("$.itemIds[0]").value(CODE))
			.andExpect(jsonPath("$.raisedOn").doesNotExist())
			.andExpect(jsonPath("$.stage").doesNotExist())
			.andRespond(withStatus(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON)
				.body(dispute("MEDIATION", 4, "")));

		assertThat(mvc.get().uri(PAGE + "/" + DISPUTE).with(as("swale", TenantRole.EDITOR))).bodyText()
			.contains("href=\"" + PAGE + "/" + DISPUTE + "/edit\"");
		assertThat(mvc.get().uri(PAGE + "/" + DISPUTE + "/edit").with(as("swale", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>Change Grant cut &lt;script&gt;x&lt;/script&gt; - Swale Compact - Compacts</title>",
					"Change what the dispute is about", "name=\"version\" value=\"3\"",
					"value=\"" + ORGANISATION + "\" selected", "value=\"Swale Borough Council\"",
					"id=\"itemIds\" checked", "action=\"" + PAGE + "/" + DISPUTE + "\"", "Save the changes")
			.doesNotContain("name=\"raisedOn.day\"", "<script>x");

		assertThat(mvc.post()
			.uri(PAGE + "/" + DISPUTE)
			.with(as("swale", TenantRole.EDITOR))
			.param("version", "3")
			.param("title", "Grant cut without notice")
			.param("summary", "Four weeks' notice, not three months.")
			.param("partyIds", ORGANISATION, "", "")
			.param("partyNames", "", "Swale Borough Council", "")
			.param("itemIds", CODE)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "/" + DISPUTE + "?done=described");
		backends.verify();
	}

	@Test
	void aChangeSomeoneOvertookShowsTheDisputeAsItIsNowAndKeepsWhatWasTypedAndAMemberMayNotChange() {
		registerAndItems();
		answer(API + "/" + DISPUTE, dispute("ADVOCACY", 5, ""));
		backends.expect(once(), requestTo(API + "/" + DISPUTE))
			.andExpect(header("If-Match", "\"3\""))
			.andRespond(withStatus(HttpStatus.PRECONDITION_FAILED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("""
						{"type":"urn:compacts:problem:stale-version","title":"Stale version","status":412,
						 "detail":"Someone changed this since the version you read; it is now at version 5.",
						 "errors":[{"field":"If-Match","reason":"is not the current version"}],"currentVersion":5}"""));

		MvcTestResult stale = mvc.post()
			.uri(PAGE + "/" + DISPUTE)
			.with(as("swale", TenantRole.EDITOR))
			.param("version", "3")
			.param("title", "Grant cut after twelve years")
			.param("summary", "Typed by me")
			.param("partyIds", ORGANISATION, "", "")
			.param("partyNames", "", "Swale Borough Council", "")
			.param("itemIds", CODE)
			.exchange();

		assertThat(stale).hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(stale).bodyText()
			.contains("data-test=\"changed-meanwhile\"", "Grant cut &lt;script&gt;x&lt;/script&gt;",
					"value=\"Grant cut after twelve years\"", "Typed by me", "name=\"version\" value=\"5\"");

		assertThat(mvc.get().uri(PAGE + "/" + DISPUTE + "/edit").with(as("swale", TenantRole.MEMBER)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri(PAGE + "/" + DISPUTE).with(as("swale", TenantRole.CHAMPION)).param("version", "5"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri(PAGE + "/" + DISPUTE + "/edit").with(as("hounslow", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	@Test
	void aDisputeIsRaisedWithItsPartiesInOrderAndTheEditorLandsOnIt() {
		answer(COMPACTS + "/api/t/swale/organisations", """
				[{"id":"%s","name":"Swale CVS"}]""".formatted(ORGANISATION));
		answer(COMPACTS + "/api/t/swale/principles", "[]");
		answer(COMPACTS + "/api/t/swale/codes", """
				[{"id":"%s","kind":"CODE","content":{"title":"Funding"},"adoptedFrom":{"tenant":"kent"}}]"""
			.formatted(CODE));
		backends.expect(once(), requestTo(API))
			.andExpect(method(HttpMethod.POST))
			.andExpect(headerDoesNotExist("If-Match"))
			.andExpect(jsonPath("$.title").value("Grant cut"))
			.andExpect(jsonPath("$.parties.length()").value(2))
			.andExpect(jsonPath("$.parties[0].organisationId").value(ORGANISATION))
			.andExpect(jsonPath("$.parties[1].name").value("Swale Borough Council"))
			.andExpect(jsonPath("$.itemIds[0]").value(CODE))
			.andExpect(jsonPath("$.raisedOn").value("2027-05-03"))
			.andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
				.body(dispute("RAISED", 0, "")));

		assertThat(mvc.get().uri(PAGE + "/new").with(as("swale", TenantRole.EDITOR))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>Log a dispute - Swale Compact - Compacts</title>", "Funding code (from Kent)",
					"id=\"parties\"", "id=\"partyNames-1\"", "name=\"raisedOn.day\"");

		assertThat(mvc.post()
			.uri(PAGE)
			.with(as("swale", TenantRole.EDITOR))
			.param("title", "Grant cut")
			.param("summary", "Four weeks' notice")
			.param("partyIds", ORGANISATION, "", "")
			.param("partyNames", "", "Swale Borough Council", "")
			.param("itemIds", CODE)
			.param("raisedOn.day", "3")
			.param("raisedOn.month", "5")
			.param("raisedOn.year", "2027")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "/" + DISPUTE + "?done=raised");
		backends.verify();
	}

	@Test
	void aRefusedDisputeNamesTheFieldAndKeepsWhatWasTypedEscaped() {
		answer(COMPACTS + "/api/t/swale/organisations", "[]");
		answer(COMPACTS + "/api/t/swale/principles", "[]");
		answer(COMPACTS + "/api/t/swale/codes", "[]");
		backends.expect(once(), requestTo(API))
			.andExpect(jsonPath("$.parties[1].name").isEmpty())
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("""
						{"type":"urn:compacts:problem:invalid-request","title":"Invalid request","status":400,
						 "detail":"A party is an organisation of the register or a name, one of the two.",
						 "errors":[{"field":"parties[1]","reason":"must name an organisation of the register or a name, not both"}]}"""));

		MvcTestResult refused = mvc.post()
			.uri(PAGE)
			.with(as("swale", TenantRole.EDITOR))
			.param("title", "<script>alert('x')</script>")
			.param("summary", "s")
			.param("partyIds", "", "", "")
			.param("partyNames", "Swale CVS", "", "")
			.param("raisedOn.day", "3")
			.param("raisedOn.month", "5")
			.param("raisedOn.year", "2027")
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyText()
			.contains("<title>Error: Log a dispute", "href=\"#parties\"", "value=\"Swale CVS\"",
					"must name an organisation of the register or a name, not both",
					"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.doesNotContain("<script>alert");
		backends.verify();
	}

	@Test
	void aDisputeShowsItsHistoryAndIsMovedOnFromTheVersionTheEditorSaw() {
		answer(API + "/" + DISPUTE, dispute("INFORMAL_RESOLUTION", 2, ""));
		backends.expect(once(), requestTo(API + "/" + DISPUTE + "/stages"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(header("If-Match", "\"2\""))
			.andExpect(jsonPath("$.stage").value("RESOLVED"))
			.andExpect(jsonPath("$.on").value("2027-06-01"))
			.andExpect(jsonPath("$.outcome").value("Notice restored"))
			.andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
				.body(dispute("RESOLVED", 3, "")));

		assertThat(mvc.get().uri(PAGE + "/" + DISPUTE + "?done=moved").with(as("swale", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("The dispute is moved on.", "Swale Borough Council", "Overdue since 8 June 2027",
					"Met the grants officer", "Raised with the other party</span> to",
					"Recorded 10 May 2027, 10:00 by sam.editor", "name=\"version\" value=\"2\"", "value=\"MEDIATION\"",
					"value=\"RESOLVED\"")
			.doesNotContain("value=\"RAISED\"", "<script>x", "data-test=\"publish\"");

		assertThat(mvc.post()
			.uri(PAGE + "/" + DISPUTE + "/stages")
			.with(as("swale", TenantRole.EDITOR))
			.param("version", "2")
			.param("stage", "RESOLVED")
			.param("on.day", "1")
			.param("on.month", "6")
			.param("on.year", "2027")
			.param("outcome", "Notice restored")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "/" + DISPUTE + "?done=moved#history");
		backends.verify();
	}

	@Test
	void aMoveSomeoneMadeMeanwhileShowsTheDisputeAsItIsNowAndKeepsWhatWasTyped() {
		answer(API + "/" + DISPUTE, dispute("MEDIATION", 3, ""));
		backends.expect(once(), requestTo(API + "/" + DISPUTE + "/stages"))
			.andExpect(header("If-Match", "\"2\""))
			.andRespond(withStatus(HttpStatus.PRECONDITION_FAILED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body("""
						{"type":"urn:compacts:problem:stale-version","title":"Stale version","status":412,
						 "detail":"Someone changed this since the version you read; it is now at version 3.",
						 "errors":[{"field":"If-Match","reason":"is not the current version"}],"currentVersion":3}"""));

		MvcTestResult stale = mvc.post()
			.uri(PAGE + "/" + DISPUTE + "/stages")
			.with(as("swale", TenantRole.EDITOR))
			.param("version", "2")
			.param("stage", "ADVOCACY")
			.param("on.day", "1")
			.param("on.month", "6")
			.param("on.year", "2027")
			.param("note", "Referred to NCVO")
			.exchange();

		assertThat(stale).hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(stale).bodyText()
			.contains("data-test=\"changed-meanwhile\"", "Referred to NCVO", "name=\"version\" value=\"3\"",
					"value=\"ADVOCACY\" checked");
		backends.verify();
	}

	@Test
	void aResolvedDisputesSummaryIsWrittenThenPublished() {
		answer(API + "/" + DISPUTE, dispute("RESOLVED", 4,
				",\"outcome\":\"Notice restored\",\"publicSummary\":\"A funder cut a grant without notice.\""));
		backends.expect(once(), requestTo(API + "/" + DISPUTE + "/public-summary/publication"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(header("If-Match", "\"4\""))
			.andRespond(
					withStatus(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON).body(dispute("RESOLVED", 5, "")));

		assertThat(mvc.get().uri(PAGE + "/" + DISPUTE).with(as("swale", TenantRole.EDITOR))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("Notice restored", "A funder cut a grant without notice.", "data-test=\"publish\"",
					"data-test=\"save-summary\"")
			.doesNotContain("data-test=\"move-form\"");

		assertThat(mvc.post()
			.uri(PAGE + "/" + DISPUTE + "/publication")
			.with(as("swale", TenantRole.EDITOR))
			.param("version", "4")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "/" + DISPUTE + "?done=published#public-summary");
		backends.verify();
	}

	@Test
	void theDeadlinesAreSetFromTheDefaultsAndANumberThatIsNoneIsRefusedWithoutAskingTheService() {
		answer(API + "/deadlines", """
				{"raised":10,"informalResolution":20,"localProcedure":30,"mediation":40,"advocacy":40,"ombudsman":60,
				 "own":false,"version":0}""");
		backends.expect(once(), requestTo(API + "/deadlines"))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(header("If-Match", "\"0\""))
			.andExpect(jsonPath("$.informalResolution").value(15))
			.andRespond(withStatus(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON)
				.body("""
						{"raised":10,"informalResolution":15,"localProcedure":30,"mediation":40,"advocacy":40,"ombudsman":60,
						 "own":true,"version":1}"""));

		assertThat(mvc.get().uri(PAGE + "/deadlines").with(as("swale", TenantRole.EDITOR))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>Deadlines for disputes - Swale Compact - Compacts</title>", "these are the defaults",
					"id=\"informalResolution\"", "value=\"20\"", "name=\"version\" value=\"0\"");
		assertThat(mvc.get().uri(PAGE + "/deadlines").with(as("swale", TenantRole.MEMBER))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("20 working days")
			.doesNotContain("data-test=\"deadlines-form\"");

		MvcTestResult notANumber = mvc.post()
			.uri(PAGE + "/deadlines")
			.with(as("swale", TenantRole.EDITOR))
			.param("version", "0")
			.param("raised", "ten")
			.param("informalResolution", "15")
			.exchange();
		assertThat(notANumber).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(notANumber).bodyText()
			.contains("href=\"#raised\"", "must be a whole number of working days", "value=\"ten\"");

		assertThat(mvc.post()
			.uri(PAGE + "/deadlines")
			.with(as("swale", TenantRole.EDITOR))
			.param("version", "0")
			.param("raised", "10")
			.param("informalResolution", "15")
			.param("localProcedure", "30")
			.param("mediation", "40")
			.param("advocacy", "40")
			.param("ombudsman", "60")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "/deadlines?done=deadlines");
		backends.verify();
	}

	@Test
	void aMemberWithoutTheEditorRoleIsRefusedBeforeTheServiceIsAskedAndAnotherCompactsMemberGets404() {
		backends.expect(never(), requestTo(API));
		backends.expect(never(), requestTo(API + "/" + DISPUTE + "/stages"));
		backends.expect(never(), requestTo(API + "/" + DISPUTE));

		assertThat(mvc.get().uri(PAGE + "/new").with(as("swale", TenantRole.CHAMPION))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri(PAGE).with(as("swale", TenantRole.MEMBER)).param("title", "Mine"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post()
			.uri(PAGE + "/" + DISPUTE + "/stages")
			.with(as("swale", TenantRole.MEMBER))
			.param("version", "2")
			.param("stage", "RESOLVED")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post()
			.uri(PAGE + "/" + DISPUTE + "/publication")
			.with(as("swale", TenantRole.CHAMPION))
			.param("version", "2")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri(PAGE).with(as("kent", TenantRole.TENANT_ADMIN))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(PAGE + "/" + DISPUTE).with(as("hounslow", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	@Test
	void thePublicSiteShowsThePublishedSummariesOnlyAndTheSameToEveryone() {
		answer(COMPACTS + "/api/t/swale/dispute-summaries", """
				[{"id":"%s","links":[%s],"raisedOn":"2027-05-03","resolvedOn":"2027-05-24","daysToResolve":21,
				  "summary":"A funder cut a grant <b>without</b> notice.","publishedOn":"2027-06-01"}]"""
			.formatted(DISPUTE, LINK));

		for (var visitor : new org.springframework.test.web.servlet.request.RequestPostProcessor[] { request -> request,
				as("swale", TenantRole.EDITOR) }) {
			assertThat(mvc.get().uri("/t/swale/disputes").with(visitor)).hasStatus(HttpStatus.OK)
				.bodyText()
				.contains("<title>Disputes resolved - Swale Compact - Compacts</title>",
						"Resolved on <time datetime=\"2027-05-24\">24 May 2027</time>",
						"A funder cut a grant &lt;b&gt;without&lt;/b&gt; notice.", "Funding code (from Kent)",
						"21 days")
				.doesNotContain("<b>without", "/workspace/disputes");
		}
	}

}
