package org.compacts.compact.notice;

import org.compacts.contracts.sync.ApplyOutcome;
import org.compacts.contracts.sync.ApplyOutcome.Result;
import org.compacts.compact.tenancy.CurrentTenant;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a district's editors of what upstream sent: a new version taken (as it is, or
 * merged with their changes), or a conflict waiting for them. From the outcome the
 * adoption raises in the transaction that applied the version; a resolution's outcome
 * (which says who resolved it) tells no one, nor does a command applied before.
 */
@Component
class AdoptionNotices {

	private final Reminders reminders;

	AdoptionNotices(Reminders reminders) {
		this.reminders = reminders;
	}

	@EventListener
	void on(ApplyOutcome outcome) {
		String compact = CurrentTenant.require();
		String subject = outcome.sourceTenant() + ":" + outcome.itemId() + ":" + outcome.version();
		if (outcome.result() == Result.CONFLICT) {
			reminders.raiseToEditors(Reminder.Kind.CONFLICT_WAITING, "conflict:" + subject,
					"A new version from " + outcome.sourceTenant() + " conflicts with your changes",
					"Version " + outcome.version() + " changes what your compact changed too"
							+ (outcome.detail() == null ? "." : ": " + outcome.detail() + ".")
							+ " Choose what to keep.",
					"/t/" + compact + "/workspace/conflicts");
		}
		else if ((outcome.result() == Result.APPLIED || outcome.result() == Result.MERGED)
				&& outcome.detail() == null) {
			reminders.raiseToEditors(Reminder.Kind.UPSTREAM_VERSION, "upstream:" + subject,
					"A new version from " + outcome.sourceTenant() + " was taken",
					"Version " + outcome.version() + (outcome.result() == Result.MERGED
							? ", merged with your compact's own changes." : ", as it came."),
					"/t/" + compact + "/workspace");
		}
	}

}
