package org.compacts.portal.rollup;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * compact-service's {@code GET /api/t/{county}/rollup}: the county's districts, each with
 * the plans it shares with the county and how their actions and its indicators stand, and
 * the county's principles and codes with how many actions link to each district's copy.
 *
 * @param period the period counted; none for every period
 */
record Rollup(String county, @Nullable String period, List<District> districts, List<Code> codes) {

	Rollup {
		districts = districts == null ? List.of() : districts;
		codes = codes == null ? List.of() : codes;
	}

	/**
	 * The periods of the plans counted, newest first, and the one asked for even when no
	 * plan has it: what the period filter offers.
	 */
	List<String> periods(@Nullable String chosen) {
		TreeSet<String> periods = new TreeSet<>(Comparator.reverseOrder());
		districts.stream().flatMap(district -> district.plans().stream()).map(SharedPlan::period).forEach(periods::add);
		if (chosen != null) {
			periods.add(chosen);
		}
		return List.copyOf(periods);
	}

	/**
	 * One district. The counts are of its plans shared with the county (or public) in the
	 * period, and of its indicators so shared.
	 */
	record District(String tenant, List<SharedPlan> plans, int actions, Map<String, Integer> byStatus, int overdue,
			int percentDone, Map<String, Integer> indicators) {

		District {
			plans = plans == null ? List.of() : plans;
			byStatus = byStatus == null ? Map.of() : byStatus;
			indicators = indicators == null ? Map.of() : indicators;
		}

		/** The statuses some action has, in the statuses' order, for its tags. */
		public List<Count> getStatuses() {
			return counts(Tag.STATUSES, byStatus);
		}

		/** The RAGs some indicator has, green first, for their tags. */
		public List<Count> getRags() {
			return counts(Tag.RAGS, indicators);
		}

		private static List<Count> counts(List<Tag> kinds, Map<String, Integer> counted) {
			return kinds.stream()
				.filter(kind -> counted.getOrDefault(kind.value(), 0) > 0)
				.map(kind -> new Count(kind, counted.get(kind.value())))
				.toList();
		}

	}

	record SharedPlan(UUID id, String title, String period, String visibility) {
	}

	/**
	 * One of the county's principles or codes; {@code districts} counts, by district, the
	 * actions that link to the district's copy of it.
	 */
	record Code(UUID itemId, String kind, String title, Map<String, Integer> districts) {

		Code {
			districts = districts == null ? Map.of() : districts;
		}

		public int actionsIn(String district) {
			return districts.getOrDefault(district, 0);
		}

		public String getKindName() {
			return "CODE".equals(kind) ? "Code of practice" : "Principle";
		}

	}

	/** How many of one status or RAG, for a tag that says both. */
	record Count(Tag kind, int count) {
	}

	/**
	 * A status or RAG as a GOV.UK tag: its words always, its colour only beside them. The
	 * plan and indicator pages say them in the same words and colours
	 * ({@code plan.Status}, {@code indicator.Indicator.Rag}, which those modules keep to
	 * themselves).
	 *
	 * @param value as compact-service names it
	 */
	record Tag(String value, String words, String tagClass) {

		/** Where an action stands, in the statuses' order. */
		static final List<Tag> STATUSES = List.of(new Tag("NOT_STARTED", "Not started", "govuk-tag--grey"),
				new Tag("ON_TRACK", "On track", "govuk-tag--green"), new Tag("AT_RISK", "At risk", "govuk-tag--yellow"),
				new Tag("OFF_TRACK", "Off track", "govuk-tag--red"), new Tag("DONE", "Done", "govuk-tag--blue"),
				new Tag("DROPPED", "Dropped", "govuk-tag--grey"));

		/** How an indicator reads against its line, green first. */
		static final List<Tag> RAGS = List.of(new Tag("GREEN", "Green", "govuk-tag--green"),
				new Tag("AMBER", "Amber", "govuk-tag--orange"), new Tag("RED", "Red", "govuk-tag--red"),
				new Tag("NONE", "No readings", "govuk-tag--grey"));

		/**
		 * An action's status; one this page does not know yet shows as the service says
		 * it.
		 */
		static Tag status(String value) {
			return STATUSES.stream()
				.filter(tag -> tag.value().equals(value))
				.findFirst()
				.orElseGet(() -> new Tag(value, value, "govuk-tag--grey"));
		}

		@Override
		public String toString() {
			return value;
		}

	}

}
