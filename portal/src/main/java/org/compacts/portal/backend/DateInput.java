package org.compacts.portal.backend;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a GOV.UK date input sent: a day, a month and a year, each as typed, from inputs
 * named {@code field.day}, {@code field.month} and {@code field.year} (the fragment
 * {@code forms :: dateInput}). Kept as typed, not as a day, so that a form refused shows
 * what the person typed, even "May"; {@link Typed#day} reads it.
 */
public record DateInput(@Nullable String day, @Nullable String month, @Nullable String year) {

	public static final DateInput BLANK = new DateInput("", "", "");

	/** The day as a form shows it to be changed; blank for none. */
	public static DateInput of(@Nullable LocalDate date) {
		return date == null ? BLANK : new DateInput(Integer.toString(date.getDayOfMonth()),
				Integer.toString(date.getMonthValue()), Integer.toString(date.getYear()));
	}

	/** A form posted without the input at all reads as one left blank. */
	public static DateInput orBlank(@Nullable DateInput input) {
		return input == null ? BLANK : input;
	}

}
