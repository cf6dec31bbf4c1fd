package org.compacts.compact.meeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.compacts.compact.Api;
import org.compacts.compact.Api.Answer;
import org.compacts.testkit.RealServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meetings through the API on the real servers: Kent's admin (kim.admin, an editor of
 * Kent) records them; sam.editor edits another compact (Swale), hana.hounslow is a member
 * of another. Every refusal is shown to change no row.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class MeetingIT {

	static final String EDITOR = "kim.admin";

	static final String MEETINGS = "/api/t/kent/meetings";

	static final List<String> TABLES = List.of("meeting", "meeting_attendee", "meeting_item", "meeting_action",
			"plan_action", "action_plan");

	@TestConfiguration
	static class Circulations {

		static final List<MinutesCirculated> HEARD = new CopyOnWriteArrayList<>();

		@Bean
		Object minutesCirculatedListener() {
			return new Object() {
				@EventListener
				void on(MinutesCirculated event) {
					HEARD.add(event);
				}
			};
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	Api api;

	@BeforeEach
	void client() {
		api = new Api(port, jdbc, transactions);
	}

	private Map<String, List<Map<String, Object>>> rows(String tenant) {
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		TABLES.forEach(table -> rows.put(table, api.snapshot(table, tenant)));
		return rows;
	}

	static Map<String, Object> meeting(String heldOn) {
		Map<String, Object> meeting = new LinkedHashMap<>();
		meeting.put("title", "Compact Implementation Group " + UUID.randomUUID());
		meeting.put("heldOn", heldOn);
		meeting.put("startsAt", "09:30");
		meeting.put("endsAt", "11:50");
		meeting.put("place", "Lenham Community Hall");
		meeting.put("attendees",
				List.of(Map.of("name", "Sarah Williams", "initials", "SW", "organisation", "Swale CVS", "email",
						"sarah@example.org"),
						Map.of("name", "Jacqui Ward", "initials", "JW", "organisation", "Kent Partnership"),
						Map.of("name", "Judy Doherty", "initials", "JD", "organisation", "KCC Communities"),
						Map.of("name", "Jo Pannell", "initials", "JP", "organisation", "KCC, CED")));
		meeting.put("apologies", List.of(Map.of("name", "Howard Cohen"), Map.of("name", "Susan Levitt")));
		meeting.put("agenda",
				List.of(Map.of("title", "Apologies"),
						Map.of("title", "Compact leaflet", "minutes", "SW asked if everyone had seen the leaflet."),
						Map.of("title", "Date of next meeting")));
		return meeting;
	}

	static Map<String, Object> with(Map<String, Object> body, Object... pairs) {
		Map<String, Object> changed = new LinkedHashMap<>(body);
		for (int i = 0; i < pairs.length; i += 2) {
			changed.put((String) pairs[i], pairs[i + 1]);
		}
		return changed;
	}

	static Map<String, Object> action(String text, String owner) {
		return new LinkedHashMap<>(Map.of("text", text, "owner", owner, "dueOn", "2010-10-12", "itemNumber", 2));
	}

	private Answer create(Map<String, Object> meeting) {
		Answer created = api.post(MEETINGS, EDITOR, meeting);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created;
	}

	private static String id(Answer answer) {
		return answer.json().path("id").asString();
	}

	private static void assertRefused(Answer answer, int status, String field) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(status);
		assertThat(answer.isProblem()).isTrue();
		assertThat(answer.namesField(field)).as(answer.text()).isTrue();
	}

	@Test
	void actionsArisingJoinThePlanAndTheMinutesAreCirculatedApprovedAtTheNextMeetingAndPublished() {
		Answer created = create(meeting("2010-09-23"));
		String path = MEETINGS + "/" + id(created);
		assertThat(created.json().path("minutes").path("status").asString()).isEqualTo("DRAFT");
		assertThat(created.json().path("apologies").get(1).path("name").asString()).isEqualTo("Susan Levitt");

		Answer one = api.post(path + "/actions", EDITOR, action("Ask Katherine Kerswell", "JW"), created.etag());
		assertThat(one.status()).as(one.text()).isEqualTo(200);
		Answer two = api.post(path + "/actions", EDITOR, action("Talk to Mary Cooper", "JD & JP"), one.etag());
		Answer three = api.post(path + "/actions", EDITOR, action("Check every contract", "ALL"), two.etag());
		assertThat(three.status()).as(three.text()).isEqualTo(200);
		JsonNode actions = three.json().path("actions");
		assertThat(actions).hasSize(3);
		assertThat(actions.get(0).path("owner").path("people").asString()).isEqualTo("Jacqui Ward");
		assertThat(actions.get(1).path("owner").path("organisations").asString())
			.isEqualTo("KCC Communities; KCC, CED");
		assertThat(actions.get(2).path("owner").path("people").asString()).isEqualTo("Everyone at the meeting");
		assertThat(actions.get(0).path("status").asString()).isEqualTo("NOT_STARTED");

		// the action is in Kent's plan for 2010-11, and names the meeting it arose from
		String planId = actions.get(0).path("planId").asString();
		Answer inPlan = api
			.get("/api/t/kent/plans/" + planId + "/actions/" + actions.get(0).path("actionId").asString(), EDITOR);
		assertThat(inPlan.status()).as(inPlan.text()).isEqualTo(200);
		assertThat(inPlan.json().path("owner").path("person").asString()).isEqualTo("Jacqui Ward");
		assertThat(inPlan.json().path("dueOn").asString()).isEqualTo("2010-10-12");
		assertThat(inPlan.json().path("arisingFrom").path("meetingId").asString()).isEqualTo(id(created));
		assertThat(inPlan.json().path("arisingFrom").path("heldOn").asString()).isEqualTo("2010-09-23");
		assertThat(api.get("/api/t/kent/plans/" + planId, EDITOR).json().path("period").asString())
			.isEqualTo("2010-11");

		// a draft is the members' only
		assertThat(api.get(path, null).status()).isEqualTo(404);
		assertThat(api.get(path, "hana.hounslow").status()).isEqualTo(404);
		assertThat(api.get(path, "alex.champion").status()).isEqualTo(200);

		assertRefused(api.post(path + "/publication", EDITOR, null, three.etag()), 409, "minutes");
		Answer circulated = api.post(path + "/circulation", EDITOR, null, three.etag());
		assertThat(circulated.status()).as(circulated.text()).isEqualTo(200);
		assertThat(circulated.json().path("minutes").path("status").asString()).isEqualTo("CIRCULATED");
		MinutesCirculated heard = Circulations.HEARD.stream()
			.filter(event -> event.meetingId().toString().equals(id(created)))
			.findFirst()
			.orElseThrow();
		assertThat(heard.tenant()).isEqualTo("kent");
		assertThat(heard.attendees()).hasSize(4)
			.first()
			.isEqualTo(new MinutesCirculated.Recipient("Sarah Williams", "sarah@example.org"));

		Answer next = create(with(meeting("2011-01-27"), "previousMeetingId", id(created)));
		JsonNode agenda = next.json().path("agenda");
		assertThat(agenda.get(0).path("title").asString()).isEqualTo("Minutes of the meeting of 23 September 2010");
		assertThat(agenda.get(1).path("title").asString()).isEqualTo("Matters arising");
		assertThat(agenda.get(1).path("minutes").asString())
			.contains("Ask Katherine Kerswell (JW, due 12 October 2010)", "Check every contract (ALL");
		assertThat(next.json().path("previous").path("id").asString()).isEqualTo(id(created));

		assertRefused(api.post(path + "/approval", EDITOR, Map.of("at", id(created)), circulated.etag()), 400, "at");
		Answer approved = api.post(path + "/approval", EDITOR, Map.of("at", id(next)), circulated.etag());
		assertThat(approved.status()).as(approved.text()).isEqualTo(200);
		assertThat(approved.json().path("minutes").path("approvedOn").asString()).isEqualTo("2011-01-27");
		assertThat(api.get(MEETINGS + "/" + id(next), EDITOR).json().path("approves").get(0).path("id").asString())
			.isEqualTo(id(created));
		assertRefused(api.put(path, EDITOR, meeting("2010-09-23"), approved.etag()), 409, "minutes");

		Answer published = api.post(path + "/publication", EDITOR, null, approved.etag());
		assertThat(published.status()).as(published.text()).isEqualTo(200);
		Answer seen = api.get(path, null);
		assertThat(seen.status()).isEqualTo(200);
		assertThat(seen.json().path("attendees").get(0).path("email").isNull()).isTrue();
		assertThat(seen.json().path("actions").get(0).path("status").isNull()).isTrue();
		assertThat(api.get(MEETINGS, null).text()).contains(id(created)).doesNotContain(id(next));
	}

	@Test
	void theLenhamMeetingIsKentsDemoMeetingWithItsActionsArisingInThePlan() {
		JsonNode lenham = null;
		for (JsonNode meeting : api.get(MEETINGS, EDITOR).json()) {
			if (meeting.path("heldOn").asString().equals("2010-09-23")
					&& meeting.path("title").asString().equals("Compact Implementation Group")) {
				lenham = meeting;
			}
		}
		assertThat(lenham).isNotNull();
		JsonNode meeting = api.get(MEETINGS + "/" + lenham.path("id").asString(), EDITOR).json();
		assertThat(meeting.path("place").asString()).isEqualTo("Lenham Community Hall");
		assertThat(meeting.path("attendees")).hasSize(12);
		assertThat(meeting.path("apologies")).hasSize(5);
		assertThat(meeting.path("actions")).hasSize(7);
		assertThat(meeting.path("actions").get(2).path("owner").path("people").asString())
			.isEqualTo("Judy Doherty and Siari Weaver");
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndChangesNothing() {
		Answer created = create(meeting("2010-09-23"));
		String path = MEETINGS + "/" + id(created);
		var before = rows("kent");

		assertRefused(api.post(MEETINGS, EDITOR, with(meeting("2010-09-23"), "place", " ")), 400, "place");
		assertRefused(api.post(MEETINGS, EDITOR, with(meeting("2010-09-23"), "title", "")), 400, "title");
		assertRefused(api.post(MEETINGS, EDITOR, with(meeting("2010-09-23"), "heldOn", "2010-02-30")), 400, "heldOn");
		assertRefused(api.post(MEETINGS, EDITOR, with(meeting("2010-09-23"), "endsAt", "09:00")), 400, "endsAt");
		assertRefused(api.post(MEETINGS, EDITOR, with(meeting("2010-09-23"), "onlineLink", "teams")), 400,
				"onlineLink");
		assertRefused(
				api.post(MEETINGS, EDITOR,
						with(meeting("2010-09-23"), "attendees", List.of(Map.of("name", "Sarah Williams")))),
				400, "attendees");
		assertRefused(
				api.post(MEETINGS, EDITOR,
						with(meeting("2010-09-23"), "attendees", List
							.of(Map.of("name", "Sarah Williams", "initials", "SW", "email", "not an address")))),
				400, "attendees[0].email");
		assertRefused(
				api.post(MEETINGS, EDITOR,
						with(meeting("2010-09-23"), "previousMeetingId", UUID.randomUUID().toString())),
				400, "previousMeetingId");
		assertRefused(api.post(path + "/actions", EDITOR, action("Ask", "XY"), created.etag()), 400, "owner");
		assertRefused(api.post(path + "/actions", EDITOR, with(action("Ask", "SW"), "itemNumber", 9), created.etag()),
				400, "itemNumber");
		assertRefused(api.post(path + "/actions", EDITOR, with(action("Ask", "SW"), "dueOn", null), created.etag()),
				400, "dueOn");
		assertRefused(api.post(path + "/approval", EDITOR, Map.of("at", id(created)), created.etag()), 409, "minutes");
		assertRefused(api.post(path + "/approval", EDITOR, Map.of("at", UUID.randomUUID()), created.etag()), 400, "at");

		assertThat(rows("kent")).isEqualTo(before);
	}

	@Test
	void aChangeWithoutAVersionIs428AndFromAnOldOne412() {
		Answer created = create(meeting("2010-09-23"));
		String path = MEETINGS + "/" + id(created);
		Answer changed = api.put(path, EDITOR, with(meeting("2010-09-23"), "place", "Sessions House"), created.etag());
		assertThat(changed.status()).as(changed.text()).isEqualTo(200);
		var before = rows("kent");

		assertThat(api.put(path, EDITOR, meeting("2010-09-23")).status()).isEqualTo(428);
		assertThat(api.put(path, EDITOR, meeting("2010-09-23"), created.etag()).status()).isEqualTo(412);
		assertThat(api.post(path + "/actions", EDITOR, action("Ask", "SW"), created.etag()).status()).isEqualTo(412);
		assertThat(api.post(path + "/circulation", EDITOR, null).status()).isEqualTo(428);

		assertThat(rows("kent")).isEqualTo(before);
		assertThat(api.get(path, EDITOR).json().path("place").asString()).isEqualTo("Sessions House");
	}

	@Test
	void anotherCompactsMeetingIsNotFoundThroughItsOwnAndForbiddenThroughKent() {
		Answer created = create(meeting("2010-09-23"));
		String id = id(created);
		var kent = rows("kent");
		var swale = rows("swale");

		assertThat(api.get("/api/t/swale/meetings/" + id, "sam.editor").status()).isEqualTo(404);
		assertThat(api.get("/api/t/swale/meetings", "sam.editor").text()).doesNotContain(id);
		assertThat(api.put("/api/t/swale/meetings/" + id, "sam.editor", meeting("2010-09-23"), created.etag()).status())
			.isEqualTo(404);
		assertThat(
				api.post("/api/t/swale/meetings/" + id + "/actions", "sam.editor", action("Ask", "SW"), created.etag())
					.status())
			.isEqualTo(404);
		assertThat(
				api.post("/api/t/swale/meetings/" + id + "/circulation", "sam.editor", null, created.etag()).status())
			.isEqualTo(404);
		assertThat(api.put(MEETINGS + "/" + id, "sam.editor", meeting("2010-09-23"), created.etag()).status())
			.isEqualTo(403);
		assertThat(api.post(MEETINGS + "/" + id + "/circulation", "sam.editor", null, created.etag()).status())
			.isEqualTo(403);
		assertThat(api.post(MEETINGS, "alex.champion", meeting("2010-09-23")).status()).isEqualTo(403);
		// a previous meeting of another compact is none of this one's
		assertThat(api.post("/api/t/swale/meetings", "sam.editor", with(meeting("2011-01-27"), "previousMeetingId", id))
			.status()).isEqualTo(400);

		assertThat(rows("kent")).isEqualTo(kent);
		assertThat(rows("swale")).isEqualTo(swale);
	}

}
