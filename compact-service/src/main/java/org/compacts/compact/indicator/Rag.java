package org.compacts.compact.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * How an indicator stands: its latest reading against the value expected on that day, on
 * the straight line from the baseline to the target (the baseline's value before the
 * baseline's day, the target's after the target's). Green when the reading is no worse
 * than expected, amber when it falls short by at most the tolerance, red when by more;
 * none without a reading. Compared exactly, so a reading on the line is green whatever
 * the rounding of the expected value shown.
 */
enum Rag {

	GREEN, AMBER, RED, NONE;

	/** Decimal places of the expected value as shown; the values stored have as many. */
	static final int SCALE = 4;

	/**
	 * @param latest the latest reading, or null when there is none
	 */
	static Rag of(Point baseline, Point target, Direction direction, BigDecimal tolerance, @Nullable Point latest) {
		if (latest == null) {
			return NONE;
		}
		Fraction expected = Fraction.onLine(baseline, target, latest.on());
		BigDecimal value = latest.value().multiply(expected.denominator());
		// shortfall and tolerance both times the denominator: no division, no rounding
		BigDecimal shortfall = direction == Direction.HIGHER_IS_BETTER ? expected.numerator().subtract(value)
				: value.subtract(expected.numerator());
		if (shortfall.signum() <= 0) {
			return GREEN;
		}
		return shortfall.compareTo(tolerance.multiply(expected.denominator())) <= 0 ? AMBER : RED;
	}

	/** The value expected on a day, to {@link #SCALE} places. */
	static BigDecimal expected(Point baseline, Point target, LocalDate on) {
		Fraction expected = Fraction.onLine(baseline, target, on);
		return expected.numerator().divide(expected.denominator(), SCALE, RoundingMode.HALF_UP);
	}

	/** numerator / denominator, the denominator a whole number of days. */
	private record Fraction(BigDecimal numerator, BigDecimal denominator) {

		static Fraction onLine(Point baseline, Point target, LocalDate on) {
			if (!target.on().isAfter(baseline.on())) {
				throw new IllegalArgumentException("the target's day comes after the baseline's");
			}
			if (!on.isAfter(baseline.on())) {
				return new Fraction(baseline.value(), BigDecimal.ONE);
			}
			if (!on.isBefore(target.on())) {
				return new Fraction(target.value(), BigDecimal.ONE);
			}
			BigDecimal span = BigDecimal.valueOf(ChronoUnit.DAYS.between(baseline.on(), target.on()));
			BigDecimal elapsed = BigDecimal.valueOf(ChronoUnit.DAYS.between(baseline.on(), on));
			return new Fraction(
					baseline.value().multiply(span).add(target.value().subtract(baseline.value()).multiply(elapsed)),
					span);
		}

	}

}
