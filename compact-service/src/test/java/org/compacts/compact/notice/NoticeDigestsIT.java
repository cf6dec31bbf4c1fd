package org.compacts.compact.notice;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
 * Reminders and digests on the real servers and a real SMTP server (GreenMail): the jobs
 * run by hand, as the scheduler would, under a clock the test moves (the scheduler itself
 * is off, so that nothing runs unasked). No sign-in here: the people are addresses, the
 * unsubscribe needs none.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "compacts.notices.scheduler=false", "compacts.security.token.clock-skew=0s" })
@RealServers(database = "compacts", kafka = true)
@Import(NoticeTestSetup.class)
class NoticeDigestsIT {

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

	private <T> T in(String compact, Supplier<T> work) {
		return CurrentTenant.callAs(compact, () -> transactions.execute(status -> work.get()));
	}

	private void at(LocalDate day, LocalTime time) {
		clock.set(ZonedDateTime.of(day, time, ENGLAND).toInstant());
	}

	private void choose(String compact, String person, Cadence cadence) {
		in(compact, () -> preferences.choose(person, cadence, false, ExpectedVersion.any()));
	}

	private void raise(String compact, String subject, List<String> people) {
		for (String person : people) {
			in(compact, () -> reminders.raise(new Reminder(Reminder.Kind.ACTION_DUE_SOON, person, subject,
					"Action " + subject + " is due soon", "Due in 7 days.", "/t/" + compact + "/workspace")));
		}
	}

	/**
	 * A day of the scheduler: the reminders at 06:00, the mails at once, the digests at
	 * 07:00.
	 */
	private void runDay(LocalDate day) {
		at(day, LocalTime.of(6, 0));
		jobs.raiseDueReminders();
		at(day, LocalTime.of(6, 30));
		jobs.sendAtOnce();
		at(day, LocalTime.of(7, 0));
		jobs.sendDailyDigests();
		jobs.sendWeeklyDigests();
	}

	private static String person(String name) {
		return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	private static String compact() {
		return "notices-" + UUID.randomUUID().toString().substring(0, 8);
	}

	// --- the digests over two weeks

	@Test
	void overTwoWeeksWithRemindersOnFiveDaysEachPersonGetsWhatTheyChoseAndNothingTwiceAfterRestarts() {
		String compact = compact();
		String daily = person("daily");
		String weekly = person("weekly");
		String atOnce = person("at-once");
		String none = person("none");
		List<String> everyone = List.of(daily, weekly, atOnce, none);
		choose(compact, weekly, Cadence.WEEKLY);
		choose(compact, atOnce, Cadence.AT_ONCE);
		choose(compact, none, Cadence.NONE);
		// daily: the default, never chosen
		// Tuesday 5 January 2027 to Monday 18 January: two Mondays, the weekly digest's
		// day
		LocalDate first = LocalDate.of(2027, 1, 5);
		Map<Integer, Integer> remindersOnDay = Map.of(0, 1, 2, 1, 3, 2, 7, 1, 10, 1);
		// the day's runs that die after the mail server took a mail, before it was
		// recorded
		Map<Integer, String> haltOnDay = Map.of(3, atOnce, 7, daily, 13, weekly);

		for (int d = 0; d < 14; d++) {
			LocalDate day = first.plusDays(d);
			at(day, LocalTime.of(5, 0));
			for (int r = 0; r < remindersOnDay.getOrDefault(d, 0); r++) {
				raise(compact, day + "#" + r, everyone);
			}
			String halted = haltOnDay.get(d);
			if (halted != null) {
				sender.haltAfterSendingTo(halted);
				assertThatThrownBy(() -> runDay(day)).isInstanceOf(Halt.class);
			}
			// the restart: the scheduler runs the day's tasks again (as after a crash, on
			// this instance or another); on the other days, a second instance runs them
			// too
			runDay(day);
		}

		assertThat(TestMail.to(daily)).hasSize(5)
			.allSatisfy(mail -> assertThat(mail.subject()).startsWith("Your daily digest from the " + compact));
		assertThat(TestMail.to(weekly)).hasSize(2)
			.extracting(Mail::subject)
			.containsExactly("Your weekly digest from the " + compact + " compact: 4 reminders",
					"Your weekly digest from the " + compact + " compact: 2 reminders");
		assertThat(TestMail.to(atOnce)).hasSize(6);
		assertThat(TestMail.to(none)).isEmpty();
		for (String person : everyone) {
			List<Mail> mails = TestMail.to(person);
			assertThat(mails.stream().map(Mail::messageId).distinct()).hasSameSizeAs(mails);
		}
		// each halted mail went once and stays as claimed: never sent again (at most
		// once)
		assertThat(api.query(compact, "SELECT recipient FROM notice_delivery WHERE state = 'SENDING' ORDER BY 1"))
			.extracting(row -> row.get("recipient"))
			.containsExactlyInAnyOrder(atOnce, daily, weekly);
		assertThat(api.query(compact, "SELECT count(*) AS n FROM notice WHERE delivery_key IS NULL").get(0).get("n"))
			.isEqualTo(0L);
	}

	@Test
	void aMailCarriesItsRemindersInTextAndHtmlWithASignedOneClickUnsubscribe() {
		String compact = compact();
		String person = person("kim");
		at(LocalDate.of(2027, 2, 1), LocalTime.of(5, 0));
		raise(compact, "first", List.of(person));
		at(LocalDate.of(2027, 2, 1), LocalTime.of(7, 0));
		jobs.sendDailyDigests();

		Mail mail = TestMail.to(person).get(0);
		assertThat(mail.text()).contains("Action first is due soon", "Due in 7 days.",
				"http://localhost:8080/t/" + compact + "/workspace",
				"http://localhost:8080/t/" + compact + "/unsubscribe?person=");
		assertThat(mail.html()).contains("<a href=\"http://localhost:8080/t/" + compact + "/workspace\">");
		assertThat(mail.listUnsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(mail.listUnsubscribe())
			.startsWith("<http://localhost:8080/api/t/" + compact + "/notices/unsubscribe?");
		URI oneClick = URI.create(mail.listUnsubscribe().substring(1, mail.listUnsubscribe().length() - 1));
		// as the mail client sends it: the test client encodes the query itself
		String path = oneClick.getRawPath() + "?" + URLDecoder.decode(oneClick.getRawQuery(), StandardCharsets.UTF_8);

		// a link changed by hand (another person's address) is refused and changes
		// nothing
		String forged = path.replace("person=kim.", "person=kam.");
		List<Map<String, Object>> before = api.snapshot("notice_preference", compact);
		Answer refused = api.call(HttpMethod.POST, forged, null, "List-Unsubscribe=One-Click");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.namesField("sig")).isTrue();
		assertThat(api.snapshot("notice_preference", compact)).isEqualTo(before);

		// the mail client's one-click POST, without signing in
		assertThat(api.call(HttpMethod.POST, path, null, "List-Unsubscribe=One-Click").status()).isEqualTo(204);
		assertThat(in(compact, () -> preferences.of(person).cadence())).isEqualTo(Cadence.NONE);
		assertThat(api.call(HttpMethod.POST, path, null, "List-Unsubscribe=One-Click").status()).isEqualTo(204);

		// nothing more from this compact
		at(LocalDate.of(2027, 2, 2), LocalTime.of(5, 0));
		raise(compact, "second", List.of(person));
		at(LocalDate.of(2027, 2, 2), LocalTime.of(7, 0));
		jobs.sendDailyDigests();
		assertThat(TestMail.to(person)).hasSize(1);
	}

	@Test
	void anUnsubscribeLinkOfOneCompactDoesNothingInAnother() {
		String person = person("lee");
		UnsubscribeLinks links = new UnsubscribeLinks("embedded-default-only-not-a-secret-0123456789");
		String query = links.query("kent", person, UnsubscribeLinks.REMINDERS);
		List<Map<String, Object>> before = api.snapshot("notice_preference", "swale");

		Answer refused = api.call(HttpMethod.POST, "/api/t/swale/notices/unsubscribe?" + query, null, null);

		assertThat(refused.status()).isEqualTo(403);
		assertThat(api.snapshot("notice_preference", "swale")).isEqualTo(before);
		Answer unsigned = api.call(HttpMethod.POST,
				"/api/t/kent/notices/unsubscribe?person=" + person + "&list=reminders", null, null);
		assertThat(unsigned.status()).isEqualTo(400);
	}

	@Test
	void upstreamVersionsAndConflictsReachTheEditorsOfTheDistrictOnce() {
		String compact = compact();
		String editor = person("editor");
		String member = person("member");
		in(compact, () -> preferences.choose(editor, Cadence.DAILY, true, ExpectedVersion.any()));
		in(compact, () -> preferences.choose(member, Cadence.DAILY, false, ExpectedVersion.any()));
		AdoptionNotices adoption = new AdoptionNotices(reminders);
		UUID item = UUID.randomUUID();
		var conflict = new org.compacts.contracts.sync.ApplyOutcome(UUID.randomUUID(), 1, compact, "kent", item, 3,
				org.compacts.contracts.sync.ApplyOutcome.Result.CONFLICT, "both changed: text", clock.instant());
		in(compact, () -> {
			adoption.on(conflict);
			adoption.on(conflict);
			return null;
		});

		assertThat(api.query(compact, "SELECT recipient, kind FROM notice"))
			.containsExactly(Map.of("recipient", editor, "kind", "CONFLICT_WAITING"));
		assertThat(Set.of(Reminder.Kind.values())).contains(Reminder.Kind.MINUTES_CIRCULATED,
				Reminder.Kind.DISPUTE_STAGE_OVERDUE);
	}

}
