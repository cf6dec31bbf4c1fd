package org.compacts.compact.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The RAG of an indicator whose line runs from 40 on 2026-04-01 to 60 on 2027-04-01 (365
 * days): 50 is expected on 2026-09-30, half way (182.5 days in, so 2026-10-01 expects
 * 50.0274, the day after half way, and 2026-09-30 49.9726).
 */
class RagTest {

	static final Point BASELINE = point("40", "2026-04-01");

	static final Point TARGET = point("60", "2027-04-01");

	static final BigDecimal TOLERANCE = new BigDecimal("5");

	static Point point(String value, String on) {
		return new Point(new BigDecimal(value), LocalDate.parse(on));
	}

	static Rag higher(String value, String on) {
		return Rag.of(BASELINE, TARGET, Direction.HIGHER_IS_BETTER, TOLERANCE, point(value, on));
	}

	static Rag lower(String value, String on) {
		return Rag.of(TARGET, point("40", "2028-04-01"), Direction.LOWER_IS_BETTER, TOLERANCE, point(value, on));
	}

	@Test
	void noReadingIsNone() {
		assertThat(Rag.of(BASELINE, TARGET, Direction.HIGHER_IS_BETTER, TOLERANCE, null)).isEqualTo(Rag.NONE);
		assertThat(Rag.of(BASELINE, TARGET, Direction.LOWER_IS_BETTER, BigDecimal.ZERO, null)).isEqualTo(Rag.NONE);
	}

	@Nested
	class TheExpectedValue {

		@ParameterizedTest
		@CsvSource({ "2026-04-01, 40.0000", "2027-04-01, 60.0000", "2026-09-30, 49.9726", "2026-10-01, 50.0274",
				"2026-04-02, 40.0548", "2027-03-31, 59.9452" })
		void liesOnTheStraightLineFromTheBaselineToTheTarget(String on, String expected) {
			assertThat(Rag.expected(BASELINE, TARGET, LocalDate.parse(on))).isEqualTo(new BigDecimal(expected));
		}

		@ParameterizedTest
		@CsvSource({ "2026-03-31", "2020-01-01", "1900-01-01" })
		void isTheBaselineValueBeforeTheBaselineDay(String on) {
			assertThat(Rag.expected(BASELINE, TARGET, LocalDate.parse(on))).isEqualByComparingTo("40");
		}

		@ParameterizedTest
		@CsvSource({ "2027-04-02", "2030-12-31" })
		void isTheTargetValueAfterTheTargetDay(String on) {
			assertThat(Rag.expected(BASELINE, TARGET, LocalDate.parse(on))).isEqualByComparingTo("60");
		}

		@Test
		void fallsWhenTheTargetIsLowerThanTheBaseline() {
			assertThat(
					Rag.expected(point("30", "2026-01-01"), point("10", "2026-01-11"), LocalDate.parse("2026-01-04")))
				.isEqualByComparingTo("24");
		}

		@Test
		void needsATargetAfterTheBaseline() {
			assertThatThrownBy(() -> Rag.expected(TARGET, BASELINE, LocalDate.parse("2026-10-01")))
				.isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> Rag.expected(BASELINE, point("60", "2026-04-01"), LocalDate.parse("2026-10-01")))
				.isInstanceOf(IllegalArgumentException.class);
		}

	}

	@Nested
	class WhenHigherIsBetter {

		@ParameterizedTest
		@CsvSource({
				// above and on the line (2026-07-01 is 91 days in: 44.9863...)
				"2026-07-01, 50, GREEN", "2026-07-01, 44.9863, AMBER", "2026-07-01, 44.9864, GREEN",
				// short by up to the tolerance, and by more
				"2026-07-01, 40, AMBER", "2026-07-01, 39.9863, RED", "2026-07-01, 39.9864, AMBER",
				"2026-07-01, 0, RED" })
		void isGreenAboveTheLineAmberWithinTheToleranceBelowItRedBeyond(String on, String value, Rag rag) {
			assertThat(higher(value, on)).isEqualTo(rag);
		}

		@Test
		void isGreenExactlyOnTheLineAndAmberExactlyAtTheTolerance() {
			// the line from 0 to 10 over ten days expects 3 on the third
			Point from = point("0", "2026-01-01");
			Point to = point("10", "2026-01-11");
			assertThat(Rag.of(from, to, Direction.HIGHER_IS_BETTER, TOLERANCE, point("3", "2026-01-04")))
				.isEqualTo(Rag.GREEN);
			assertThat(Rag.of(from, to, Direction.HIGHER_IS_BETTER, new BigDecimal("1"), point("2", "2026-01-04")))
				.isEqualTo(Rag.AMBER);
			assertThat(Rag.of(from, to, Direction.HIGHER_IS_BETTER, new BigDecimal("1"), point("1.9999", "2026-01-04")))
				.isEqualTo(Rag.RED);
		}

		@Test
		void comparesWithTheBaselineBeforeTheBaselineDay() {
			assertThat(higher("40", "2026-01-01")).isEqualTo(Rag.GREEN);
			assertThat(higher("35", "2026-01-01")).isEqualTo(Rag.AMBER);
			assertThat(higher("34.9999", "2026-01-01")).isEqualTo(Rag.RED);
		}

		@Test
		void comparesWithTheTargetAfterTheTargetDay() {
			assertThat(higher("61", "2028-01-01")).isEqualTo(Rag.GREEN);
			assertThat(higher("60", "2028-01-01")).isEqualTo(Rag.GREEN);
			assertThat(higher("55", "2028-01-01")).isEqualTo(Rag.AMBER);
			assertThat(higher("54.9999", "2028-01-01")).isEqualTo(Rag.RED);
		}

		@Test
		void withNoToleranceAnythingShortIsRed() {
			Rag shortByALittle = Rag.of(BASELINE, TARGET, Direction.HIGHER_IS_BETTER, BigDecimal.ZERO,
					point("59.9999", "2027-04-01"));
			Rag onTarget = Rag.of(BASELINE, TARGET, Direction.HIGHER_IS_BETTER, BigDecimal.ZERO,
					point("60", "2027-04-01"));
			assertThat(shortByALittle).isEqualTo(Rag.RED);
			assertThat(onTarget).isEqualTo(Rag.GREEN);
		}

	}

	@Nested
	class WhenLowerIsBetter {

		// the line falls from 60 on 2027-04-01 to 40 on 2028-04-01 (366 days: a leap
		// year);
		// 2027-10-01 is 183 days in, half way: 50 expected

		@ParameterizedTest
		@CsvSource({ "2027-10-01, 45, GREEN", "2027-10-01, 50, GREEN", "2027-10-01, 50.0001, AMBER",
				"2027-10-01, 55, AMBER", "2027-10-01, 55.0001, RED", "2027-10-01, 90, RED" })
		void isGreenBelowTheLineAmberWithinTheToleranceAboveItRedBeyond(String on, String value, Rag rag) {
			assertThat(lower(value, on)).isEqualTo(rag);
		}

		@Test
		void comparesWithTheBaselineBeforeTheBaselineDayAndTheTargetAfterTheTargetDay() {
			assertThat(lower("60", "2027-01-01")).isEqualTo(Rag.GREEN);
			assertThat(lower("65", "2027-01-01")).isEqualTo(Rag.AMBER);
			assertThat(lower("65.0001", "2027-01-01")).isEqualTo(Rag.RED);
			assertThat(lower("40", "2029-01-01")).isEqualTo(Rag.GREEN);
			assertThat(lower("45", "2029-01-01")).isEqualTo(Rag.AMBER);
			assertThat(lower("45.0001", "2029-01-01")).isEqualTo(Rag.RED);
		}

		@Test
		void withNoToleranceAnythingAboveTheLineIsRed() {
			Point from = point("60", "2027-04-01");
			Point to = point("40", "2028-04-01");
			assertThat(Rag.of(from, to, Direction.LOWER_IS_BETTER, BigDecimal.ZERO, point("50.0001", "2027-10-01")))
				.isEqualTo(Rag.RED);
			assertThat(Rag.of(from, to, Direction.LOWER_IS_BETTER, BigDecimal.ZERO, point("50", "2027-10-01")))
				.isEqualTo(Rag.GREEN);
		}

	}

}
