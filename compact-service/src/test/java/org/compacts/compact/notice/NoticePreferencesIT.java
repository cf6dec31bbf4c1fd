package org.compacts.compact.notice;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.compacts.compact.Api;
import org.compacts.compact.Api.Answer;
import org.compacts.compact.notice.NoticeTestSetup.Halt;
import org.compacts.compact.notice.NoticeTestSetup.HaltingSender;
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
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A member's notice preferences through the API with real tokens (sam.editor of Swale,
 * alex.champion of Kent and Swale), and the reminders of an action given by e-mail
 * address, the jobs run by hand under a clock the test moves.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "compacts.notices.scheduler=false", "compacts.security.token.clock-skew=0s" })
@RealServers(database = "compacts", kafka = true, keycloak = true)
@Import(NoticeTestSetup.class)
class NoticePreferencesIT {

	static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", TestMail::port);
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
	HaltingSender sender;

	@Autowired
	Reminders reminders;

	@Autowired
	Preferences preferences;

	@Autowired
	NoticeJobs jobs;

	Api api;

	@BeforeEach
	void client() {
		api = new Api(port, jdbc, transactions);
	}

	// --- helpers

	private void at(LocalDate day, LocalTime time) {
		clock.set(ZonedDateTime.of(day, time, ENGLAND).toInstant());
	}

	// --- the preferences API

	static final String SWALE_MINE = "/api/t/swale/notices/preferences/me";

	@Test
	void aMemberChoosesWithIfMatchAndNoOneElseSeesOrChangesIt() {
		Answer fresh = api.get("/api/t/kent/notices/preferences/me", "alex.champion");
		assertThat(fresh.status()).isEqualTo(200);
		assertThat(fresh.json().get("person").asString()).isEqualTo("alex.champion@example.org");

		Answer read = api.get(SWALE_MINE, "sam.editor");
		assertThat(read.status()).isEqualTo(200);
		long version = read.json().get("version").asLong();

		assertThat(api.put(SWALE_MINE, "sam.editor", Map.of("cadence", "WEEKLY")).status()).isEqualTo(428);
		Answer chosen = api.put(SWALE_MINE, "sam.editor", Map.of("cadence", "WEEKLY"), "\"" + version + "\"");
		assertThat(chosen.status()).isEqualTo(200);
		assertThat(chosen.json().get("cadence").asString()).isEqualTo("WEEKLY");
		assertThat(chosen.json().get("chosen").asBoolean()).isTrue();
		assertThat(chosen.etag()).isEqualTo("\"" + (version + 1) + "\"");
		// an editor's choice marks them as one: upstream versions and conflicts reach
		// them
		assertThat(api.query("swale", "SELECT editor FROM notice_preference WHERE person = 'sam.editor@example.org'")
			.get(0)
			.get("editor")).isEqualTo(true);

		List<Map<String, Object>> before = api.snapshot("notice_preference", "swale");
		Answer stale = api.put(SWALE_MINE, "sam.editor", Map.of("cadence", "DAILY"), "\"" + version + "\"");
		assertThat(stale.status()).isEqualTo(412);
		Answer unknown = api.put(SWALE_MINE, "sam.editor", Map.of("cadence", "HOURLY"), "\"" + (version + 1) + "\"");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.isProblem()).isTrue();
		Answer missing = api.put(SWALE_MINE, "sam.editor", Map.of(), "\"" + (version + 1) + "\"");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.namesField("cadence")).isTrue();
		assertThat(api.snapshot("notice_preference", "swale")).isEqualTo(before);

		// another compact's members, and the anonymous, neither read nor change it
		List<Map<String, Object>> canterbury = api.snapshot("notice_preference", "canterbury");
		assertThat(api.get("/api/t/canterbury/notices/preferences/me", "sam.editor").status()).isEqualTo(403);
		assertThat(api.put("/api/t/canterbury/notices/preferences/me", "sam.editor", Map.of("cadence", "NONE"), "*")
			.status()).isEqualTo(403);
		assertThat(api.get(SWALE_MINE, null).status()).isEqualTo(401);
		assertThat(api.snapshot("notice_preference", "canterbury")).isEqualTo(canterbury);
		assertThat(api.snapshot("notice_preference", "swale")).isEqualTo(before);
	}

	// --- where reminders come from

	@Test
	void anActionGivenToAPersonByEMailRemindsThemWhenGivenWhenDueSoonAndWhenOverdue() {
		LocalDate today = LocalDate.of(2027, 3, 1);
		at(today, LocalTime.of(9, 0));
		Answer plan = api.post("/api/t/swale/plans", "sam.editor",
				Map.of("title", "Reminded plan " + UUID.randomUUID(), "period", "2026-27", "visibility", "MEMBERS"));
		assertThat(plan.status()).isEqualTo(201);
		String planId = plan.json().get("id").asString();
		Map<String, Object> action = new LinkedHashMap<>();
		action.put("title", "Ask the council about grants");
		action.put("ownerPerson", "Alex");
		action.put("ownerEmail", "Alex.Champion@Example.org");
		action.put("dueOn", today.plusDays(10).toString());
		action.put("priority", "HIGH");
		action.put("ambition", "ACHIEVABLE");
		Answer given = api.post("/api/t/swale/plans/" + planId + "/actions", "sam.editor", action);
		assertThat(given.status()).isEqualTo(201);
		assertThat(given.json().get("owner").get("email").asString()).isEqualTo("alex.champion@example.org");
		String actionId = given.json().get("id").asString();
		action.put("ownerEmail", "not an address");
		assertThat(api.put("/api/t/swale/plans/" + planId + "/actions/" + actionId, "sam.editor", action, "*")
			.namesField("ownerEmail")).isTrue();

		assertThat(kinds(actionId)).containsExactly("ACTION_GIVEN");
		at(today.plusDays(2), LocalTime.of(6, 0));
		jobs.raiseDueReminders();
		assertThat(kinds(actionId)).containsExactly("ACTION_GIVEN");
		at(today.plusDays(3), LocalTime.of(6, 0));
		jobs.raiseDueReminders();
		jobs.raiseDueReminders();
		assertThat(kinds(actionId)).containsExactly("ACTION_GIVEN", "ACTION_DUE_SOON");
		at(today.plusDays(11), LocalTime.of(6, 0));
		jobs.raiseDueReminders();
		at(today.plusDays(12), LocalTime.of(6, 0));
		jobs.raiseDueReminders();
		assertThat(kinds(actionId)).containsExactly("ACTION_GIVEN", "ACTION_DUE_SOON", "ACTION_OVERDUE");
	}

	@Test
	void aQualityMarkExpiringWithinThirtyDaysRemindsTheEditorsOnceForItsExpiry() {
		LocalDate awarded = LocalDate.of(2027, 3, 1);
		at(awarded, LocalTime.of(9, 0));
		// sam.editor chose to hear from Swale, as an editor
		Answer mine = api.get(SWALE_MINE, "sam.editor");
		assertThat(api
			.put(SWALE_MINE, "sam.editor", Map.of("cadence", "DAILY"),
					"\"" + mine.json().get("version").asLong() + "\"")
			.status()).isEqualTo(200);
		String run = UUID.randomUUID().toString().substring(0, 8);
		Answer council = api.post("/api/t/swale/organisations", "sam.editor",
				Map.of("name", "Swale BC " + run, "sector", "PUBLIC"));
		assertThat(council.status()).as(council.text()).isEqualTo(201);
		String councilId = council.json().get("id").asString();
		Answer code = api.post("/api/t/swale/codes", "sam.editor", Map.of("title", "Funding " + run, "aim",
				"Fair funding.", "mode", "ADAPTABLE", "allPartnersCommitments", List.of("Pay in advance")));
		assertThat(code.status()).as(code.text()).isEqualTo(201);
		String codeId = code.json().get("id").asString();
		assertThat(api.post("/api/t/swale/codes/" + codeId + "/versions/1/publication", "sam.editor", null).status())
			.isLessThan(300);
		assertThat(api
			.post("/api/t/swale/signatures", "sam.editor", Map.of("organisationId", councilId, "signedOn", "2026-06-01",
					"principles", true, "codes", List.of(codeId), "signedAs", "PARTNERSHIP"))
			.status()).isEqualTo(201);
		Answer begun = api.post("/api/t/swale/self-assessments", "sam.editor", Map.of("organisationId", councilId));
		assertThat(begun.status()).as(begun.text()).isEqualTo(201);
		String mark = "/api/t/swale/self-assessments/" + begun.json().get("id").asString();
		Answer answered = api.put(mark + "/answers", "sam.editor",
				Map.of("answers", List.of(Map.of("response", "MET", "evidence", "Grants paid quarterly in advance"))),
				begun.etag());
		assertThat(answered.status()).as(answered.text()).isEqualTo(200);
		Answer submitted = api.post(mark + "/submission", "sam.editor", null, answered.etag());
		assertThat(submitted.status()).as(submitted.text()).isLessThan(300);
		Answer award = api.post(mark + "/award", "sam.editor",
				Map.of("awardedOn", awarded.toString(), "expiresOn", awarded.plusYears(1).toString()),
				submitted.etag());
		assertThat(award.status()).as(award.text()).isLessThan(300);
		String renewal = "mark-renewal:" + begun.json().get("id").asString() + ":%";

		// 45 days before the expiry: not yet
		at(awarded.plusYears(1).minusDays(45), LocalTime.of(6, 0));
		jobs.raiseDueReminders();
		assertThat(renewals(renewal)).isEmpty();
		// 25 days before, and the next day: once
		at(awarded.plusYears(1).minusDays(25), LocalTime.of(6, 0));
		jobs.raiseDueReminders();
		at(awarded.plusYears(1).minusDays(24), LocalTime.of(6, 0));
		jobs.raiseDueReminders();
		assertThat(renewals(renewal)).containsOnlyOnce("sam.editor@example.org");
	}

	private List<String> renewals(String subjectKey) {
		return api
			.query("swale",
					"SELECT recipient FROM notice WHERE kind = 'QUALITY_MARK_RENEWAL' AND subject_key LIKE ? "
							+ "ORDER BY recipient",
					subjectKey)
			.stream()
			.map(row -> (String) row.get("recipient"))
			.toList();
	}

	private List<String> kinds(String actionId) {
		return api
			.query("swale",
					"SELECT kind FROM notice WHERE recipient = 'alex.champion@example.org' AND subject_key LIKE ? "
							+ "ORDER BY raised_at, kind",
					"%" + actionId + "%")
			.stream()
			.map(row -> (String) row.get("kind"))
			.toList();
	}

}
