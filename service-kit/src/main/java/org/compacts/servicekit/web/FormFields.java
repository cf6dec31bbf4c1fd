package org.compacts.servicekit.web;

/**
 * How a request record reads an optional text field: a form sends the fields its user
 * left empty as blanks, and a blank is no value.
 */
public final class FormFields {

	private FormFields() {
	}

	/** The text without surrounding space, or null when there is none. */
	public static String strippedOrNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
