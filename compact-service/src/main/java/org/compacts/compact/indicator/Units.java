package org.compacts.compact.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.compacts.servicekit.refusal.InvalidField;

/**
 * What an indicator's unit says of the values it may take: a percentage is from 0 to 100;
 * a unit written otherwise takes any number the column keeps. Pure, so that the rule is
 * tested alone.
 */
final class Units {

	/** How editors write a percentage, in any case. */
	static final Set<String> PERCENTAGES = Set.of("%", "percent", "per cent", "percentage");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Units() {
	}

	static boolean isPercentage(String unit) {
		return PERCENTAGES.contains(unit.strip().toLowerCase(Locale.ROOT));
	}

	/** Why a value cannot be in the unit, if it cannot. */
	static Optional<String> refusal(String unit, BigDecimal value) {
		if (isPercentage(unit) && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
			return Optional.of("must be from 0 to 100: the indicator's unit is " + unit.strip());
		}
		return Optional.empty();
	}

	/** The fields whose values the unit refuses, each with why. */
	static List<InvalidField> refusals(String unit, String field, BigDecimal value) {
		return refusal(unit, value).map(reason -> new InvalidField(field, reason)).stream().toList();
	}

}
