package org.compacts.compact.consultation;

import org.jspecify.annotations.Nullable;

/**
 * What a consultation's respondents spoke to, and what "you said, we did" answers: one of
 * its questions (by its place from 0), or a field of the draft their comments are
 * anchored to ("aim", "publicSectorUndertakings[2]"). Exactly one of the two.
 */
record Point(@Nullable Integer question, @Nullable String anchor) {

	Point {
		anchor = anchor == null || anchor.isBlank() ? null : anchor.strip();
	}

	static Point question(int question) {
		return new Point(question, null);
	}

	static Point anchor(String anchor) {
		return new Point(null, anchor);
	}

	/** Whether it names exactly one question or one field. */
	boolean isSensible() {
		return (question == null) != (anchor == null);
	}

	/** As a plan action names where it arose: "question 3" (from 1), or the field. */
	String label() {
		return question != null ? "question " + (question + 1) : "comments on " + anchor;
	}

}
