package org.compacts.portal.indicator;

import java.util.List;

/**
 * The choices of an enum of the service, each with the words a page gives it, in the
 * order the form offers them.
 */
record Choice(String value, String words) {

	/** Radio choices of one field. */
	record Choices(List<Choice> all) {

		String words(String value) {
			return all.stream()
				.filter(choice -> choice.value().equals(value))
				.map(Choice::words)
				.findFirst()
				.orElse(value);
		}

	}

	static final Choices DIRECTIONS = new Choices(List.of(new Choice("HIGHER_IS_BETTER", "Higher is better"),
			new Choice("LOWER_IS_BETTER", "Lower is better")));

	static final Choices VISIBILITIES = new Choices(List.of(new Choice("COUNTY", "Shared with the county"),
			new Choice("MEMBERS", "Members of this compact only"), new Choice("PUBLIC", "Public: anyone may read it")));

}
