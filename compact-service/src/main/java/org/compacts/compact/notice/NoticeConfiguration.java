package org.compacts.compact.notice;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notices' parts, and the scheduler that runs their jobs: db-scheduler on this
 * service's PostgreSQL (table scheduled_tasks, V20), which lets one instance at a time
 * take a task's run, and runs a task again whose instance died while running it (ADR 16).
 * Its Spring Boot starter is built for Boot 3, so it is configured here by hand.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NoticeProperties.class)
class NoticeConfiguration {

	/** The clock of "now" and "today" across the service; tests move it. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock(NoticeProperties properties) {
		return Clock.system(properties.zone());
	}

	@Bean
	UnsubscribeLinks unsubscribeLinks(NoticeProperties properties) {
		return new UnsubscribeLinks(properties.unsubscribeSecret());
	}

	@Bean
	NoticeMail noticeMail(NoticeProperties properties, UnsubscribeLinks links) {
		return new NoticeMail(properties, links);
	}

	@Bean
	Postman postman(NoticeStore store, NoticeMail mails, JavaMailSender sender, TransactionTemplate transactions,
			Clock clock) {
		return new Postman(store, mails, sender, transactions, clock);
	}

	@Bean
	NoticeJobs noticeJobs(NoticeStore store, Postman postman, List<DueReminders> dueReminders,
			TransactionTemplate transactions, NoticeProperties properties, Clock clock) {
		return new NoticeJobs(store, postman, dueReminders, transactions, properties, clock);
	}

	/**
	 * The recurring tasks, each run by one instance at a time: once the migrations have
	 * made the table (hence the initializer as a parameter).
	 */
	@Bean
	NoticeScheduler noticeScheduler(DataSource dataSource, NoticeJobs jobs, NoticeProperties properties,
			FlywayMigrationInitializer migrations) {
		List<RecurringTask<Void>> tasks = List.of(
				Tasks.recurring("notices-reminders", Schedules.daily(properties.zone(), properties.remindersAt()))
					.execute((instance, context) -> jobs.raiseDueReminders()),
				Tasks.recurring("notices-at-once", Schedules.fixedDelay(properties.atOnceEvery()))
					.execute((instance, context) -> jobs.sendAtOnce()),
				Tasks.recurring("notices-daily-digest", Schedules.daily(properties.zone(), properties.digestsAt()))
					.execute((instance, context) -> jobs.sendDailyDigests()),
				Tasks.recurring("notices-weekly-digest", Schedules.daily(properties.zone(), properties.digestsAt()))
					.execute((instance, context) -> jobs.sendWeeklyDigests()));
		return new NoticeScheduler(properties.scheduler() ? () -> Scheduler.create(dataSource)
			.startTasks(tasks)
			.threads(2)
			.shutdownMaxWait(java.time.Duration.ofSeconds(10))
			.build() : null);
	}

	/**
	 * Starts the scheduler with the context and stops it before the database goes. A
	 * stopped db-scheduler does not start again, so each start builds a new one (a
	 * context is stopped and started again, as the test framework does with a paused
	 * one).
	 */
	static final class NoticeScheduler implements SmartLifecycle {

		private final @Nullable Supplier<Scheduler> schedulers;

		private @Nullable Scheduler scheduler;

		private boolean running;

		NoticeScheduler(@Nullable Supplier<Scheduler> schedulers) {
			this.schedulers = schedulers;
		}

		@Override
		public synchronized void start() {
			if (schedulers != null) {
				scheduler = schedulers.get();
				scheduler.start();
			}
			running = true;
		}

		@Override
		public synchronized void stop() {
			if (scheduler != null) {
				scheduler.stop();
				scheduler = null;
			}
			running = false;
		}

		@Override
		public synchronized boolean isRunning() {
			return running;
		}

	}

}
