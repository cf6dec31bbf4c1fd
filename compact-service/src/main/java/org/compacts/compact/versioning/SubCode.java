package org.compacts.compact.versioning;

import java.util.Objects;

/**
 * A part of a code for a particular group or local need (the Kent draft: Equality and
 * Diversity may need sub-codes on BME, Faith, Traveller &amp; Gypsy, Carers, Young
 * People). Its title names it within the code, so the diff matches sub-codes by title.
 */
public record SubCode(String title, String text) {

	public SubCode {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(text, "text");
	}

}
