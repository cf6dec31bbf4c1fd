package org.compacts.portal.consultation;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person calls the part of a draft a comment is anchored to:
 * {@code vcsUndertakings[2]} is "VCS undertaking 2".
 */
final class Anchors {

	private static final Pattern LISTED = Pattern.compile("(\\w+)\\[(\\d+)]");

	private static final Map<String, String> WORDS = Map.of("aim", "the aim", "text", "the text", "vcsUndertakings",
			"VCS undertaking", "publicSectorUndertakings", "public sector undertaking", "allPartnersCommitments",
			"all partners' commitment");

	private Anchors() {
	}

	static String words(String anchor) {
		Matcher listed = LISTED.matcher(anchor);
		if (listed.matches() && WORDS.containsKey(listed.group(1))) {
			return WORDS.get(listed.group(1)) + " " + listed.group(2);
		}
		return WORDS.getOrDefault(anchor, anchor);
	}

}
