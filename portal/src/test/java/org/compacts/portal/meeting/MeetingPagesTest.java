package org.compacts.portal.meeting;

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
 * The workspace's meetings and the public site's minutes: the list, a meeting with its
 * minutes and how each action arising stands, a meeting recorded from lines of people and
 * rows of agenda, a refused action arising, the minutes moved on from the version seen,
 * and only published minutes on the public site.
 */
@Import(FakeServices.class)
@WebMvcTest(controllers = { MeetingsController.class, PublicMeetingsController.class },
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.compacts\\.portal\\.((backend|security|workspace|meeting)\\..*|site\\.(Dates|PaperPages))"))
class MeetingPagesTest {

	static final String LENHAM = "3ee70000-0000-4000-8000-000000000001";

	static final String NEXT = "3ee70000-0000-4000-8000-000000000002";

	static final String PAGE = "/t/kent/workspace/meetings";

	static final String API = COMPACTS + "/api/t/kent/meetings";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockRestServiceServer backends;

	@BeforeEach
	void servicesAnswer() {
		FakeServices.kentAndSwale(backends);
	}

	@Test
	void theListShowsEachMeetingEscapedAndOnlyEditorsMayRecordOne() {
		answer(API,
				"""
						[{"id":"%s","title":"Compact Implementation Group <b>x</b>","heldOn":"2010-09-23",
						  "place":"Lenham Community Hall","minutesStatus":"CIRCULATED","published":false,"actions":7,"version":9}]"""
					.formatted(LENHAM));

		assertThat(mvc.get().uri(PAGE).with(as("kent", TenantRole.EDITOR))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>Meetings - Kent Partners Compact - Compacts</title>", "23 September 2010",
					"Compact Implementation Group &lt;b&gt;x&lt;/b&gt;", "Circulated for approval",
					"href=\"" + PAGE + "/" + LENHAM + "\"", "data-test=\"new-meeting\"",
					"govuk-service-navigation__item--active")
			.doesNotContain("<b>x");
		assertThat(mvc.get().uri(PAGE).with(as("kent", TenantRole.MEMBER))).hasStatus(HttpStatus.OK)
			.bodyText()
			.doesNotContain("data-test=\"new-meeting\"");
	}

	@Test
	void aMeetingShowsItsMinutesAndHowEachActionArisingStandsInThePlan() {
		answer(API + "/" + LENHAM, lenham("DRAFT", false, 4));

		MvcTestResult editors = mvc.get().uri(PAGE + "/" + LENHAM).with(as("kent", TenantRole.EDITOR)).exchange();
		assertThat(editors).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<h1 class=\"govuk-heading-xl\">Compact Implementation Group</h1>", "09:30 to 11:50",
					"Lenham Community Hall", "Sarah Williams", "sarah@example.org", "Howard Cohen",
					"3. Compact leaflet", "SW asked if everyone had seen the new document",
					"Judy Doherty and Jo Pannell (JD &amp; JP)", "Not started",
					"href=\"/t/kent/workspace/plans/5a1c0000-0000-4000-8000-000000000001/actions/ac710000-0000-4000-8000-000000000001\"",
					"data-test=\"circulate\"", "data-test=\"action-form\"", "name=\"version\" value=\"4\"")
			.doesNotContain("data-test=\"publish\"");
		assertThat(mvc.get().uri(PAGE + "/" + LENHAM).with(as("kent", TenantRole.MEMBER))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("Not started")
			.doesNotContain("data-test=\"circulate\"", "data-test=\"action-form\"");
	}

	@Test
	void aMeetingIsRecordedFromLinesOfPeopleAndRowsOfAgenda() {
		backends.expect(once(), requestTo(API))
			.andExpect(method(HttpMethod.POST))
			.andExpect(headerDoesNotExist("If-Match"))
			.andExpect(jsonPath("$.heldOn").value("2010-09-23"))
			.andExpect(jsonPath("$.startsAt").value("09:30"))
			.andExpect(jsonPath("$.attendees[0].name").value("Sarah Williams"))
			.andExpect(jsonPath("$.attendees[0].initials").value("SW"))
			.andExpect(jsonPath("$.attendees[0].organisation").value("Swale CVS (Chair)"))
			.andExpect(jsonPath("$.attendees[0].email").value("sarah@example.org"))
			.andExpect(jsonPath("$.attendees[1].initials").value("JP"))
			.andExpect(jsonPath("$.attendees[1].organisation").value("KCC, CED"))
			.andExpect(jsonPath("$.apologies[1].name").value("Susan Levitt"))
			.andExpect(jsonPath("$.apologies[1].organisation").value("Kent CAN"))
			.andExpect(jsonPath("$.agenda.length()").value(2))
			.andExpect(jsonPath("$.agenda[1].title").value("Compact leaflet"))
			.andExpect(jsonPath("$.agenda[1].minutes").value("SW asked"))
			.andExpect(jsonPath("$.previousMeetingId").value(NEXT))
			.andExpect(jsonPath("$.steeringGroup").value(true))
			.andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
				.body(lenham("DRAFT", false, 0)));
		answer(API + "/" + NEXT, lenham("CIRCULATED", false, 2).replace(LENHAM, NEXT));

		assertThat(mvc.get().uri(PAGE + "/new").with(as("kent", TenantRole.EDITOR))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("<title>Record a meeting - Kent Partners Compact - Compacts</title>", "name=\"itemTitle\"",
					"id=\"agenda\"", "id=\"itemMinutes-5\"", "id=\"steeringGroup\"")
			.doesNotContain("checked=\"checked\" id=\"steeringGroup\"");
		assertThat(mvc.get().uri(PAGE + "/new?steeringGroup=true").with(as("kent", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.OK)
			.bodyText()
			.containsPattern("id=\"steeringGroup\"[^>]*checked=\"checked\"");
		assertThat(mvc.post()
			.uri(PAGE)
			.with(as("kent", TenantRole.EDITOR))
			.param("title", "Compact Implementation Group")
			.param("heldOn.day", "23")
			.param("heldOn.month", "9")
			.param("heldOn.year", "2010")
			.param("startsAt", "9.30")
			.param("place", "Lenham Community Hall")
			.param("attendees",
					"Sarah Williams (SW) – Swale CVS (Chair) <sarah@example.org>\n\nJo Pannell (JP) – KCC, CED")
			.param("apologies", "Howard Cohen\nSusan Levitt – Kent CAN")
			.param("itemTitle", "Apologies", "Compact leaflet", "", "")
			.param("itemMinutes", "", "SW asked", "", "")
			.param("steeringGroup", "true")
			.param("previousMeetingId", NEXT)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "/" + LENHAM + "?done=recorded");
		backends.verify();
	}

	@Test
	void aRefusedActionArisingNamesItsFieldAndKeepsWhatWasTyped() {
		answer(API + "/" + LENHAM, lenham("DRAFT", false, 4));
		backends.expect(once(), requestTo(API + "/" + LENHAM + "/actions"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(header("If-Match", "\"4\""))
			.andExpect(jsonPath("$.owner").value("XY"))
			.andExpect(jsonPath("$.dueOn").value("2010-10-12"))
			.andExpect(jsonPath("$.itemNumber").value(3))
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
					{"type":"urn:compacts:problem:invalid-request","title":"Invalid request","status":400,
					 "detail":"An action is given to those present.",
					 "errors":[{"field":"owner","reason":"'XY' are not the initials of anyone present"}]}"""));

		MvcTestResult refused = mvc.post()
			.uri(PAGE + "/" + LENHAM + "/actions")
			.with(as("kent", TenantRole.EDITOR))
			.param("text", "Ask <i>Katherine</i>")
			.param("owner", "XY")
			.param("dueOn.day", "12")
			.param("dueOn.month", "10")
			.param("dueOn.year", "2010")
			.param("itemNumber", "3")
			.param("version", "4")
			.exchange();
		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("<title>Error: Compact Implementation Group", "href=\"#owner\"",
					"are not the initials of anyone present", "value=\"Ask &lt;i&gt;Katherine&lt;/i&gt;\"",
					"value=\"XY\"");
		backends.verify();
	}

	@Test
	void theMinutesAreCirculatedAndPublishedFromTheVersionSeenByEditorsOfThisCompactOnly() {
		backends.expect(once(), requestTo(API + "/" + LENHAM + "/circulation"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(header("If-Match", "\"4\""))
			.andRespond(withStatus(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON)
				.body(lenham("CIRCULATED", false, 5)));

		assertThat(mvc.post()
			.uri(PAGE + "/" + LENHAM + "/circulate")
			.with(as("kent", TenantRole.EDITOR))
			.param("version", "4")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "/" + LENHAM + "?done=circulated");
		// a member may not, and another compact's editor finds nothing: neither is sent
		assertThat(mvc.post()
			.uri(PAGE + "/" + LENHAM + "/publish")
			.with(as("kent", TenantRole.MEMBER))
			.param("version", "5")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post()
			.uri(PAGE + "/" + LENHAM + "/publish")
			.with(as("swale", TenantRole.EDITOR))
			.param("version", "5")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(PAGE + "/" + LENHAM).with(as("swale", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	@Test
	void thePublicSiteShowsPublishedMinutesOnlyAndNoEmails() {
		answer(API + "/" + LENHAM, lenham("APPROVED", true, 7));
		answer(API + "/" + NEXT, lenham("CIRCULATED", false, 2).replace(LENHAM, NEXT));
		answer(API,
				"""
						[{"id":"%s","title":"Compact Implementation Group","heldOn":"2010-09-23","place":"Lenham Community Hall",
						  "minutesStatus":"APPROVED","published":true,"actions":2,"version":7},
						 {"id":"%s","title":"Compact Implementation Group","heldOn":"2011-01-27","place":"Sessions House",
						  "minutesStatus":"CIRCULATED","published":false,"actions":0,"version":2}]"""
					.formatted(LENHAM, NEXT));

		assertThat(mvc.get().uri("/t/kent/meetings").with(as("kent", TenantRole.EDITOR))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("/t/kent/meetings/" + LENHAM)
			.doesNotContain(NEXT);
		assertThat(mvc.get().uri("/t/kent/meetings/" + LENHAM)).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("Sarah Williams", "Approved and published", "Judy Doherty and Jo Pannell")
			.doesNotContain("sarah@example.org", "Not started");
		assertThat(mvc.get().uri("/t/kent/meetings/" + NEXT)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/t/kent/meetings/" + LENHAM + "/minutes.pdf")).hasStatus(HttpStatus.OK)
			.hasContentType(MediaType.APPLICATION_PDF);
	}

	static String session(int version) {
		return lenham("DRAFT", false, version).replace("\"previous\":null",
				"\"kind\":\"CHAMPIONS_SESSION\",\"capacity\":2," + "\"placesTaken\":1,\"previous\":null");
	}

	static String signUps(String person, int version) {
		return """
				{"capacity":2,"placesTaken":1,"placesLeft":1,
				 "signUps":[{"person":"%s","name":"Alex <b>Champion</b>","email":"alex@example.org","attended":null}],
				 "version":%d}""".formatted(person, version);
	}

	@Test
	void aSessionShowsItsPlacesAndSignUpsAndTheVisitorSignsUpCancelsAndEditorsRecordWhoCame() {
		// every answer is set before the first request
		backends.expect(once(), requestTo(API + "/" + LENHAM + "/sign-ups"))
			.andExpect(method(HttpMethod.POST))
			.andRespond(withStatus(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("""
					{"type":"urn:compacts:problem:conflict","title":"Conflict","status":409,
					 "detail":"This session is full: all 2 places are taken."}"""));
		backends.expect(once(), requestTo(API + "/" + LENHAM + "/attendance"))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(header("If-Match", "\"4\""))
			.andExpect(jsonPath("$.attended[0]").value("alex.champion"))
			.andRespond(withStatus(HttpStatus.OK).contentType(MediaType.APPLICATION_JSON)
				.body(signUps("alex.champion", 5)));
		answer(API + "/" + LENHAM, session(4));
		answer(API + "/" + LENHAM + "/sign-ups", signUps("alex.champion", 4));

		assertThat(mvc.get().uri(PAGE + "/" + LENHAM).with(as("kent", TenantRole.MEMBER))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("Champions session", "1 of 2 places taken; 1 left.", "data-test=\"sign-up\"",
					"Alex &lt;b&gt;Champion&lt;/b&gt;")
			.doesNotContain("data-test=\"record-attendance\"", "data-test=\"cancel-sign-up\"", "<b>Champion");
		assertThat(mvc.get().uri(PAGE + "/" + LENHAM).with(as("kent", TenantRole.EDITOR))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("data-test=\"record-attendance\"", "value=\"alex.champion\"");

		assertThat(mvc.post().uri(PAGE + "/" + LENHAM + "/sign-up").with(as("kent", TenantRole.MEMBER)))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("There is a problem", "This session is full: all 2 places are taken.");

		assertThat(mvc.post()
			.uri(PAGE + "/" + LENHAM + "/attendance")
			.with(as("kent", TenantRole.EDITOR))
			.param("attended", "alex.champion")
			.param("version", "4")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(PAGE + "/" + LENHAM + "?done=attendance#sign-ups");
		// a member does not record attendance, and another compact's editor finds nothing
		assertThat(mvc.post()
			.uri(PAGE + "/" + LENHAM + "/attendance")
			.with(as("kent", TenantRole.MEMBER))
			.param("attended", "alex.champion")
			.param("version", "5")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri(PAGE + "/" + LENHAM + "/sign-up").with(as("swale", TenantRole.EDITOR)))
			.hasStatus(HttpStatus.NOT_FOUND);
		backends.verify();
	}

	private void answer(String url, String json) {
		FakeServices.answer(backends, url, json);
	}

	static String lenham(String status, boolean published, int version) {
		return """
				{"id":"%s","title":"Compact Implementation Group","heldOn":"2010-09-23","startsAt":"09:30","endsAt":"11:50",
				 "place":"Lenham Community Hall","onlineLink":null,
				 "attendees":[{"name":"Sarah Williams","organisation":"Swale CVS","initials":"SW","email":"sarah@example.org"},
				              {"name":"Judy Doherty","organisation":"KCC Communities","initials":"JD","email":null},
				              {"name":"Jo Pannell","organisation":"KCC, CED","initials":"JP","email":null}],
				 "apologies":[{"name":"Howard Cohen","organisation":null,"initials":null,"email":null}],
				 "agenda":[{"number":1,"title":"Apologies","minutes":null},
				           {"number":2,"title":"Minutes of the last meeting","minutes":"Agreed as correct."},
				           {"number":3,"title":"Compact leaflet","minutes":"SW asked if everyone had seen the new document."}],
				 "actions":[{"number":1,"text":"Talk to Mary Cooper about Member training",
				             "owner":{"initials":"JD & JP","people":"Judy Doherty and Jo Pannell","organisations":"KCC Communities; KCC, CED"},
				             "itemNumber":3,"dueOn":"2010-11-18","planId":"5a1c0000-0000-4000-8000-000000000001",
				             "actionId":"ac710000-0000-4000-8000-000000000001","status":%s,"progress":0,"overdue":false}],
				 "minutes":{"status":"%s","circulatedOn":null,"approvedOn":null,"approvedAt":null,"published":%s},
				 "previous":null,"approves":[],"version":%d}"""
			.formatted(LENHAM, published ? "null" : "\"NOT_STARTED\"", status, published, version);
	}

}
