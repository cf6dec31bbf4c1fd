package org.compacts.compact.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.compacts.compact.Api;
import org.compacts.compact.Api.Answer;
import org.compacts.contracts.tenant.Adoption;
import org.compacts.testkit.RealServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.compact.federation.TenantEventsTopic.county;
import static org.compacts.compact.federation.TenantEventsTopic.district;
import static org.compacts.compact.federation.TenantEventsTopic.publish;

/**
 * Steering groups and annual reviews through the API, with real tokens: Kent's editor,
 * Canterbury's editor, a member of another compact and the anonymous public.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class ReviewIT {

	static final List<String> TABLES = List.of("annual_review", "annual_review_answer", "annual_review_amendment",
			"steering_group", "steering_group_member", "amendment_suggestion");

	static final String SUGGESTIONS = "/api/t/kent/amendment-suggestions";

	static final String EDITOR = "kim.admin";

	static final String REVIEWS = "/api/t/kent/reviews";

	static final String GROUP = "/api/t/kent/steering-group";

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
		Instant now = Instant.now();
		publish(county("kent", now), district("swale", "kent", Adoption.ADOPTS_PARENT_CORE, now),
				district("canterbury", "kent", Adoption.ADOPTS_PARENT_CORE, now));
	}

	/**
	 * The year after Kent's latest review (a review follows the last), from 2001: past
	 * years, so a dispute may be raised in one.
	 */
	int nextYear() {
		Answer list = api.get(REVIEWS, EDITOR);
		assertThat(list.status()).as(list.text()).isEqualTo(200);
		return list.json().valueStream().mapToInt(review -> review.path("year").asInt()).max().orElse(2000) + 1;
	}

	Answer group() {
		Answer current = api.get(GROUP, EDITOR);
		Map<String, Object> group = Map.of("name", "Kent Compact Steering Group", "meetingsPerYear", 3, "members",
				List.of(Map.of("name", "Jo Chair", "organisation", "Swale CVS", "role", "chair"),
						Map.of("name", "Ann Officer", "organisation", "Kent Borough Council", "role", " ")));
		Answer set = current.status() == 404 ? api.put(GROUP, EDITOR, group)
				: api.put(GROUP, EDITOR, group, current.etag());
		assertThat(set.status()).as(set.text()).isEqualTo(200);
		return set;
	}

	Answer start(int year) {
		Answer started = api.post(REVIEWS, EDITOR, Map.of("year", year));
		assertThat(started.status()).as(started.text()).isEqualTo(201);
		return started;
	}

	Answer ok(Answer answer) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		return answer;
	}

	static List<Map<String, Object>> answered(JsonNode review) {
		return review.path("answers")
			.valueStream()
			.map(answer -> Map.<String, Object>of("question", answer.path("question").asString(), "answer",
					"Answered for " + review.path("year").asInt()))
			.toList();
	}

	String plan(int year) {
		Answer plan = api.post("/api/t/kent/plans", EDITOR, Map.of("title", "Kent plan " + UUID.randomUUID(), "period",
				ReviewSnapshot.periodOf(year), "visibility", "MEMBERS"));
		assertThat(plan.status()).as(plan.text()).isEqualTo(201);
		return plan.json().path("id").asString();
	}

	void action(String plan) {
		Answer action = api.post("/api/t/kent/plans/" + plan + "/actions", EDITOR,
				Map.of("title", "Train champions", "priority", "HIGH", "ambition", "ACHIEVABLE"));
		assertThat(action.status()).as(action.text()).isEqualTo(201);
	}

	Map<String, List<Map<String, Object>>> rows(String tenant) {
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		TABLES.forEach(table -> rows.put(table, api.snapshot(table, tenant)));
		return rows;
	}

	static void assertRefused(Answer answer, int status, String field) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(status);
		assertThat(answer.isProblem()).isTrue();
		if (field != null) {
			assertThat(answer.namesField(field)).as(answer.text()).isTrue();
		}
	}

	@Test
	void aReviewIsAnsweredDecidedSignedOffForTheGroupWithItsFiguresFrozenThenPublished() {
		group();
		int year = nextYear();
		String plan = plan(year);
		action(plan);
		Answer draft = start(year);
		JsonNode body = draft.json();
		assertThat(draft.etag()).isEqualTo("\"" + body.path("version").asLong() + "\"");
		assertThat(body.path("state").asString()).isEqualTo("DRAFT");
		assertThat(body.path("period").asString()).isEqualTo(ReviewSnapshot.periodOf(year));
		assertThat(body.path("snapshotFrozen").asBoolean()).isFalse();
		int actions = body.path("snapshot").path("plan").path("actions").asInt();
		assertThat(actions).isGreaterThanOrEqualTo(1);

		// a draft's figures are taken afresh: an action added now counts, and so does a
		// dispute raised in the year
		action(plan);
		int raised = body.path("snapshot").path("disputes").path("raised").asInt();
		Answer code = api.post("/api/t/kent/codes", EDITOR,
				Map.of("title", "Funding " + UUID.randomUUID(), "aim", "Fair funding.", "mode", "CORE"));
		assertThat(code.status()).as(code.text()).isEqualTo(201);
		Answer dispute = api.post("/api/t/kent/disputes", EDITOR,
				Map.of("itemIds", List.of(code.json().path("id").asString()), "title", "Late payment", "summary",
						"Paid in arrears", "parties",
						List.of(Map.of("name", "Kent Borough Council"), Map.of("name", "Swale CVS")), "raisedOn",
						year + "-06-01"));
		assertThat(dispute.status()).as(dispute.text()).isEqualTo(201);
		JsonNode live = ok(api.get(REVIEWS + "/" + year, EDITOR)).json();
		assertThat(live.path("snapshot").path("plan").path("actions").asInt()).isEqualTo(actions + 1);
		assertThat(live.path("snapshot").path("disputes").path("raised").asInt()).isEqualTo(raised + 1);

		// the public does not see a draft
		assertThat(api.get(REVIEWS + "/" + year, null).status()).isEqualTo(404);
		assertThat(api.get(REVIEWS, null).json().valueStream().map(review -> review.path("year").asInt()))
			.doesNotContain(year);

		Answer unanswered = api.post(REVIEWS + "/" + year + "/sign-off", EDITOR, null, draft.etag());
		assertRefused(unanswered, 409, "answers[0].answer");

		Answer answered = ok(
				api.put(REVIEWS + "/" + year + "/answers", EDITOR, Map.of("answers", answered(body)), draft.etag()));
		Answer suggested = ok(api.post(REVIEWS + "/" + year + "/amendments", EDITOR, Map.of("suggestion",
				"Add a code on volunteering.", "suggestedBy", "Swale CVS", "receivedOn", year + "-05-01"),
				answered.etag()));
		suggested = ok(api.post(REVIEWS + "/" + year + "/amendments", EDITOR, Map.of("suggestion",
				"Name the champions.", "suggestedBy", "Kent Police", "receivedOn", year + "-05-02"), suggested.etag()));
		String accepted = suggested.json().path("amendments").get(0).path("id").asString();
		String undecided = suggested.json().path("amendments").get(1).path("id").asString();
		Answer decided = ok(api.put(REVIEWS + "/" + year + "/amendments/" + accepted + "/decision", EDITOR,
				Map.of("decision", "ACCEPTED", "reason", "Agreed by the group."), suggested.etag()));
		assertThat(decided.json().path("amendments").get(0).path("decision").asString()).isEqualTo("ACCEPTED");

		// a change from a version read before is stale
		assertRefused(
				api.put(REVIEWS + "/" + year + "/answers", EDITOR, Map.of("answers", answered(body)), draft.etag()),
				412, "If-Match");
		assertRefused(api.post(REVIEWS + "/" + year + "/sign-off", EDITOR, null), 428, "If-Match");

		Answer signed = ok(api.post(REVIEWS + "/" + year + "/sign-off", EDITOR, null, decided.etag()));
		JsonNode signedOff = signed.json();
		assertThat(signedOff.path("state").asString()).isEqualTo("SIGNED_OFF");
		assertThat(signedOff.path("snapshotFrozen").asBoolean()).isTrue();
		assertThat(signedOff.path("signedOffFor").asString())
			.isEqualTo("Kent Compact Steering Group, chaired by Jo Chair");
		assertThat(signedOff.path("signedOffBy").asString()).isEqualTo(EDITOR);
		assertThat(signedOff.path("snapshot").path("plan").path("actions").asInt()).isEqualTo(actions + 1);

		// frozen: the plan changes, and the signed-off review's figures do not
		action(plan);
		JsonNode later = ok(api.get(REVIEWS + "/" + year, EDITOR)).json();
		assertThat(later.path("snapshot")).isEqualTo(signedOff.path("snapshot"));
		assertRefused(
				api.put(REVIEWS + "/" + year + "/answers", EDITOR, Map.of("answers", answered(body)), signed.etag()),
				409, "state");

		Answer published = ok(api.post(REVIEWS + "/" + year + "/publication", EDITOR, null, signed.etag()));
		assertThat(published.json().path("state").asString()).isEqualTo("PUBLISHED");
		JsonNode read = ok(api.get(REVIEWS + "/" + year, null)).json();
		assertThat(read.path("snapshot")).isEqualTo(signedOff.path("snapshot"));
		assertThat(read.path("startedBy").isNull()).isTrue();
		assertThat(read.path("signedOffBy").isNull()).isTrue();
		assertThat(read.path("signedOffFor").asString()).endsWith("chaired by Jo Chair");
		assertThat(api.get(REVIEWS, null).json().valueStream().map(review -> review.path("year").asInt()))
			.contains(year);

		// the next year's starts from it: the questions, and the amendment left undecided
		// (then whatever the register gathered meanwhile)
		JsonNode next = start(year + 1).json();
		assertThat(next.path("answers").valueStream().map(answer -> answer.path("question").asString()))
			.containsExactlyElementsOf(answered(body).stream().map(answer -> (String) answer.get("question")).toList());
		assertThat(next.path("answers").valueStream().allMatch(answer -> answer.path("answer").isNull())).isTrue();
		assertThat(next.path("amendments").valueStream().map(amendment -> amendment.path("id").asString()).toList())
			.startsWith(undecided)
			.containsOnlyOnce(undecided)
			.doesNotContain(accepted);
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndChangesNothing() {
		group();
		int year = nextYear();
		Answer draft = start(year);
		String path = REVIEWS + "/" + year;
		Map<String, List<Map<String, Object>>> before = rows("kent");

		assertRefused(api.post(REVIEWS, EDITOR, Map.of("year", year)), 409, "year");
		assertRefused(api.post(REVIEWS, EDITOR, Map.of("year", year - 1)), 409, "year");
		assertRefused(api.post(REVIEWS, EDITOR, Map.of()), 400, "year");
		assertRefused(api.post(REVIEWS, EDITOR, Map.of("year", 12)), 400, "year");
		assertRefused(api.put(path + "/answers", EDITOR, Map.of("answers", List.of()), draft.etag()), 400, "answers");
		assertRefused(api.put(path + "/answers", EDITOR,
				Map.of("answers", List.of(Map.of("question", "Who?"), Map.of("question", "who?"))), draft.etag()), 400,
				"answers[1].question");
		assertRefused(
				api.put(path + "/answers", EDITOR, Map.of("answers", List.of(Map.of("question", " "))), draft.etag()),
				400, "answers[0].question");
		assertRefused(
				api.post(path + "/amendments", EDITOR,
						Map.of("suggestion", "", "suggestedBy", "CVS", "receivedOn", "2001-01-01"), draft.etag()),
				400, "suggestion");
		assertRefused(
				api.post(path + "/amendments", EDITOR,
						Map.of("suggestion", "More", "suggestedBy", "CVS", "receivedOn", "2001-02-30"), draft.etag()),
				400, "receivedOn");
		assertRefused(api.put(path + "/amendments/" + UUID.randomUUID() + "/decision", EDITOR,
				Map.of("decision", "ACCEPTED", "reason", "Yes"), draft.etag()), 404, null);
		assertRefused(api.put(path + "/amendments/" + UUID.randomUUID() + "/decision", EDITOR,
				Map.of("decision", "MAYBE"), draft.etag()), 400, "decision");
		assertRefused(api.post(path + "/publication", EDITOR, null, draft.etag()), 409, "state");
		assertRefused(api.get(REVIEWS + "/abc", EDITOR), 400, "year");
		assertRefused(api.put(GROUP, EDITOR, Map.of("name", "Group", "meetingsPerYear", 13, "members", List.of()), "*"),
				400, "meetingsPerYear");
		assertRefused(api.put(GROUP, EDITOR,
				Map.of("name", "Group", "meetingsPerYear", 3, "members",
						List.of(Map.of("name", "A", "role", "chair"), Map.of("name", "B", "role", "Chair"))),
				"*"), 400, "members");
		assertRefused(
				api.put(GROUP, EDITOR,
						Map.of("name", "Group", "meetingsPerYear", 3, "members", List.of(Map.of("name", " ")))),
				400, "members[0].name");
		assertRefused(
				api.put(GROUP, EDITOR, Map.of("name", "Group", "meetingsPerYear", 3, "members", List.of()), "\"999\""),
				412, "If-Match");

		assertThat(rows("kent")).isEqualTo(before);
	}

	@Test
	void noOneOutsideKentReadsItsDraftsOrGroupOrChangesThem() {
		Answer group = group();
		int year = nextYear();
		Answer draft = start(year);
		String path = REVIEWS + "/" + year;
		Map<String, List<Map<String, Object>>> before = rows("kent");
		Map<String, List<Map<String, Object>>> canterbury = rows("canterbury");

		assertThat(api.get(path, "hana.hounslow").status()).isEqualTo(404);
		assertThat(api.get(path, null).status()).isEqualTo(404);
		assertThat(api.get(GROUP, "hana.hounslow").status()).isEqualTo(403);
		assertThat(api.get(GROUP, null).status()).isIn(401, 403);
		assertThat(api.get(GROUP + "/next-agenda", "chris.canterbury").status()).isEqualTo(403);
		assertThat(api
			.put(path + "/answers", "chris.canterbury", Map.of("answers", List.of(Map.of("question", "Q"))),
					draft.etag())
			.status()).isEqualTo(403);
		assertThat(api.post(path + "/sign-off", "chris.canterbury", null, draft.etag()).status()).isEqualTo(403);
		assertThat(api
			.put(GROUP, "chris.canterbury", Map.of("name", "Taken", "meetingsPerYear", 1, "members", List.of()),
					group.etag())
			.status()).isEqualTo(403);
		// Kent's review and group named in Canterbury, by its own editor: not there
		assertThat(api.post("/api/t/canterbury/reviews/" + year + "/sign-off", "chris.canterbury", null, draft.etag())
			.status()).isEqualTo(404);
		assertThat(api.get("/api/t/canterbury/reviews/" + year, "chris.canterbury").status()).isEqualTo(404);
		assertThat(api
			.put("/api/t/canterbury/reviews/" + year + "/amendments/" + UUID.randomUUID() + "/decision",
					"chris.canterbury", Map.of("decision", "REJECTED", "reason", "No"), draft.etag())
			.status()).isEqualTo(404);

		assertThat(rows("kent")).isEqualTo(before);
		assertThat(rows("canterbury")).isEqualTo(canterbury);
	}

	@Test
	void theNextAgendaStartsFromTheOpenActionsArisingFromTheSteeringGroupsLastMeeting() {
		group();
		LocalDate today = LocalDate.now();
		LocalDate held = today.minusDays(1);
		Answer meeting = api.post("/api/t/kent/meetings", EDITOR,
				Map.of("title", "Steering group " + UUID.randomUUID(), "heldOn", held.toString(), "place",
						"Sittingbourne", "steeringGroup", true, "attendees",
						List.of(Map.of("name", "Sam Editor", "initials", "SE", "email", "sam@example.org"))));
		assertThat(meeting.status()).as(meeting.text()).isEqualTo(201);
		assertThat(meeting.json().path("steeringGroup").asBoolean()).isTrue();
		String last = meeting.json().path("id").asString();
		String text = "Write to the council " + UUID.randomUUID();
		Answer arisen = api.post("/api/t/kent/meetings/" + last + "/actions", EDITOR,
				Map.of("text", text, "owner", "SE", "dueOn", today.plusMonths(1).toString()), meeting.etag());
		assertThat(arisen.status()).as(arisen.text()).isBetween(200, 201);
		// a later meeting that is not the group's does not move its agenda
		Answer other = api.post("/api/t/kent/meetings", EDITOR, Map.of("title",
				"Champions' get-together " + UUID.randomUUID(), "heldOn", today.toString(), "place", "Maidstone"));
		assertThat(other.status()).as(other.text()).isEqualTo(201);
		assertThat(other.json().path("steeringGroup").asBoolean()).isFalse();

		JsonNode agenda = ok(api.get(GROUP + "/next-agenda", "alex.champion")).json();
		assertThat(agenda.path("group").path("meetingsPerYear").asInt()).isEqualTo(3);
		assertThat(agenda.path("fromLastMeeting").path("meetingId").asString()).isEqualTo(last);
		assertThat(agenda.path("fromLastMeeting").path("open").valueStream().map(m -> m.path("text").asString()))
			.contains(text);
		assertThat(agenda.path("nextMeetingDueBy").asString()).isEqualTo(held.plusMonths(4).toString());
		// the group's page lists its meetings, and only its
		assertThat(agenda.path("meetings").valueStream().map(m -> m.path("id").asString())).contains(last)
			.doesNotContain(other.json().path("id").asString());

		// the group's next meeting starts from its last: the minutes to agree and the
		// matters arising
		Answer next = api.post("/api/t/kent/meetings", EDITOR,
				Map.of("title", "Steering group, next " + UUID.randomUUID(), "heldOn", today.plusDays(14).toString(),
						"place", "Sittingbourne", "steeringGroup", true));
		assertThat(next.status()).as(next.text()).isEqualTo(201);
		assertThat(next.json().path("previous").path("id").asString()).isEqualTo(last);
		assertThat(next.json().path("agenda").size()).isGreaterThanOrEqualTo(1);
		assertThat(next.json().path("agenda").toString()).containsIgnoringCase("matters arising");

		// an event is not the group's meeting, and the group's meeting not an event
		List<Map<String, Object>> before = api.snapshot("meeting", "kent");
		assertRefused(api.post("/api/t/kent/meetings", EDITOR, Map.of("title", "Launch", "heldOn", today.toString(),
				"place", "Maidstone", "kind", "EVENT", "steeringGroup", true)), 400, "steeringGroup");
		assertRefused(api.put("/api/t/kent/meetings/" + last, EDITOR,
				Map.of("title", "Launch", "heldOn", held.toString(), "place", "Maidstone", "kind", "EVENT", "attendees",
						List.of(Map.of("name", "Sam Editor", "initials", "SE", "email", "sam@example.org"))),
				arisen.etag()), 400, "kind");
		assertThat(api.snapshot("meeting", "kent")).isEqualTo(before);
	}

	String code(String tenant, String editor) {
		Answer code = api.post("/api/t/" + tenant + "/codes", editor,
				Map.of("title", "Volunteering " + UUID.randomUUID(), "aim", "Value volunteers.", "mode", "CORE"));
		assertThat(code.status()).as(code.text()).isEqualTo(201);
		return code.json().path("id").asString();
	}

	Answer signedOff(int year) {
		Answer draft = ok(api.get(REVIEWS + "/" + year, EDITOR));
		Answer answered = ok(api.put(REVIEWS + "/" + year + "/answers", EDITOR,
				Map.of("answers", answered(draft.json())), draft.etag()));
		return ok(api.post(REVIEWS + "/" + year + "/sign-off", EDITOR, null, answered.etag()));
	}

	static List<String> amendmentIds(Answer review) {
		return review.json().path("amendments").valueStream().map(a -> a.path("id").asString()).toList();
	}

	@Test
	void suggestionsMadeAtAnyTimeAreGatheredIntoTheNextReviewAndDecidedThere() {
		group();
		int year = nextYear();
		start(year);
		signedOff(year);
		String code = code("kent", EDITOR);

		// between reviews: a champion and the editor suggest; both wait for the next
		// review
		Answer first = api.post(SUGGESTIONS, "alex.champion", Map.of("suggestion", "Add a code on volunteering.",
				"itemId", code, "suggestedBy", "Swale CVS", "receivedOn", LocalDate.now().minusDays(3).toString()));
		assertThat(first.status()).as(first.text()).isEqualTo(201);
		assertThat(first.json().path("gatheredInto").isNull()).isTrue();
		assertThat(first.json().path("yours").asBoolean()).isTrue();
		assertThat(first.json().path("itemId").asString()).isEqualTo(code);
		Answer second = api.post(SUGGESTIONS, EDITOR,
				Map.of("suggestion", "Name the champions on the website.", "suggestedBy", "Kent Police"));
		assertThat(second.status()).as(second.text()).isEqualTo(201);
		assertThat(second.json().path("receivedOn").asString()).isEqualTo(LocalDate.now().toString());
		String firstPath = SUGGESTIONS + "/" + first.json().path("id").asString();

		// its author changes it, naming the version read; no one else does
		Map<String, Object> changed = Map.of("suggestion", "Add a code on volunteering, with Swale CVS.", "itemId",
				code, "suggestedBy", "Swale CVS");
		Map<String, List<Map<String, Object>>> before = rows("kent");
		assertRefused(api.put(firstPath, EDITOR, changed, first.etag()), 403, null);
		assertRefused(api.put(firstPath, "alex.champion", changed, "\"99\""), 412, "If-Match");
		assertRefused(api.put(firstPath, "alex.champion", changed), 428, "If-Match");
		assertThat(rows("kent")).isEqualTo(before);
		Answer edited = ok(api.put(firstPath, "alex.champion", changed, first.etag()));
		assertThat(ok(api.get(firstPath, EDITOR)).json().path("yours").asBoolean()).isFalse();

		// the next review gathers both, under their own ids, pending, with the code named
		Answer next = start(year + 1);
		assertThat(amendmentIds(next)).contains(first.json().path("id").asString(),
				second.json().path("id").asString());
		JsonNode gathered = next.json()
			.path("amendments")
			.valueStream()
			.filter(a -> a.path("id").asString().equals(first.json().path("id").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(gathered.path("suggestion").asString()).isEqualTo("Add a code on volunteering, with Swale CVS.");
		assertThat(gathered.path("itemId").asString()).isEqualTo(code);
		assertThat(gathered.path("decision").asString()).isEqualTo("PENDING");
		Answer nowGathered = ok(api.get(firstPath, "alex.champion"));
		assertThat(nowGathered.json().path("gatheredInto").asInt()).isEqualTo(year + 1);
		assertRefused(api.put(firstPath, "alex.champion", changed, nowGathered.etag()), 409, "gatheredInto");

		// while the review is in draft, a suggestion joins it at once; deferred, it
		// carries forward
		Answer third = api.post(SUGGESTIONS, "alex.champion",
				Map.of("suggestion", "Review the funding code.", "suggestedBy", "Alex Champion"));
		assertThat(third.status()).as(third.text()).isEqualTo(201);
		assertThat(third.json().path("gatheredInto").asInt()).isEqualTo(year + 1);
		Answer draft = ok(api.get(REVIEWS + "/" + (year + 1), EDITOR));
		String thirdId = third.json().path("id").asString();
		assertThat(amendmentIds(draft)).contains(thirdId);
		Answer deferred = ok(api.put(REVIEWS + "/" + (year + 1) + "/amendments/" + thirdId + "/decision", EDITOR,
				Map.of("decision", "DEFERRED", "reason", "Next year, with the funding review."), draft.etag()));
		assertThat(deferred.json().path("amendments").toString()).contains("DEFERRED");
		signedOff(year + 1);
		assertThat(amendmentIds(start(year + 2))).contains(thirdId);
		assertThat(api.get(SUGGESTIONS, "alex.champion").json().findValuesAsString("id")).contains(thirdId,
				first.json().path("id").asString());
	}

	@Test
	void aSuggestionNeedsItsWordsItsAuthorAndAPrincipleOrCodeOfThisCompactAndStaysInIt() {
		String canterburys = code("canterbury", "chris.canterbury");
		Answer made = api.post(SUGGESTIONS, "alex.champion",
				Map.of("suggestion", "Meet in the evenings too.", "suggestedBy", "Alex Champion"));
		assertThat(made.status()).as(made.text()).isEqualTo(201);
		String path = SUGGESTIONS + "/" + made.json().path("id").asString();
		Map<String, List<Map<String, Object>>> kent = rows("kent");
		Map<String, List<Map<String, Object>>> canterbury = rows("canterbury");

		assertRefused(api.post(SUGGESTIONS, "alex.champion", Map.of("suggestion", " ", "suggestedBy", "A")), 400,
				"suggestion");
		assertRefused(api.post(SUGGESTIONS, "alex.champion", Map.of("suggestion", "More")), 400, "suggestedBy");
		assertRefused(
				api.post(SUGGESTIONS, "alex.champion", Map.of("suggestion", "x".repeat(4001), "suggestedBy", "A")), 400,
				"suggestion");
		assertRefused(api.post(SUGGESTIONS, "alex.champion",
				Map.of("suggestion", "More", "suggestedBy", "A", "itemId", canterburys)), 400, "itemId");
		assertRefused(api.post(SUGGESTIONS, "alex.champion",
				Map.of("suggestion", "More", "suggestedBy", "A", "itemId", "not-an-id")), 400, "itemId");
		assertRefused(api.post(SUGGESTIONS, "alex.champion",
				Map.of("suggestion", "More", "suggestedBy", "A", "receivedOn", LocalDate.now().plusDays(2).toString())),
				400, "receivedOn");
		assertRefused(api.put(path, "alex.champion", Map.of("suggestion", "", "suggestedBy", "A"), made.etag()), 400,
				"suggestion");
		assertRefused(api.get(SUGGESTIONS + "/abc", "alex.champion"), 400, null);

		// another compact's people: not theirs to read or write; Kent's ids are not in
		// Canterbury
		assertRefused(api.get(SUGGESTIONS, "chris.canterbury"), 403, null);
		assertRefused(api.get(path, "hana.hounslow"), 403, null);
		assertThat(api.get(SUGGESTIONS, null).status()).isIn(401, 403);
		assertRefused(api.post(SUGGESTIONS, "chris.canterbury", Map.of("suggestion", "Mine", "suggestedBy", "C")), 403,
				null);
		assertRefused(api.put(path, "chris.canterbury", Map.of("suggestion", "Taken", "suggestedBy", "C"), made.etag()),
				403, null);
		assertRefused(api.get("/api/t/canterbury/amendment-suggestions/" + made.json().path("id").asString(),
				"chris.canterbury"), 404, null);
		assertRefused(api.put("/api/t/canterbury/amendment-suggestions/" + made.json().path("id").asString(),
				"chris.canterbury", Map.of("suggestion", "Taken", "suggestedBy", "C"), made.etag()), 404, null);

		assertThat(rows("kent")).isEqualTo(kent);
		assertThat(rows("canterbury")).isEqualTo(canterbury);
	}

}
