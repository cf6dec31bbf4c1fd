package org.compacts.compact.consultation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.compacts.servicekit.refusal.InvalidField;
import org.jspecify.annotations.Nullable;

/**
 * One question of a consultation's question set.
 *
 * @param options what a ranking or a choice is made among, at least two
 * @param scale the highest rating (from 2 to 10), for a rating only
 * @param labels the label of each rating from 1 to the scale, none or one for each
 */
record Question(String text, QuestionType type, List<String> options, @Nullable Integer scale, List<String> labels) {

	static final int LONGEST_SCALE = 10;

	Question {
		text = text.strip();
		options = options.stream().map(String::strip).toList();
		labels = labels.stream().map(String::strip).toList();
	}

	boolean hasOptions() {
		return type == QuestionType.RANKING || type == QuestionType.SINGLE_CHOICE
				|| type == QuestionType.MULTIPLE_CHOICE;
	}

	/** Adds what is wrong with it to problems, each field under prefix. */
	void check(String prefix, List<InvalidField> problems) {
		if (hasOptions()) {
			if (options.size() < 2) {
				problems.add(new InvalidField(prefix + ".options", "must list at least two options for a " + name()));
			}
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < options.size(); i++) {
				if (!seen.add(options.get(i).toLowerCase())) {
					problems.add(new InvalidField(prefix + ".options[" + i + "]", "is listed twice"));
				}
			}
		}
		else if (!options.isEmpty()) {
			problems.add(new InvalidField(prefix + ".options", "must be empty for a " + name()));
		}
		if (type == QuestionType.RATING) {
			if (scale == null || scale < 2 || scale > LONGEST_SCALE) {
				problems
					.add(new InvalidField(prefix + ".scale", "must be from 2 to " + LONGEST_SCALE + " for a rating"));
			}
			else if (!labels.isEmpty() && labels.size() != scale) {
				problems.add(new InvalidField(prefix + ".labels", "must label each rating from 1 to " + scale));
			}
		}
		else {
			if (scale != null) {
				problems.add(new InvalidField(prefix + ".scale", "is only for a rating"));
			}
			if (!labels.isEmpty()) {
				problems.add(new InvalidField(prefix + ".labels", "are only for a rating"));
			}
		}
	}

	/** The label of a rating, or the number when it has none. */
	String label(int rating) {
		return labels.isEmpty() ? Integer.toString(rating) : rating + " " + labels.get(rating - 1);
	}

	private String name() {
		return type.name().toLowerCase().replace('_', ' ');
	}

	static List<InvalidField> check(List<Question> questions) {
		List<InvalidField> problems = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			questions.get(i).check("questions[" + i + "]", problems);
		}
		return problems;
	}

}
