package org.compacts.portal.indicator;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A principle or code of the compact an indicator may evidence, its own or an adopted
 * copy, as the editor's lists give it.
 */
record Evidence(UUID id, String kind, Title content, @Nullable AdoptedFrom adoptedFrom) {

	record Title(String title) {
	}

	record AdoptedFrom(String tenant) {
	}

	public String getWords() {
		return words(kind, content.title(), adoptedFrom == null ? null : adoptedFrom.tenant());
	}

	/**
	 * How an item reads where it is linked: "Funding code (from Kent)", "Openness
	 * (principle)"; the source compact by its slug, in words.
	 */
	static String words(String kind, String title, @Nullable String source) {
		String what = "CODE".equals(kind) ? title + " code" : title + " (principle)";
		return source == null ? what : what + " (from " + named(source) + ")";
	}

	/** "south-derbyshire" → "South Derbyshire". */
	private static String named(String slug) {
		return Arrays.stream(slug.split("-"))
			.filter(word -> !word.isEmpty())
			.map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
			.collect(Collectors.joining(" "));
	}

}
