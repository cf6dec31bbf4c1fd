package org.compacts.compact.consultation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.compacts.compact.versioning.MeasurableCommitment;
import org.jspecify.annotations.Nullable;

/**
 * How long a consultation must run, as the compact's own published Consultation code
 * says: its standard and minimum periods. A window shorter than the minimum is refused
 * unless a reason is given (and the reason is then published with the consultation); one
 * shorter than the standard is allowed with a warning. A compact without such a code
 * follows the national standard, 12 weeks with a minimum of 8, and says so.
 *
 * @param standardDays the period expected as a rule
 * @param minimumDays the shortest period allowed without a reason
 * @param source the code version the rule came from ("Consultation, version 2"), or null
 * for the national default
 */
record WindowRule(int standardDays, int minimumDays, @Nullable String source) {

	static final WindowRule NATIONAL_DEFAULT = new WindowRule(12 * 7, 8 * 7, null);

	/** What the rule says of one window. */
	enum Verdict {

		/** At least the standard period. */
		ALLOWED,
		/** Shorter than the standard, at least the minimum: allowed, with a warning. */
		WARNED,
		/** Shorter than the minimum, with a reason that is published. */
		ALLOWED_WITH_REASON,
		/** Shorter than the minimum and no reason given. */
		REFUSED

	}

	/** A verdict and the sentence a person reads about it. */
	record Judgement(Verdict verdict, String message) {

		boolean refused() {
			return verdict == Verdict.REFUSED;
		}

	}

	/**
	 * The rule of a code's commitments: its STANDARD and MINIMUM periods counted in weeks
	 * or days (one named for consultation first, when there are several of a kind). A
	 * code that lacks either gives the national default, since half a rule is no rule.
	 * @param source the code version the commitments belong to, as the page names it
	 */
	static WindowRule of(List<MeasurableCommitment> commitments, String source) {
		Optional<Integer> standard = period(commitments, MeasurableCommitment.Kind.STANDARD);
		Optional<Integer> minimum = period(commitments, MeasurableCommitment.Kind.MINIMUM);
		if (standard.isEmpty() || minimum.isEmpty()) {
			return NATIONAL_DEFAULT;
		}
		return new WindowRule(standard.get(), Math.min(minimum.get(), standard.get()), source);
	}

	private static Optional<Integer> period(List<MeasurableCommitment> commitments, MeasurableCommitment.Kind kind) {
		List<MeasurableCommitment> ofKind = commitments.stream()
			.filter(commitment -> commitment.kind() == kind && commitment.quantity() != null
					&& days(commitment.quantity()).isPresent())
			.toList();
		return ofKind.stream()
			.filter(commitment -> commitment.name().toLowerCase(Locale.ROOT).contains("consultation"))
			.findFirst()
			.or(() -> ofKind.stream().findFirst())
			.flatMap(commitment -> days(commitment.quantity()));
	}

	private static Optional<Integer> days(MeasurableCommitment.@Nullable Quantity quantity) {
		if (quantity == null) {
			return Optional.empty();
		}
		return switch (quantity.unit().strip().toLowerCase(Locale.ROOT)) {
			case "week", "weeks" -> Optional.of(quantity.amount() * 7);
			case "day", "days" -> Optional.of(quantity.amount());
			default -> Optional.empty();
		};
	}

	/**
	 * @param opens the day it opens
	 * @param closes the day it closes: a window from a Monday to the Monday ten weeks
	 * later is ten weeks long, as people count it
	 * @param reason why it is shorter than the minimum, if it is
	 */
	Judgement judge(LocalDate opens, LocalDate closes, @Nullable String reason) {
		long days = ChronoUnit.DAYS.between(opens, closes);
		String length = describe(days);
		if (days < minimumDays) {
			if (reason == null || reason.isBlank()) {
				return new Judgement(Verdict.REFUSED,
						length + " is shorter than the minimum of " + describe(minimumDays) + " " + origin()
								+ ": give the reason, which is published with the consultation.");
			}
			return new Judgement(Verdict.ALLOWED_WITH_REASON, length + " is shorter than the minimum of "
					+ describe(minimumDays) + " " + origin() + "; the reason is published with it.");
		}
		if (days < standardDays) {
			return new Judgement(Verdict.WARNED,
					length + " is shorter than the standard of " + describe(standardDays) + " " + origin() + ".");
		}
		return new Judgement(Verdict.ALLOWED,
				length + " meets the standard of " + describe(standardDays) + " " + origin() + ".");
	}

	/** Where the numbers come from, as the page says it. */
	String origin() {
		return source == null ? "(the national standard: this compact has no Consultation code that sets one)"
				: "(" + source + ")";
	}

	int standardWeeks() {
		return standardDays / 7;
	}

	int minimumWeeks() {
		return minimumDays / 7;
	}

	private static String describe(long days) {
		if (days % 7 == 0) {
			return days / 7 + (days == 7 ? " week" : " weeks");
		}
		return days + (days == 1 ? " day" : " days");
	}

}
