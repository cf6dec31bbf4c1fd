package org.compacts.portal.rollup;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

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
	record District(String tenant, List<SharedPlan> plans, int actions, Map<Status, Integer> byStatus, int overdue,
			int percentDone, Map<Rag, Integer> indicators) {

		District {
			plans = plans == null ? List.of() : plans;
			byStatus = byStatus == null ? Map.of() : byStatus;
			indicators = indicators == null ? Map.of() : indicators;
		}

		/** The statuses some action has, in the statuses' order, for its tags. */
		public List<Count> getStatuses() {
			return counts(Stream.of(Status.values()), byStatus);
		}

		/** The RAGs some indicator has, green first, for their tags. */
		public List<Count> getRags() {
			return counts(Stream.of(Rag.values()), indicators);
		}

		private static <T extends Tagged> List<Count> counts(Stream<T> kinds, Map<T, Integer> counted) {
			return kinds.filter(kind -> counted.getOrDefault(kind, 0) > 0)
				.map(kind -> new Count(kind, counted.get(kind)))
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
	record Count(Tagged kind, int count) {
	}

	/** What a GOV.UK tag needs: its words always, its colour only beside them. */
	interface Tagged {

		String getWords();

		String getTagClass();

	}

	/**
	 * Where an action stands; the same words and colours as the plan pages' tags
	 * ({@code plan.Status}, which that module keeps to itself).
	 */
	enum Status implements Tagged {

		NOT_STARTED("Not started", "govuk-tag--grey"), ON_TRACK("On track", "govuk-tag--green"),
		AT_RISK("At risk", "govuk-tag--yellow"), OFF_TRACK("Off track", "govuk-tag--red"),
		DONE("Done", "govuk-tag--blue"), DROPPED("Dropped", "govuk-tag--grey");

		private final String words;

		private final String tagClass;

		Status(String words, String tagClass) {
			this.words = words;
			this.tagClass = tagClass;
		}

		@Override
		public String getWords() {
			return words;
		}

		@Override
		public String getTagClass() {
			return tagClass;
		}

	}

	/**
	 * How an indicator reads against its line; the indicator pages' words and colours
	 * ({@code indicator.Indicator.Rag}, which that module keeps to itself).
	 */
	enum Rag implements Tagged {

		GREEN("Green", "govuk-tag--green"), AMBER("Amber", "govuk-tag--orange"), RED("Red", "govuk-tag--red"),
		NONE("No readings", "govuk-tag--grey");

		private final String words;

		private final String tagClass;

		Rag(String words, String tagClass) {
			this.words = words;
			this.tagClass = tagClass;
		}

		@Override
		public String getWords() {
			return words;
		}

		@Override
		public String getTagClass() {
			return tagClass;
		}

	}

}
