package org.compacts.compact.notice;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.compacts.compact.notice.NoticeTestSetup.MovableClock;
import org.compacts.compact.tenancy.CurrentTenant;
import org.compacts.testkit.RealServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily digest run for 10,000 people over 400 compacts, through GreenMail: how long
 * it takes and how many mails a second (docs/benchmarks.md). Only when asked for
 * ({@code -Dnotices.benchmark=true}): it is a measurement, not a check of behaviour.
 */
@SpringBootTest(properties = { "compacts.notices.scheduler=false" })
@RealServers(database = "compacts", kafka = true)
@Import(NoticeTestSetup.class)
@EnabledIfSystemProperty(named = "notices.benchmark", matches = "true")
class NoticeDigestBenchmarkIT {

	static final int COMPACTS = 400;

	static final int PEOPLE_PER_COMPACT = 25;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", TestMail::port);
	}

	@Autowired
	Reminders reminders;

	@Autowired
	NoticeJobs jobs;

	@Autowired
	MovableClock clock;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theDailyDigestOf10000PeopleOver400Compacts() {
		ZoneId england = ZoneId.of("Europe/London");
		LocalDate day = LocalDate.of(2028, 6, 6);
		clock.set(ZonedDateTime.of(day, LocalTime.of(5, 0), england).toInstant());
		String run = UUID.randomUUID().toString().substring(0, 6);
		for (int c = 0; c < COMPACTS; c++) {
			String compact = "bench-" + run + "-" + c;
			CurrentTenant.callAs(compact, () -> transactions.execute(status -> {
				for (int p = 0; p < PEOPLE_PER_COMPACT; p++) {
					String person = "p" + p + "." + compact + "@example.org";
					for (int r = 0; r < 2; r++) {
						reminders.raise(new Reminder(Reminder.Kind.ACTION_DUE_SOON, person, "bench:" + r,
								"Action " + r + " is due soon", "Due in 7 days.", "/t/" + compact + "/workspace"));
					}
				}
				return null;
			}));
		}
		TestMail.forget();
		clock.set(ZonedDateTime.of(day, LocalTime.of(7, 0), england).toInstant());

		long start = System.nanoTime();
		int sent = jobs.sendDailyDigests();
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		System.out.printf("BENCHMARK daily digest: %d mails to %d people over %d compacts in %.1f s, %.0f mails/s%n",
				sent, COMPACTS * PEOPLE_PER_COMPACT, COMPACTS, took.toMillis() / 1000.0,
				sent / (took.toMillis() / 1000.0));
		assertThat(sent).isEqualTo(COMPACTS * PEOPLE_PER_COMPACT);
		assertThat(TestMail.smtp().getReceivedMessages()).hasSize(COMPACTS * PEOPLE_PER_COMPACT);
	}

}
