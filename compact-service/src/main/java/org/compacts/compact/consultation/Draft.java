package org.compacts.compact.consultation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * What an editor writes of a consultation before it opens.
 *
 * @param itemId the principle or code whose draft is consulted on, if any
 * @param itemVersion the number of that draft's version, in consultation
 * @param shortReason why the window is shorter than the code's minimum, if it is:
 * published with it
 * @param allowsIndividuals whether people may respond for themselves, not for an
 * organisation
 */
record Draft(String title, @Nullable String summary, @Nullable UUID itemId, @Nullable Integer itemVersion,
		LocalDate opensOn, LocalDate closesOn, @Nullable String shortReason, boolean allowsIndividuals,
		List<Question> questions) {

	/** Anything outside these is a slip of the keyboard. */
	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

	Draft {
		title = title.strip();
		summary = blankAsNull(summary);
		shortReason = blankAsNull(shortReason);
		questions = List.copyOf(questions);
	}

	/**
	 * Refuses a window that closes before it opens, a draft named without its version (or
	 * a version without the draft), nothing to respond to, and a question that does not
	 * hold together.
	 */
	void requireSensible() {
		List<InvalidField> problems = new ArrayList<>();
		if (opensOn.isBefore(EARLIEST) || opensOn.isAfter(LATEST)) {
			problems.add(new InvalidField("opensOn", "must be from " + EARLIEST + " to " + LATEST));
		}
		if (closesOn.isBefore(EARLIEST) || closesOn.isAfter(LATEST)) {
			problems.add(new InvalidField("closesOn", "must be from " + EARLIEST + " to " + LATEST));
		}
		else if (!closesOn.isAfter(opensOn)) {
			problems.add(new InvalidField("closesOn", "must be after the day it opens"));
		}
		if ((itemId == null) != (itemVersion == null)) {
			problems.add(new InvalidField("itemVersion", "must be given with itemId, and only with it"));
		}
		if (itemId == null && questions.isEmpty()) {
			problems.add(new InvalidField("questions", "must ask at least one question, or consult on a draft"));
		}
		problems.addAll(Question.check(questions));
		if (!problems.isEmpty()) {
			throw Refusal.invalid("The consultation cannot be saved as written.", problems);
		}
	}

	private static @Nullable String blankAsNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
