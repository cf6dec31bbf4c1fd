package org.compacts.portal.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A performance indicator as compact-service gives it: the list leaves out the readings,
 * the indicator's own page has them newest first.
 */
record Indicator(UUID id, String name, String unit, Point baseline, Point target, String direction,
		BigDecimal tolerance, @Nullable String visibility, @Nullable List<Link> links, @Nullable List<Reading> readings,
		@Nullable Point latest, @Nullable BigDecimal expected, Rag rag, long version) {

	Indicator {
		links = links == null ? List.of() : links;
		readings = readings == null ? List.of() : readings;
	}

	/** A value on a day: the baseline, the target, the latest reading. */
	record Point(BigDecimal value, LocalDate on) {
	}

	record Reading(UUID id, LocalDate on, BigDecimal value, @Nullable String note, @Nullable String source,
			@Nullable String by, @Nullable Instant at) {
	}

	/**
	 * A principle or code the indicator evidences, by its stable item id; source is the
	 * compact it was adopted from, if it was.
	 */
	record Link(UUID itemId, String kind, String title, @Nullable String source) {

		/** "Funding code (from Kent)". */
		public String getWords() {
			return Evidence.words(kind, title, source);
		}

		public String getCollection() {
			return "CODE".equals(kind) ? "codes" : "principles";
		}

	}

	/**
	 * The RAG the service computed, as a GOV.UK tag: always its words, never colour
	 * alone.
	 */
	enum Rag {

		GREEN("govuk-tag--green", "Green"), AMBER("govuk-tag--orange", "Amber"), RED("govuk-tag--red", "Red"),
		NONE("govuk-tag--grey", "No readings");

		private final String tagClass;

		private final String words;

		Rag(String tagClass, String words) {
			this.tagClass = tagClass;
			this.words = words;
		}

		public String getTagClass() {
			return tagClass;
		}

		public String getWords() {
			return words;
		}

	}

	/** A value in the indicator's unit: "45%", "12 organisations". */
	public String amount(@Nullable BigDecimal value) {
		if (value == null) {
			return "";
		}
		String number = plain(value.setScale(Math.min(value.scale(), 2), RoundingMode.HALF_UP));
		return "%".equals(unit) ? number + "%" : number + " " + unit;
	}

	public String getDirectionWords() {
		return Choice.DIRECTIONS.words(direction);
	}

	public String getVisibilityWords() {
		return Choice.VISIBILITIES.words(visibility == null ? "COUNTY" : visibility);
	}

	/** A number as typed back into a form: no trailing zeros, never an exponent. */
	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
