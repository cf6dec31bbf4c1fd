package org.compacts.compact.notice;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.compacts.compact.meeting.MinutesCirculated;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Minutes circulated for approval, to each of those present whose e-mail the minutes
 * give: they are the ones asked to agree them at the next meeting.
 */
@Component
class MeetingNotices {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Reminders reminders;

	MeetingNotices(Reminders reminders) {
		this.reminders = reminders;
	}

	/** In the transaction that circulated them. */
	@EventListener
	void on(MinutesCirculated circulated) {
		for (MinutesCirculated.Recipient attendee : circulated.attendees()) {
			if (attendee.email() == null || attendee.email().isBlank()) {
				continue;
			}
			reminders.raise(new Reminder(Reminder.Kind.MINUTES_CIRCULATED, attendee.email(),
					"minutes:" + circulated.meetingId(), "Minutes to approve: " + circulated.title(),
					"The minutes of the meeting of " + DAY.format(circulated.heldOn())
							+ " were circulated, to be agreed at the next meeting.",
					"/t/" + circulated.tenant() + "/workspace/meetings/" + circulated.meetingId()));
		}
	}

}
