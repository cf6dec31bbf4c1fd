package org.compacts.compact.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.compacts.compact.versioning.MeasurableCommitment;
import org.compacts.compact.versioning.MeasurableCommitment.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Judges a grant or contract against the measurable commitments of a published funding
 * code, as data: a code that drops a commitment stops asking for it, and one that raises
 * a standard asks for more. A commitment is recognised by its name (the term of funding,
 * full cost recovery, payment in advance, a notice period); the rest of a code's
 * commitments say nothing a funding record can show and are not checked.
 */
public final class FundingRules {

	private FundingRules() {
	}

	/** How a commitment came out for one record. */
	public enum Outcome {

		MET, NOT_MET, NOT_CHECKED

	}

	/** One commitment, what it asked, and why it was or was not met. */
	public record Finding(String commitment, Outcome outcome, String reason) {
	}

	/**
	 * The commitments of a funding code the rules recognise: none means it is no funding
	 * code.
	 */
	public static List<MeasurableCommitment> recognised(List<MeasurableCommitment> commitments) {
		return commitments.stream().filter(commitment -> rule(commitment).isPresent()).toList();
	}

	/** Every recognised commitment's finding, in the code's order. */
	public static List<Finding> check(Terms terms, List<MeasurableCommitment> commitments) {
		List<Finding> findings = new ArrayList<>();
		for (MeasurableCommitment commitment : commitments) {
			rule(commitment).ifPresent(rule -> findings.add(rule.judge(commitment, terms)));
		}
		return findings;
	}

	/** Compliant when no recognised commitment is left unmet. */
	public static boolean compliant(List<Finding> findings) {
		return findings.stream().noneMatch(finding -> finding.outcome() == Outcome.NOT_MET);
	}

	private interface Rule {

		Finding judge(MeasurableCommitment commitment, Terms terms);

	}

	private static Optional<Rule> rule(MeasurableCommitment commitment) {
		String name = commitment.name().toLowerCase(Locale.ROOT);
		if (name.contains("notice")) {
			return Optional.of(FundingRules::notice);
		}
		if (name.contains("term")) {
			return Optional.of(FundingRules::term);
		}
		if (name.contains("cost recovery")) {
			return Optional.of(FundingRules::fullCostRecovery);
		}
		if (name.contains("advance") || name.contains("arrears")) {
			return Optional.of(FundingRules::inAdvance);
		}
		return Optional.empty();
	}

	private static Finding term(MeasurableCommitment commitment, Terms terms) {
		@Nullable Integer asked = inUnit(commitment, "month", 12, "year");
		if (asked == null) {
			return unchecked(commitment);
		}
		int months = terms.termMonths();
		String measure = commitment.quantity() + " (" + asked + " months)";
		return switch (commitment.kind()) {
			case MINIMUM -> months >= asked ? met(commitment, months + " months is at least " + measure)
					: notMet(commitment, months + " months is shorter than the minimum of " + measure);
			case MAXIMUM -> months <= asked ? met(commitment, months + " months is at most " + measure)
					: notMet(commitment, months + " months is longer than the maximum of " + measure);
			case STANDARD -> {
				if (months >= asked) {
					yield met(commitment, months + " months meets the standard of " + measure);
				}
				// "where appropriate": a shorter term is compliant only with its reason
				// recorded
				String reason = terms.shorterTermReason();
				yield reason == null || reason.isBlank()
						? notMet(commitment,
								months + " months is shorter than the standard of " + measure
										+ " and no reason is recorded why a shorter term is appropriate")
						: met(commitment, months + " months is shorter than the standard of " + measure
								+ ", appropriate because: " + reason.strip());
			}
			case PRACTICE -> unchecked(commitment);
		};
	}

	private static Finding notice(MeasurableCommitment commitment, Terms terms) {
		@Nullable Integer asked = inUnit(commitment, "week", 1, "week");
		if (asked == null) {
			return unchecked(commitment);
		}
		int weeks = terms.noticeWeeks();
		return switch (commitment.kind()) {
			case MINIMUM, STANDARD -> weeks >= asked ? met(commitment, weeks + " weeks' notice is at least " + asked)
					: notMet(commitment, weeks + " weeks' notice is less than the " + asked + " weeks asked");
			case MAXIMUM -> weeks <= asked ? met(commitment, weeks + " weeks' notice is at most " + asked)
					: notMet(commitment, weeks + " weeks' notice is more than the " + asked + " weeks allowed");
			case PRACTICE -> unchecked(commitment);
		};
	}

	private static Finding fullCostRecovery(MeasurableCommitment commitment, Terms terms) {
		return terms.fullCostRecovery() ? met(commitment, "it recovers the full cost, overheads included")
				: notMet(commitment, "it does not recover the full cost of the work");
	}

	private static Finding inAdvance(MeasurableCommitment commitment, Terms terms) {
		return terms.payment() == Terms.Payment.IN_ADVANCE ? met(commitment, "it is paid in advance")
				: notMet(commitment, "it is paid in arrears, not in advance");
	}

	/**
	 * The commitment's amount in the record's unit: in that unit itself, or in the larger
	 * unit that converts exactly (years to months); null when it converts to neither
	 * exactly (weeks to months), so the rule says it could not check rather than guess.
	 */
	private static @Nullable Integer inUnit(MeasurableCommitment commitment, String unit, int perLarger,
			String larger) {
		if (commitment.kind() == Kind.PRACTICE || commitment.quantity() == null) {
			return null;
		}
		String given = commitment.quantity().unit().toLowerCase(Locale.ROOT);
		int amount = commitment.quantity().amount();
		if (given.startsWith(unit)) {
			return amount;
		}
		if (given.startsWith(larger)) {
			return amount * perLarger;
		}
		return null;
	}

	private static Finding met(MeasurableCommitment commitment, String reason) {
		return new Finding(commitment.name(), Outcome.MET, reason);
	}

	private static Finding notMet(MeasurableCommitment commitment, String reason) {
		return new Finding(commitment.name(), Outcome.NOT_MET, reason);
	}

	private static Finding unchecked(MeasurableCommitment commitment) {
		return new Finding(commitment.name(), Outcome.NOT_CHECKED,
				"the code asks for " + (commitment.quantity() == null ? "a practice" : commitment.quantity())
						+ ", which a funding record cannot be measured against");
	}

}
