package org.compacts.compact.notice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.compacts.compact.plan.ActionGiven;
import org.compacts.compact.plan.ActionsDue;
import org.compacts.compact.plan.ActionsDue.Due;
import org.compacts.compact.tenancy.CurrentTenant;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The reminders of the action plans, to the person an action is given to (by e-mail
 * address, {@code ownerEmail}): when it is given, once when it falls due within 7 days,
 * once when it is overdue (for each due date it is given).
 */
@Component
class PlanNotices implements DueReminders {

	static final int DUE_SOON_DAYS = 7;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Reminders reminders;

	private final ActionsDue actions;

	PlanNotices(Reminders reminders, ActionsDue actions) {
		this.reminders = reminders;
		this.actions = actions;
	}

	/** In the transaction that gave the action. */
	@EventListener
	void on(ActionGiven given) {
		String compact = CurrentTenant.require();
		reminders.raise(new Reminder(Reminder.Kind.ACTION_GIVEN, given.ownerEmail(),
				"given:" + given.actionId() + ":" + given.ownerEmail(), given.title(),
				"Given to you by " + given.by()
						+ (given.dueOn() == null ? "." : ", due " + DAY.format(given.dueOn()) + "."),
				path(compact, given.planId(), given.actionId())));
	}

	@Override
	public int raiseDue(String compact, LocalDate today) {
		int raised = 0;
		for (Due due : actions.between(today, today.plusDays(DUE_SOON_DAYS))) {
			if (reminders.raise(new Reminder(Reminder.Kind.ACTION_DUE_SOON, due.ownerEmail(),
					"due-soon:" + due.actionId() + ":" + due.dueOn(), due.title(),
					"Due " + DAY.format(due.dueOn()) + ".", path(compact, due.planId(), due.actionId())))) {
				raised++;
			}
		}
		for (Due due : actions.between(today.minusYears(10), today.minusDays(1))) {
			if (reminders.raise(new Reminder(Reminder.Kind.ACTION_OVERDUE, due.ownerEmail(),
					"overdue:" + due.actionId() + ":" + due.dueOn(), due.title(),
					"Was due " + DAY.format(due.dueOn()) + " and is still open.",
					path(compact, due.planId(), due.actionId())))) {
				raised++;
			}
		}
		return raised;
	}

	private static String path(String compact, Object planId, Object actionId) {
		return "/t/" + compact + "/workspace/plans/" + planId + "/actions/" + actionId;
	}

}
