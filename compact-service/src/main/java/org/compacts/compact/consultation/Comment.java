package org.compacts.compact.consultation;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A comment on the draft under consultation, anchored to one of its fields: "aim",
 * "title", or the n-th entry of a list, "publicSectorUndertakings[2]" (from 1, as people
 * count).
 *
 * @param tag whether the respondent thinks the point achievable or aspirational
 */
record Comment(String anchor, String text, @Nullable Achievability tag) {

	static final Pattern ANCHOR = Pattern.compile("[a-zA-Z]{1,60}(\\[[1-9][0-9]{0,2}\\])?");

	Comment {
		anchor = anchor.strip();
		text = text.strip();
	}

	boolean anchorIsSensible() {
		return ANCHOR.matcher(anchor).matches();
	}

}
