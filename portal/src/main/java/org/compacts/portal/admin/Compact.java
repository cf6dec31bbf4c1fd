package org.compacts.portal.admin;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A compact as tenant-service's register gives it; {@code version} is its ETag, sent back
 * in If-Match to change it.
 */
record Compact(String slug, String name, String level, @Nullable String parentSlug, String adoption,
		@Nullable String area, @Nullable String contact, @Nullable String website, @Nullable Instant archivedAt,
		long version) {

	static final String NATIONAL = "NATIONAL";

	static final String COUNTY = "COUNTY";

	static final String DISTRICT = "DISTRICT";

	static final String STANDALONE = "STANDALONE";

	static final String KEEPS_OWN = "KEEPS_OWN";

	static final List<String> LEVELS = List.of(NATIONAL, COUNTY, DISTRICT, STANDALONE);

	/** A choice of the form: what is sent, and what a person reads. */
	record Choice(String value, String label) {
	}

	/** The three choices of the Kent draft, as tenant-service names them. */
	static final List<Choice> ADOPTIONS = List.of(
			new Choice("ADOPTS_PARENT_CORE", "Adopts its parent's compact and adds a local action plan"),
			new Choice(KEEPS_OWN, "Keeps its own compact"),
			new Choice("ADOPTS_PARENT_AS_FIRST", "Adopts its parent's compact as its first compact"));

	public boolean archived() {
		return archivedAt != null;
	}

	/**
	 * Counties and districts sit under a parent; national and standalone compacts never
	 * do.
	 */
	public boolean mayHaveParent() {
		return COUNTY.equals(level) || DISTRICT.equals(level);
	}

	/** The level a parent of this compact must have, if it may have one. */
	public @Nullable String parentLevel() {
		return parentLevelOf(level);
	}

	public String levelLabel() {
		return levelLabel(level);
	}

	public String adoptionLabel() {
		return adoptionLabel(adoption);
	}

	static @Nullable String parentLevelOf(@Nullable String level) {
		if (DISTRICT.equals(level)) {
			return COUNTY;
		}
		return COUNTY.equals(level) ? NATIONAL : null;
	}

	static String levelLabel(String level) {
		return switch (level) {
			case NATIONAL -> "National";
			case COUNTY -> "County";
			case DISTRICT -> "District";
			case STANDALONE -> "Standalone";
			default -> level;
		};
	}

	static String adoptionLabel(String adoption) {
		return ADOPTIONS.stream()
			.filter(choice -> choice.value().equals(adoption))
			.map(Choice::label)
			.findFirst()
			.orElse(adoption);
	}

}
