package org.compacts.compact.consultation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.compacts.servicekit.refusal.InvalidField;
import org.jspecify.annotations.Nullable;

/**
 * An answer to one question, holding what its type asks for and nothing else.
 *
 * @param question the question's place in the set, from 0
 * @param rating for a rating
 * @param choices for a ranking, every option's place from most to least preferred; for a
 * choice, the places of the options chosen
 * @param yes for a yes or no
 */
record Answer(int question, @Nullable Integer rating, List<Integer> choices, @Nullable Boolean yes,
		@Nullable Priority priority, @Nullable String text, @Nullable Achievability achievability) {

	Answer {
		choices = List.copyOf(choices);
		text = text == null || text.isBlank() ? null : text.strip();
	}

	/** Adds what is wrong with it, against its question, to problems. */
	void check(String prefix, Question asked, List<InvalidField> problems) {
		QuestionType type = asked.type();
		boolean wrongFields = (rating != null) != (type == QuestionType.RATING)
				|| !choices.isEmpty() && !asked.hasOptions() || (yes != null) != (type == QuestionType.YES_NO)
				|| (priority != null) != (type == QuestionType.PRIORITY)
				|| (text != null) != (type == QuestionType.FREE_TEXT)
				|| (achievability != null) != (type == QuestionType.ACHIEVABILITY);
		if (wrongFields) {
			problems.add(new InvalidField(prefix,
					"must give exactly what a " + type.name().toLowerCase().replace('_', ' ') + " question asks for"));
			return;
		}
		int options = asked.options().size();
		switch (type) {
			case RATING -> {
				int scale = asked.scale() == null ? 0 : asked.scale();
				if (rating == null || rating < 1 || rating > scale) {
					problems.add(new InvalidField(prefix + ".rating", "must be from 1 to " + scale));
				}
			}
			case RANKING -> {
				if (!new HashSet<>(choices).equals(Set.copyOf(IntStream.range(0, options).boxed().toList()))
						|| choices.size() != options) {
					problems.add(new InvalidField(prefix + ".choices",
							"must rank every one of the " + options + " options once, by their places from 0"));
				}
			}
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
				boolean single = type == QuestionType.SINGLE_CHOICE;
				if (choices.isEmpty() || single && choices.size() > 1) {
					problems.add(new InvalidField(prefix + ".choices",
							single ? "must choose one option" : "must choose at least one option"));
				}
				else if (choices.stream().anyMatch(choice -> choice < 0 || choice >= options)
						|| new HashSet<>(choices).size() != choices.size()) {
					problems.add(new InvalidField(prefix + ".choices",
							"must name options by their places from 0 to " + (options - 1) + ", each once"));
				}
			}
			default -> {
			}
		}
	}

}
