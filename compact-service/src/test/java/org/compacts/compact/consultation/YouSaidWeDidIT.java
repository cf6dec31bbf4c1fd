package org.compacts.compact.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
 * After the close, through the API with real tokens: "you said, we did" answered by
 * Swale's editor, public only then, and the aspirational points made actions of a plan
 * once; Canterbury's editor and Swale's champion (a member, not an editor) change
 * nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class YouSaidWeDidIT {

	static final String EDITOR = "sam.editor";

	static final String CHAMPION = "alex.champion";

	static final String OUTSIDER = "chris.canterbury";

	static final String BASE = "/api/t/swale/consultations";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	Api api;

	final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

	final String run = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void client() {
		api = new Api(port, jdbc, transactions);
		Instant now = Instant.now();
		publish(county("kent", now), district("swale", "kent", Adoption.ADOPTS_PARENT_CORE, now),
				district("canterbury", "kent", Adoption.ADOPTS_PARENT_CORE, now));
	}

	/**
	 * Open, with two responses tagging question 4 aspirational and one achievable, and
	 * closed unless said otherwise.
	 */
	private String consultation(String title, boolean close) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("title", title + " " + run);
		input.put("opensOn", today.toString());
		input.put("closesOn", today.plusWeeks(12).toString());
		// a short reason: whatever Swale's Consultation code says now, it opens
		input.put("shortReason", "The budget is set in March.");
		input.put("questions", ConsultationIT.QUESTIONS);
		Answer draft = api.post(BASE, EDITOR, input);
		assertThat(draft.status()).as(draft.text()).isEqualTo(201);
		String id = id(draft);
		Answer open = api.post(BASE + "/" + id + "/opening", EDITOR, null, draft.etag());
		assertThat(open.status()).as(open.text()).isEqualTo(200);
		String[] tags = { "ASPIRATIONAL", "ASPIRATIONAL", "ACHIEVABLE" };
		for (int i = 0; i < tags.length; i++) {
			Answer created = api.post("/api/t/swale/organisations", EDITOR,
					Map.of("name", "Respondent " + i + " to " + title + " " + run, "sector", "VCS"));
			assertThat(created.status()).as(created.text()).isEqualTo(201);
			Answer responded = api.post(BASE + "/" + id + "/responses", i == 0 ? CHAMPION : EDITOR,
					ConsultationIT.response(id(created), "Person " + i, List.of(ConsultationIT.answer(0, "rating", 4),
							ConsultationIT.answer(3, "achievability", tags[i]))));
			assertThat(responded.status()).as(responded.text()).isEqualTo(201);
		}
		if (close) {
			Answer closed = api.post(BASE + "/" + id + "/closing", EDITOR, null,
					api.get(BASE + "/" + id, EDITOR).etag());
			assertThat(closed.status()).as(closed.text()).isEqualTo(200);
		}
		return id;
	}

	private static Map<String, Object> reply(Integer question, String anchor, String text, String itemId,
			Integer itemVersion) {
		Map<String, Object> reply = new LinkedHashMap<>();
		reply.put("question", question);
		reply.put("anchor", anchor);
		reply.put("text", text);
		reply.put("itemId", itemId);
		reply.put("itemVersion", itemVersion);
		return reply;
	}

	private static String id(Answer answer) {
		return answer.json().path("id").asString();
	}

	private static void assertRefused(Answer answer, int status, String field) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(status);
		assertThat(answer.isProblem()).isTrue();
		assertThat(answer.namesField(field)).as(answer.text()).isTrue();
	}

	private List<Map<String, Object>> snapshot() {
		List<Map<String, Object>> rows = new ArrayList<>(api.snapshot("consultation_reply", "swale"));
		rows.addAll(api.snapshot("consultation_point_action", "swale"));
		rows.addAll(api.snapshot("plan_action", "swale"));
		rows.addAll(api.snapshot("consultation", "swale"));
		return rows;
	}

	@Test
	void youSaidWeDidIsAnsweredOnceClosedPublicOnlyThenAndLinkedToAVersionOfThisCompact() {
		String open = consultation("Not yet", false);
		List<Map<String, Object>> before = snapshot();
		assertRefused(api.post(BASE + "/" + open + "/replies", EDITOR, reply(3, null, "Too soon.", null, null)), 409,
				"state");
		for (String user : new String[] { null, CHAMPION, EDITOR }) {
			assertThat(api.get(BASE + "/" + open + "/points", user).status()).isEqualTo(404);
		}
		assertThat(snapshot()).isEqualTo(before);

		String id = consultation("You said", true);
		Answer code = api.post("/api/t/swale/codes", EDITOR,
				Map.of("title", "Monitoring " + run, "aim", "Monitor together.", "mode", "ADAPTABLE"));
		assertThat(code.status()).as(code.text()).isEqualTo(201);
		String codeId = id(code);
		String path = BASE + "/" + id + "/replies";

		before = snapshot();
		assertRefused(api.post(path, EDITOR, reply(3, null, " ", null, null)), 400, "text");
		assertRefused(api.post(path, EDITOR, reply(9, null, "No such.", null, null)), 400, "question");
		assertRefused(api.post(path, EDITOR, reply(null, "aim", "No comments.", null, null)), 400, "anchor");
		assertRefused(api.post(path, EDITOR, reply(3, "aim", "Both.", null, null)), 400, "question");
		assertRefused(api.post(path, EDITOR, reply(null, null, "Neither.", null, null)), 400, "anchor");
		assertRefused(api.post(path, EDITOR, reply(3, null, "Lost.", UUID.randomUUID().toString(), 1)), 400, "itemId");
		assertRefused(api.post(path, EDITOR, reply(3, null, "Lost.", codeId, 9)), 400, "itemVersion");
		assertRefused(api.post(path, EDITOR, reply(3, null, "Half.", codeId, null)), 400, "itemVersion");
		assertThat(api.post(path, CHAMPION, reply(3, null, "Not an editor.", null, null)).status()).isEqualTo(403);
		assertThat(api.post(path, OUTSIDER, reply(3, null, "Not ours.", null, null)).status()).isEqualTo(403);
		assertThat(api.post(path.replace("/swale/", "/canterbury/"), OUTSIDER, reply(3, null, "Not ours.", null, null))
			.status()).isEqualTo(404);
		assertThat(snapshot()).isEqualTo(before);

		Answer answered = api.post(path, EDITOR,
				reply(3, null, "We monitor together from April " + run + ".", codeId, 1));
		assertThat(answered.status()).as(answered.text()).isEqualTo(201);
		assertRefused(api.post(path, EDITOR, reply(3, null, "Again.", null, null)), 409, "question");
		assertRefused(api.put(path + "/" + id(answered), EDITOR, reply(3, null, "Stale.", null, null), "\"99\""), 412,
				"If-Match");
		assertThat(api
			.put(path.replace("/swale/", "/canterbury/") + "/" + id(answered), OUTSIDER,
					reply(3, null, "Not ours.", null, null), answered.etag())
			.status()).isEqualTo(404);
		Answer changed = api.put(path + "/" + id(answered), EDITOR,
				reply(null, null, "We monitor together from May " + run + ".", codeId, 1), answered.etag());
		assertThat(changed.status()).as(changed.text()).isEqualTo(200);
		assertThat(changed.json().path("question").asInt()).as("its point stays").isEqualTo(3);

		JsonNode points = api.get(BASE + "/" + id + "/points", null).json();
		assertThat(points.size()).isEqualTo(ConsultationIT.QUESTIONS.size());
		JsonNode point = points.get(3);
		assertThat(point.path("aspirational").asInt()).isEqualTo(2);
		assertThat(point.path("achievable").asInt()).isEqualTo(1);
		assertThat(point.path("isAspirational").asBoolean()).isTrue();
		assertThat(point.path("reply").path("text").asString()).isEqualTo("We monitor together from May " + run + ".");
		assertThat(point.path("reply").path("item").path("itemId").asString()).isEqualTo(codeId);
		assertThat(point.path("reply").path("itemVersion").asInt()).isEqualTo(1);
		assertThat(point.path("reply").path("answeredBy").isNull()).as("for members only").isTrue();
		assertThat(points.get(0).path("reply").isNull()).isTrue();

		JsonNode export = api.get(BASE + "/" + id + "/results", null).json();
		assertThat(export.path("responses").asInt()).isEqualTo(3);
		assertThat(export.path("youSaidWeDid").get(0).path("text").asString())
			.isEqualTo("We monitor together from May " + run + ".");
	}

	@Test
	void aspirationalPointsBecomeOneActionEachOfThePlanChosenAndNoMoreTheSecondTime() {
		Answer plan = api.post("/api/t/swale/plans", EDITOR,
				Map.of("title", "Work programme " + run, "period", "2027-28", "visibility", "MEMBERS"));
		assertThat(plan.status()).as(plan.text()).isEqualTo(201);
		String planId = id(plan);
		Answer theirs = api.post("/api/t/canterbury/plans", OUTSIDER,
				Map.of("title", "Theirs " + run, "period", "2027-28", "visibility", "PUBLIC"));
		assertThat(theirs.status()).as(theirs.text()).isEqualTo(201);

		String open = consultation("Not closed", false);
		String id = consultation("To work", true);
		List<Map<String, Object>> before = snapshot();
		assertRefused(api.post(BASE + "/" + open + "/plan-actions", EDITOR, Map.of("planId", planId)), 409, "state");
		assertRefused(api.post(BASE + "/" + id + "/plan-actions", EDITOR, Map.of("planId", id(theirs))), 400, "planId");
		assertRefused(api.post(BASE + "/" + id + "/plan-actions", EDITOR, Map.of()), 400, "planId");
		assertThat(api.post(BASE + "/" + id + "/plan-actions", CHAMPION, Map.of("planId", planId)).status())
			.isEqualTo(403);
		assertThat(api
			.post(BASE.replace("/swale/", "/canterbury/") + "/" + id + "/plan-actions", OUTSIDER,
					Map.of("planId", id(theirs)))
			.status()).isEqualTo(404);
		assertThat(snapshot()).isEqualTo(before);

		Answer made = api.post(BASE + "/" + id + "/plan-actions", EDITOR, Map.of("planId", planId));
		assertThat(made.status()).as(made.text()).isEqualTo(200);
		assertThat(made.json().size()).as("only question 4 is aspirational").isEqualTo(1);
		String actionId = made.json().get(0).path("action").path("actionId").asString();
		Answer again = api.post(BASE + "/" + id + "/plan-actions", EDITOR, Map.of("planId", planId));
		assertThat(again.status()).as(again.text()).isEqualTo(200);
		assertThat(again.json().size()).isZero();
		assertThat(
				api.query("swale", "select count(*) as n from plan_action where arising_consultation_id = ?::uuid", id)
					.get(0)
					.get("n"))
			.isEqualTo(1L);

		JsonNode action = api.get("/api/t/swale/plans/" + planId + "/actions/" + actionId, EDITOR).json();
		assertThat(action.path("title").asString()).isEqualTo("Is joint monitoring achievable?");
		assertThat(action.path("ambition").asString()).isEqualTo("ASPIRATIONAL");
		assertThat(action.path("fromConsultation").path("consultationId").asString()).isEqualTo(id);
		assertThat(action.path("fromConsultation").path("point").asString()).isEqualTo("question 4");
		assertThat(
				api.get(BASE + "/" + id + "/points", EDITOR).json().get(3).path("action").path("actionId").asString())
			.isEqualTo(actionId);
		assertThat(api.get(BASE + "/" + id + "/points", null).json().get(3).path("action").isNull())
			.as("the plan is its members'")
			.isTrue();
	}

}
