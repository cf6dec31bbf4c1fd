package org.compacts.compact.notice;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One thing one person of the current compact is to be told, as a feature raises it
 * through {@link Reminders}.
 *
 * @param recipient the person, by e-mail address
 * @param subjectKey what it is about, unique for the kind and the person: the same
 * reminder raised again (a daily scan, a command sent twice) is told once ({@code
 * due-soon:<action>:<due date>})
 * @param title one line, the mail's subject when sent on its own
 * @param detail a sentence or two, or nothing
 * @param path where in the portal it is dealt with ({@code /t/kent/workspace/...}), or
 * nothing
 */
public record Reminder(Kind kind, String recipient, String subjectKey, String title, @Nullable String detail,
		@Nullable String path) {

	/** What the reminder is about; a new source adds its kind here. */
	public enum Kind {

		/** An action of a plan was given to the person. */
		ACTION_GIVEN,
		/** An action of theirs is due within 7 days. */
		ACTION_DUE_SOON,
		/** An action of theirs is past its due date and still open. */
		ACTION_OVERDUE,
		/** The compact took a new version from upstream (to its editors). */
		UPSTREAM_VERSION,
		/**
		 * A new upstream version conflicts with the compact's own changes (to its
		 * editors).
		 */
		CONFLICT_WAITING,
		/** Minutes were circulated for approval (meetings: event MinutesCirculated). */
		MINUTES_CIRCULATED,
		/**
		 * A dispute's stage passed its deadline (disputes: event DisputeStageChanged).
		 */
		DISPUTE_STAGE_OVERDUE,
		/**
		 * A quality mark expires within 30 days (to the editors; marks: ExpiringMarks).
		 */
		QUALITY_MARK_RENEWAL,
		/** An editor sent the compact's champions or members an update. */
		UPDATE

	}

	public Reminder {
		recipient = recipient.strip().toLowerCase(Locale.ROOT);
		title = clip(title, 300);
		detail = detail == null ? null : clip(detail, 2000);
		if (subjectKey.length() > 200) {
			throw new IllegalArgumentException("a subject key is at most 200 characters: " + subjectKey);
		}
	}

	private static String clip(String text, int max) {
		String stripped = text.strip();
		return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "…";
	}

}
