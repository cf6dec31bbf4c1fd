package org.compacts.compact.notice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.compacts.compact.dispute.OverdueDisputes;
import org.compacts.compact.dispute.OverdueDisputes.Overdue;

import org.springframework.stereotype.Component;

/**
 * A dispute whose stage passed its deadline, to its owner (who last moved it), once for
 * each stage and deadline: moving it on gives a new deadline and so a new reminder.
 */
@Component
class DisputeNotices implements DueReminders {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Reminders reminders;

	private final OverdueDisputes disputes;

	DisputeNotices(Reminders reminders, OverdueDisputes disputes) {
		this.reminders = reminders;
		this.disputes = disputes;
	}

	@Override
	public int raiseDue(String compact, LocalDate today) {
		int raised = 0;
		for (Overdue overdue : disputes.in(compact, today)) {
			// an owner whose sign-in carried no address cannot be written to
			if (overdue.ownerEmail() == null || overdue.ownerEmail().isBlank()) {
				continue;
			}
			if (reminders.raise(new Reminder(Reminder.Kind.DISPUTE_STAGE_OVERDUE, overdue.ownerEmail(),
					"dispute-overdue:" + overdue.disputeId() + ":" + overdue.stage() + ":" + overdue.deadline(),
					"Dispute past its deadline: " + overdue.title(),
					"Its stage's deadline was " + DAY.format(overdue.deadline()) + ".",
					"/t/" + compact + "/workspace/disputes/" + overdue.disputeId()))) {
				raised++;
			}
		}
		return raised;
	}

}
