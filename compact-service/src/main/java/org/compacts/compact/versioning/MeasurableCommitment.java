package org.compacts.compact.versioning;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A commitment inside a code that can be checked, kept as data rather than prose so that
 * monitoring and the diff can see it: "minimum consultation period", at least 8 weeks; or
 * "full cost recovery", a practice the partners commit to, with no number to it. Its name
 * identifies it within the code.
 *
 * @param quantity present for MINIMUM, STANDARD and MAXIMUM, absent (null) for a PRACTICE
 */
public record MeasurableCommitment(String name, Kind kind, @Nullable Quantity quantity) {

	public enum Kind {

		/** At least the quantity (a floor: "a minimum of 8 weeks"). */
		MINIMUM,
		/** The quantity expected as a rule ("12 weeks as per the national standard"). */
		STANDARD,
		/** At most the quantity (a ceiling: "pay within 30 days"). */
		MAXIMUM,
		/** Something done or not, with no quantity ("payment in advance"). */
		PRACTICE

	}

	/**
	 * Whole numbers only: the commitments in the compacts are counted in weeks, days and
	 * years.
	 */
	public record Quantity(int amount, String unit) {

		public Quantity {
			Objects.requireNonNull(unit, "unit");
			if (amount < 0) {
				throw new IllegalArgumentException("a quantity is not negative: " + amount);
			}
		}

		@Override
		public String toString() {
			return amount + " " + unit;
		}

	}

	public MeasurableCommitment {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
		if ((kind == Kind.PRACTICE) != (quantity == null)) {
			throw new IllegalArgumentException(
					"a practice has no quantity and every other commitment has one: " + name + " (" + kind + ")");
		}
	}

	public static MeasurableCommitment minimum(String name, int amount, String unit) {
		return new MeasurableCommitment(name, Kind.MINIMUM, new Quantity(amount, unit));
	}

	public static MeasurableCommitment standard(String name, int amount, String unit) {
		return new MeasurableCommitment(name, Kind.STANDARD, new Quantity(amount, unit));
	}

	public static MeasurableCommitment maximum(String name, int amount, String unit) {
		return new MeasurableCommitment(name, Kind.MAXIMUM, new Quantity(amount, unit));
	}

	public static MeasurableCommitment practice(String name) {
		return new MeasurableCommitment(name, Kind.PRACTICE, null);
	}

	/**
	 * What the commitment asks for, as a person reads it: "8 weeks", or nothing for a
	 * practice.
	 */
	String measure() {
		return quantity == null ? "" : quantity.toString();
	}

}
