package org.compacts.compact.notice;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.compacts.compact.Api;
import org.compacts.compact.Api.Answer;
import org.compacts.compact.notice.NoticeTestSetup.MovableClock;
import org.compacts.compact.notice.TestMail.Mail;
import org.compacts.compact.tenancy.CurrentTenant;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.testkit.RealServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Updates to a compact's champions and members, sent through the API by Kent's editor
 * (kim.admin) and delivered by the notice jobs (run by hand, as the scheduler would) to a
 * real SMTP server (GreenMail): each person as they chose, once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "compacts.notices.scheduler=false", "compacts.security.token.clock-skew=0s" })
@RealServers(database = "compacts", kafka = true, keycloak = true)
@Import(NoticeTestSetup.class)
class UpdateNoticesIT {

	static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	static final String EDITOR = "kim.admin";

	static final String UPDATES = "/api/t/kent/updates";

	static final List<String> TABLES = List.of("compact_update", "notice");

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", TestMail::port);
		properties.add("compacts.tenant-service.url", TenantServiceStub.get()::url);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MovableClock clock;

	@Autowired
	Preferences preferences;

	@Autowired
	NoticeJobs jobs;

	Api api;

	@BeforeEach
	void client() {
		api = new Api(port, jdbc, transactions);
	}

	private void choose(String person, Cadence cadence) {
		CurrentTenant.callAs("kent", () -> transactions
			.execute(status -> preferences.choose(person, cadence, false, ExpectedVersion.any())));
	}

	private void at(LocalDate day, LocalTime time) {
		clock.set(ZonedDateTime.of(day, time, ENGLAND).toInstant());
	}

	private static String person(String name) {
		return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	private static Map<String, Object> update(String audience, boolean published) {
		Map<String, Object> update = new LinkedHashMap<>();
		update.put("audience", audience);
		update.put("title", "Compact refresh: the draft is out " + UUID.randomUUID());
		update.put("body", "The draft refresh of the compact was circulated for comment; please annotate it.");
		update.put("published", published);
		return update;
	}

	private String champion(String email) {
		Answer organisation = api.post("/api/t/kent/organisations", EDITOR,
				Map.of("name", "Organisation " + UUID.randomUUID(), "sector", "VCS"));
		Answer champion = api.post("/api/t/kent/champions", EDITOR,
				Map.of("username", "champion-" + UUID.randomUUID().toString().substring(0, 8), "organisationId",
						organisation.json().path("id").asString(), "nominatedOn", "2010-02-22", "email", email));
		assertThat(champion.status()).as(champion.text()).isEqualTo(201);
		return champion.json().path("id").asString();
	}

	private Map<String, List<Map<String, Object>>> rows(String tenant) {
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		TABLES.forEach(table -> rows.put(table, api.snapshot(table, tenant)));
		return rows;
	}

	private static void assertRefused(Answer answer, int status, String field) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(status);
		assertThat(answer.isProblem()).as(answer.text()).isTrue();
		if (field != null) {
			assertThat(answer.namesField(field)).as(answer.text()).isTrue();
		}
	}

	@Test
	void anUpdateToMembersGoesAtOnceOnceInTheDailyDigestAndNotAtAllAsEachChose() {
		LocalDate day = LocalDate.of(2027, 3, 2);
		String atOnce = person("at-once");
		String daily = person("daily");
		String none = person("none");
		// a member who never opened "E-mail reminders": the default, the daily digest
		String neverChose = person("never-chose");
		// chose once, but is no member of Kent now: an update to the members is not
		// theirs
		String leftKent = person("left-kent");
		choose(atOnce, Cadence.AT_ONCE);
		choose(daily, Cadence.DAILY);
		choose(none, Cadence.NONE);
		choose(leftKent, Cadence.AT_ONCE);
		String championEmail = person("champion");
		champion(championEmail);
		TenantServiceStub.get()
			.members(List.of(atOnce, daily, none, neverChose.toUpperCase(), "kim.admin@example.org"));
		int asked = TenantServiceStub.get().authorizations().size();

		at(day, LocalTime.of(6, 0));
		Map<String, Object> body = update("MEMBERS", false);
		Answer sent = api.post(UPDATES, EDITOR, body);
		assertThat(sent.status()).as(sent.text()).isEqualTo(201);
		String title = (String) body.get("title");
		// tenant-service was asked once, as the editor
		assertThat(TenantServiceStub.get().authorizations()).hasSize(asked + 1);
		assertThat(TenantServiceStub.get().authorizations().get(asked)).startsWith("Bearer ey");
		// the champion (and Kent's other champions) and the three members who want
		// something
		assertThat(sent.json().path("recipients").asInt()).isGreaterThanOrEqualTo(4);

		// the scheduler runs at once twice (two instances, or a restart), then the digest
		at(day, LocalTime.of(6, 30));
		jobs.sendAtOnce();
		jobs.sendAtOnce();
		at(day, LocalTime.of(7, 0));
		jobs.sendDailyDigests();
		jobs.sendDailyDigests();

		List<Mail> toAtOnce = TestMail.to(atOnce);
		assertThat(toAtOnce).hasSize(1);
		assertThat(toAtOnce.get(0).subject()).contains(title);
		assertThat(toAtOnce.get(0).text()).contains("Update from the compact")
			.contains("/t/kent/workspace/updates/" + sent.json().path("id").asString());
		assertThat(toAtOnce.get(0).listUnsubscribe()).contains("/api/t/kent/notices/unsubscribe");
		assertThat(TestMail.to(none)).isEmpty();
		assertThat(TestMail.to(leftKent)).isEmpty();
		for (String digested : List.of(daily, championEmail, neverChose)) {
			List<Mail> mails = TestMail.to(digested);
			assertThat(mails).as(digested).hasSize(1);
			assertThat(mails.get(0).subject()).startsWith("Your daily digest from the kent compact");
			assertThat(mails.get(0).text()).contains(title);
		}
	}

	@Test
	void anUpdateToChampionsReachesTheChampionsAloneAndIsKeptAsAPageOnlyMembersReadUntilPublic() {
		LocalDate day = LocalDate.of(2027, 3, 3);
		String member = person("member");
		choose(member, Cadence.AT_ONCE);
		String championEmail = person("champion");
		champion(championEmail);
		choose(championEmail, Cadence.AT_ONCE);

		at(day, LocalTime.of(6, 0));
		Answer sent = api.post(UPDATES, EDITOR, update("CHAMPIONS", false));
		assertThat(sent.status()).as(sent.text()).isEqualTo(201);
		String path = UPDATES + "/" + sent.json().path("id").asString();
		at(day, LocalTime.of(6, 30));
		jobs.sendAtOnce();
		assertThat(TestMail.to(championEmail)).hasSize(1);
		assertThat(TestMail.to(member)).isEmpty();

		// listed for members; to anyone else not there until it is public
		assertThat(api.get(UPDATES, EDITOR).json().findValuesAsString("id"))
			.contains(sent.json().path("id").asString());
		assertThat(api.get(UPDATES, null).json().findValuesAsString("id"))
			.doesNotContain(sent.json().path("id").asString());
		assertRefused(api.get(path, null), 404, null);
		assertRefused(api.get(path, "hana.hounslow"), 404, null);

		Map<String, Object> correction = Map.of("title", "Compact refresh: corrected", "body", "Corrected.",
				"published", true);
		Map<String, List<Map<String, Object>>> before = rows("kent");
		assertRefused(api.put(path, EDITOR, correction, "\"7\""), 412, null);
		assertRefused(api.put(path, EDITOR, correction), 428, null);
		assertThat(rows("kent")).isEqualTo(before);
		Answer corrected = api.put(path, EDITOR, correction, sent.etag());
		assertThat(corrected.status()).as(corrected.text()).isEqualTo(200);
		assertThat(api.get(path, null).json().path("title").asString()).isEqualTo("Compact refresh: corrected");
		// a correction sends nothing again
		at(day, LocalTime.of(6, 45));
		jobs.sendAtOnce();
		assertThat(TestMail.to(championEmail)).hasSize(1);
	}

	@Test
	void anUpdateToMembersIsNotSentWhenTenantServiceCannotSayWhoTheyAre() {
		Map<String, List<Map<String, Object>>> kent = rows("kent");
		try {
			TenantServiceStub.get().failWith(500);
			assertRefused(api.post(UPDATES, EDITOR, update("MEMBERS", false)), 503, null);
			TenantServiceStub.get().failWith(403);
			assertRefused(api.post(UPDATES, EDITOR, update("MEMBERS", false)), 503, null);
		}
		finally {
			TenantServiceStub.get().members(List.of());
		}
		assertThat(rows("kent")).isEqualTo(kent);
		// to the champions needs no one else
		assertThat(api.post(UPDATES, EDITOR, update("CHAMPIONS", false)).status()).isEqualTo(201);
	}

	@Test
	void badInputAndAnotherCompactsPeopleAreRefusedAndChangeNothing() {
		Answer sent = api.post(UPDATES, EDITOR, update("CHAMPIONS", false));
		String id = sent.json().path("id").asString();
		Map<String, List<Map<String, Object>>> kent = rows("kent");
		Map<String, List<Map<String, Object>>> swale = rows("swale");

		Map<String, Object> noAudience = update("CHAMPIONS", false);
		noAudience.remove("audience");
		assertRefused(api.post(UPDATES, EDITOR, noAudience), 400, "audience");
		assertRefused(api.post(UPDATES, EDITOR, Map.of("audience", "EVERYONE", "title", "t", "body", "b")), 400,
				"audience");
		Map<String, Object> blank = update("MEMBERS", false);
		blank.put("title", "  ");
		assertRefused(api.post(UPDATES, EDITOR, blank), 400, "title");
		Map<String, Object> tooLong = update("MEMBERS", false);
		tooLong.put("body", "x".repeat(20001));
		assertRefused(api.post(UPDATES, EDITOR, tooLong), 400, "body");
		assertRefused(api.post(UPDATES, EDITOR, "{\"audience\": "), 400, null);
		assertRefused(
				api.put(UPDATES + "/" + id, EDITOR, Map.of("title", "", "body", "b", "published", false), sent.etag()),
				400, "title");
		assertRefused(api.put(UPDATES + "/" + id, EDITOR, Map.of("title", "t", "body", "b"), sent.etag()), 400,
				"published");

		assertRefused(api.post(UPDATES, "alex.champion", update("MEMBERS", false)), 403, null);
		assertRefused(api.post(UPDATES, "sam.editor", update("MEMBERS", false)), 403, null);
		assertRefused(api.post(UPDATES, null, update("MEMBERS", false)), 401, null);
		assertRefused(api.put(UPDATES + "/" + id, "sam.editor", Map.of("title", "t", "body", "b"), sent.etag()), 403,
				null);
		assertRefused(api.get("/api/t/swale/updates/" + id, "sam.editor"), 404, null);
		assertRefused(api.put("/api/t/swale/updates/" + id, "sam.editor",
				Map.of("title", "t", "body", "b", "published", false), sent.etag()), 404, null);

		assertThat(rows("kent")).isEqualTo(kent);
		assertThat(rows("swale")).isEqualTo(swale);
	}

}
