package org.compacts.compact.notice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.compacts.compact.mark.ExpiringMarks;
import org.compacts.compact.mark.ExpiringMarks.Expiring;

import org.springframework.stereotype.Component;

/**
 * A quality mark that expires within the notice period, to the compact's editors (the
 * steering group, for now), once for each mark and expiry: a renewal is a new mark, with
 * its own expiry and so its own reminder.
 */
@Component
class QualityMarkNotices implements DueReminders {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Reminders reminders;

	private final ExpiringMarks marks;

	QualityMarkNotices(Reminders reminders, ExpiringMarks marks) {
		this.reminders = reminders;
		this.marks = marks;
	}

	@Override
	public int raiseDue(String compact, LocalDate today) {
		int raised = 0;
		for (Expiring mark : marks.in(compact, today)) {
			raised += reminders.raiseToEditors(Reminder.Kind.QUALITY_MARK_RENEWAL,
					"mark-renewal:" + mark.markId() + ":" + mark.expiresOn(),
					"Quality mark to renew: " + mark.organisation(),
					"Its mark \"Compact compliant\" expires on " + DAY.format(mark.expiresOn())
							+ ". Begin a new self-assessment to renew it.",
					"/t/" + compact + "/workspace/self-assessments/" + mark.markId());
		}
		return raised;
	}

}
