package org.compacts.compact.notice;

import java.time.LocalDate;

/**
 * A source of the reminders a day brings (actions falling due, a dispute's stage past its
 * deadline), asked once a day per compact by {@link NoticeJobs}.
 */
interface DueReminders {

	/**
	 * In the compact's transaction.
	 * @return how many reminders are new
	 */
	int raiseDue(String compact, LocalDate today);

}
