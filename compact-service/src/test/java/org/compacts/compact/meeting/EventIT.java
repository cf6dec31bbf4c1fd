package org.compacts.compact.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.compacts.compact.Api;
import org.compacts.compact.Api.Answer;
import org.compacts.compact.tenancy.CurrentTenant;
import org.compacts.servicekit.refusal.Refusal;
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

/**
 * Events and training sessions on the real servers: kim.admin (an editor of Kent) puts
 * them on; alex.champion (a champion of Kent) and kim sign up; sam.editor edits another
 * compact (Swale) and hana.hounslow is a champion of another (Hounslow). Every refusal is
 * shown to change no row.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class EventIT {

	static final String EDITOR = "kim.admin";

	static final String CHAMPION = "alex.champion";

	static final String MEETINGS = "/api/t/kent/meetings";

	static final List<String> TABLES = List.of("meeting", "meeting_sign_up", "champion");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	SignUps signUps;

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

	static Map<String, Object> session(String kind, Integer capacity) {
		Map<String, Object> session = new LinkedHashMap<>();
		session.put("title", "Compact Champions induction " + UUID.randomUUID());
		session.put("heldOn", "2031-02-22");
		session.put("startsAt", "12:30");
		session.put("endsAt", "13:30");
		session.put("place", "Committee Room 3, Civic Centre");
		session.put("kind", kind);
		session.put("capacity", capacity);
		return session;
	}

	private String create(Map<String, Object> session) {
		Answer created = api.post(MEETINGS, EDITOR, session);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	private static void assertRefused(Answer answer, int status, String field) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(status);
		assertThat(answer.isProblem()).isTrue();
		if (field != null) {
			assertThat(answer.namesField(field)).as(answer.text()).isTrue();
		}
	}

	@Test
	void aChampionSignsUpToAFullSessionInTurnAttendanceIsRecordedAndTheirProfileShowsIt() {
		String id = create(session("CHAMPIONS_SESSION", 1));
		String signUps = MEETINGS + "/" + id + "/sign-ups";

		Answer alex = api.post(signUps, CHAMPION, null);
		assertThat(alex.status()).as(alex.text()).isEqualTo(201);
		assertThat(alex.json().path("placesLeft").asInt()).isZero();

		Map<String, List<Map<String, Object>>> before = rows("kent");
		Answer full = api.post(signUps, EDITOR, null);
		assertRefused(full, 409, null);
		assertThat(full.json().path("detail").asString()).contains("This session is full: all 1 places are taken");
		assertThat(api.post(signUps, CHAMPION, null).status()).isEqualTo(409);
		assertThat(rows("kent")).isEqualTo(before);

		// alex cancels, kim takes the place, and alex is now the one refused
		assertThat(api.delete(signUps + "/me", CHAMPION).status()).isEqualTo(204);
		assertThat(api.delete(signUps + "/me", CHAMPION).status()).isEqualTo(404);
		assertThat(api.post(signUps, EDITOR, null).status()).isEqualTo(201);
		assertRefused(api.post(signUps, CHAMPION, null), 409, null);

		// more places, and alex is in
		Answer meeting = api.get(MEETINGS + "/" + id, EDITOR);
		Map<String, Object> bigger = session("CHAMPIONS_SESSION", 2);
		bigger.put("title", meeting.json().path("title").asString());
		Answer widened = api.put(MEETINGS + "/" + id, EDITOR, bigger, meeting.etag());
		assertThat(widened.status()).as(widened.text()).isEqualTo(200);
		assertThat(api.post(signUps, CHAMPION, null).status()).isEqualTo(201);
		// and the places cannot be fewer than those signed up
		assertRefused(api.put(MEETINGS + "/" + id, EDITOR, with(bigger, "capacity", 1), widened.etag()), 409,
				"capacity");

		Answer list = api.get(signUps, CHAMPION);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().path("signUps").findValuesAsString("person")).containsExactly(EDITOR, CHAMPION);

		// attendance: a stale version is refused, then alex came and kim did not
		Map<String, Object> attendance = Map.of("attended", List.of(CHAMPION));
		before = rows("kent");
		assertRefused(api.put(MEETINGS + "/" + id + "/attendance", EDITOR, attendance, "\"0\""), 412, null);
		assertRefused(api.put(MEETINGS + "/" + id + "/attendance", CHAMPION, attendance, list.etag()), 403, null);
		assertThat(rows("kent")).isEqualTo(before);
		Answer recorded = api.put(MEETINGS + "/" + id + "/attendance", EDITOR, attendance, list.etag());
		assertThat(recorded.status()).as(recorded.text()).isEqualTo(200);
		assertThat(recorded.etag()).isNotEqualTo(list.etag());
		assertThat(api.query("kent",
				"SELECT person, attended FROM meeting_sign_up WHERE meeting_id = ?::uuid " + "ORDER BY person", id))
			.containsExactly(Map.of("person", CHAMPION, "attended", true), Map.of("person", EDITOR, "attended", false));
		// a sign-up whose attendance is recorded stays as the record
		assertRefused(api.delete(signUps + "/me", CHAMPION), 409, null);

		// alex's champion profile, to anyone, lists the session
		Answer organisation = api.post("/api/t/kent/organisations", EDITOR,
				Map.of("name", "Organisation " + UUID.randomUUID(), "sector", "VCS"));
		Answer champion = api.post("/api/t/kent/champions", EDITOR,
				Map.of("username", CHAMPION, "organisationId", organisation.json().path("id").asString(), "nominatedOn",
						"2010-02-22", "email", "Alex.Champion@example.org"));
		assertThat(champion.status()).as(champion.text()).isEqualTo(201);
		Answer profile = api.get("/api/t/kent/champions/" + champion.json().path("id").asString(), null);
		assertThat(profile.text()).doesNotContain("@example.org");
		JsonNode training = profile.json().path("training");
		assertThat(training.findValuesAsString("meetingId")).contains(id);
		assertThat(training.findValuesAsString("kindLabel")).contains("Champions session");
		assertThat(api.get("/api/t/kent/champions/" + champion.json().path("id").asString(), EDITOR)
			.json()
			.path("email")
			.asString()).isEqualTo("alex.champion@example.org");
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndChangesNothing() {
		Map<String, List<Map<String, Object>>> before = rows("kent");
		assertRefused(api.post(MEETINGS, EDITOR, session("INDUCTION", 0)), 400, "capacity");
		assertRefused(api.post(MEETINGS, EDITOR, session("MEETING", 12)), 400, "capacity");
		assertRefused(api.post(MEETINGS, EDITOR, session("PARTY", 12)), 400, "kind");
		assertRefused(api.post("/api/t/kent/champions", EDITOR, Map.of("username", "x", "organisationId",
				UUID.randomUUID(), "nominatedOn", "2010-02-22", "email", "not an address")), 400, "email");
		assertThat(rows("kent")).isEqualTo(before);

		String meeting = create(session("MEETING", null));
		String past = create(with(session("JOINT_TRAINING", null), "heldOn", "2010-02-22"));
		String id = create(session("JOINT_TRAINING", null));
		before = rows("kent");
		assertRefused(api.post(MEETINGS + "/" + meeting + "/sign-ups", CHAMPION, null), 409, null);
		Answer late = api.post(MEETINGS + "/" + past + "/sign-ups", CHAMPION, null);
		assertRefused(late, 409, null);
		assertThat(late.json().path("detail").asString()).contains("too late to sign up");
		assertRefused(api.post(MEETINGS + "/" + UUID.randomUUID() + "/sign-ups", CHAMPION, null), 404, null);
		assertRefused(api.delete(MEETINGS + "/" + id + "/sign-ups/me", CHAMPION), 404, null);
		Answer register = api.get(MEETINGS + "/" + id + "/sign-ups", EDITOR);
		assertRefused(api.put(MEETINGS + "/" + id + "/attendance", EDITOR, Map.of("attended", List.of("nobody")),
				register.etag()), 400, "attended[0]");
		assertRefused(api.put(MEETINGS + "/" + id + "/attendance", EDITOR, "{\"attended\": ", register.etag()), 400,
				null);
		assertRefused(api.put(MEETINGS + "/" + id + "/attendance", EDITOR, Map.of(), register.etag()), 400, "attended");
		assertThat(rows("kent")).isEqualTo(before);
	}

	@Test
	void anotherCompactsPeopleNeitherSignUpNorReadNorRecordAndItsIdsAreNotFoundThere() {
		String id = create(session("EVENT", 10));
		assertThat(api.post(MEETINGS + "/" + id + "/sign-ups", CHAMPION, null).status()).isEqualTo(201);
		Answer register = api.get(MEETINGS + "/" + id + "/sign-ups", EDITOR);
		Map<String, List<Map<String, Object>>> kent = rows("kent");
		Map<String, List<Map<String, Object>>> swale = rows("swale");

		assertRefused(api.post(MEETINGS + "/" + id + "/sign-ups", "hana.hounslow", null), 403, null);
		assertRefused(api.get(MEETINGS + "/" + id + "/sign-ups", "sam.editor"), 403, null);
		assertRefused(api.get(MEETINGS + "/" + id + "/sign-ups", null), 401, null);
		assertRefused(api.delete(MEETINGS + "/" + id + "/sign-ups/me", "hana.hounslow"), 403, null);
		assertRefused(api.put(MEETINGS + "/" + id + "/attendance", "sam.editor", Map.of("attended", List.of()),
				register.etag()), 403, null);
		// in Swale, where sam edits and alex champions, Kent's session is not there
		assertRefused(api.post("/api/t/swale/meetings/" + id + "/sign-ups", CHAMPION, null), 404, null);
		assertRefused(api.get("/api/t/swale/meetings/" + id + "/sign-ups", "sam.editor"), 404, null);
		assertRefused(api.put("/api/t/swale/meetings/" + id + "/attendance", "sam.editor",
				Map.of("attended", List.of(CHAMPION)), register.etag()), 404, null);
		assertRefused(api.delete("/api/t/swale/meetings/" + id + "/sign-ups/me", CHAMPION), 404, null);

		assertThat(rows("kent")).isEqualTo(kent);
		assertThat(rows("swale")).isEqualTo(swale);
	}

	@Test
	void signUpsAtTheSameMomentNeverTakeMoreThanTheSessionsPlaces() throws Exception {
		String id = create(session("JOINT_TRAINING", 3));
		UUID meeting = UUID.fromString(id);
		List<Callable<Boolean>> signUpsAtOnce = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String person = "person-" + i;
			signUpsAtOnce.add(() -> CurrentTenant.callAs("kent", () -> {
				try {
					signUps.signUp(meeting, person, "Person " + person, null);
					return true;
				}
				catch (Refusal refused) {
					return false;
				}
			}));
		}
		ExecutorService threads = Executors.newFixedThreadPool(12);
		int taken = 0;
		try {
			for (Future<Boolean> signedUp : threads.invokeAll(signUpsAtOnce)) {
				taken += signedUp.get() ? 1 : 0;
			}
		}
		finally {
			threads.shutdown();
		}

		assertThat(taken).isEqualTo(3);
		assertThat(api.query("kent", "SELECT count(*) AS n FROM meeting_sign_up WHERE meeting_id = ?", meeting))
			.containsExactly(Map.of("n", 3L));
		assertThat(api.query("kent", "SELECT places_taken FROM meeting WHERE id = ?", meeting))
			.containsExactly(Map.of("places_taken", 3));
	}

	static Map<String, Object> with(Map<String, Object> body, Object... pairs) {
		Map<String, Object> changed = new LinkedHashMap<>(body);
		for (int i = 0; i < pairs.length; i += 2) {
			changed.put((String) pairs[i], pairs[i + 1]);
		}
		return changed;
	}

}
