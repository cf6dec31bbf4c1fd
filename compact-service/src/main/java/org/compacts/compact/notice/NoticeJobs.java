package org.compacts.compact.notice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.UUID;

import org.compacts.compact.notice.NoticeStore.Waiting;
import org.compacts.compact.tenancy.CurrentTenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the scheduled tasks do, compact by compact in each one's tenant: the mails of the
 * people who want them at once, the daily and the weekly digests, and the reminders the
 * date brings (from each {@link DueReminders}). Each may run again, on this instance or
 * another: a mail's key is claimed once ({@link Postman}), a reminder raised once.
 */
class NoticeJobs {

	private static final Logger log = LoggerFactory.getLogger(NoticeJobs.class);

	private final NoticeStore store;

	private final Postman postman;

	private final List<DueReminders> dueReminders;

	private final TransactionTemplate transactions;

	private final NoticeProperties properties;

	private final Clock clock;

	NoticeJobs(NoticeStore store, Postman postman, List<DueReminders> dueReminders, TransactionTemplate transactions,
			NoticeProperties properties, Clock clock) {
		this.store = store;
		this.postman = postman;
		this.dueReminders = List.copyOf(dueReminders);
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	/** Each notice of a person who wants it at once, in a mail of its own. */
	int sendAtOnce() {
		Instant now = clock.instant();
		int sent = 0;
		for (String compact : store.compacts()) {
			for (Waiting waiting : waiting(compact, now)) {
				if (waiting.cadence() != Cadence.AT_ONCE) {
					continue;
				}
				List<UUID> unsent = CurrentTenant.callAs(compact,
						() -> transactions.execute(status -> store.unsent(waiting.recipient(), now)));
				for (UUID notice : unsent == null ? List.<UUID>of() : unsent) {
					if (postman.deliver(compact, waiting.recipient(), Cadence.AT_ONCE, "notice:" + notice, now,
							notice)) {
						sent++;
					}
				}
			}
		}
		return sent;
	}

	/** One mail a day to each person on the daily digest who has anything new. */
	int sendDailyDigests() {
		return digests(Cadence.DAILY, "daily:" + today());
	}

	/**
	 * On the weekly day, one mail to each person on the weekly digest who has anything
	 * new; any other day nothing (the task runs daily, so a day missed is caught up by
	 * the next run that week... or by the next week's).
	 */
	int sendWeeklyDigests() {
		LocalDate today = today();
		if (today.getDayOfWeek() != properties.weeklyOn()) {
			return 0;
		}
		return digests(Cadence.WEEKLY,
				"weekly:" + today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/**
	 * The reminders today brings: actions due within 7 days or overdue, disputes past a
	 * deadline.
	 */
	int raiseDueReminders() {
		LocalDate today = today();
		int raised = 0;
		for (String compact : store.compacts()) {
			for (DueReminders source : dueReminders) {
				Integer count = CurrentTenant.callAs(compact,
						() -> transactions.execute(status -> source.raiseDue(compact, today)));
				raised += count == null ? 0 : count;
			}
		}
		return raised;
	}

	private int digests(Cadence cadence, String key) {
		Instant now = clock.instant();
		int sent = 0;
		for (String compact : store.compacts()) {
			for (Waiting waiting : waiting(compact, now)) {
				if (waiting.cadence() == Cadence.NONE) {
					CurrentTenant.callAs(compact,
							() -> transactions.execute(status -> store.drop(waiting.recipient())));
				}
				else if (waiting.cadence() == cadence
						&& postman.deliver(compact, waiting.recipient(), cadence, key, now, null)) {
					sent++;
				}
			}
		}
		log.info("{} {} digests sent", sent, cadence.name().toLowerCase(java.util.Locale.ROOT));
		return sent;
	}

	private List<Waiting> waiting(String compact, Instant now) {
		List<Waiting> waiting = CurrentTenant.callAs(compact, () -> transactions.execute(status -> store.waiting(now)));
		return waiting == null ? List.of() : waiting;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), properties.zone());
	}

}
