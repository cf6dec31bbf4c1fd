package org.compacts.portal.backend;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * How a principle or code reads where something links to it (an action, an indicator, a
 * checkbox offering it): one wording on every page.
 */
public final class ItemNames {

	private ItemNames() {
	}

	/**
	 * "Funding code (from Kent)", "Openness (principle)"; an adopted copy names the
	 * compact it came from, by its slug in words.
	 * @param kind {@code CODE} or {@code PRINCIPLE}, as compact-service names them
	 */
	public static String of(String kind, String title, @Nullable String source) {
		String what = "CODE".equals(kind) ? title + " code" : title + " (principle)";
		return source == null ? what : what + " (from " + named(source) + ")";
	}

	/** "south-derbyshire" → "South Derbyshire". */
	static String named(String slug) {
		return Arrays.stream(slug.split("-"))
			.filter(word -> !word.isEmpty())
			.map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
			.collect(Collectors.joining(" "));
	}

}
