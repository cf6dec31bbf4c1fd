package org.compacts.compact.dispute;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Deadlines counted in working days, Monday to Friday. Bank holidays are not left out: a
 * deadline that falls after one is a day early, which errs on the side of a reminder.
 */
final class WorkingDays {

	private WorkingDays() {
	}

	/**
	 * The working day that is {@code days} working days after {@code start}: from a
	 * Friday, one working day is the Monday.
	 */
	static LocalDate after(LocalDate start, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("days must not be negative");
		}
		LocalDate day = start;
		int left = days;
		while (left > 0) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	static boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

}
