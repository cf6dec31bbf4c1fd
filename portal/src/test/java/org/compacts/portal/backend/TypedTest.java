package org.compacts.portal.backend;

import java.math.BigDecimal;
import java.util.List;

import org.compacts.portal.backend.Refused.FieldError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers and days as people type them, read before anything is sent.
 */
class TypedTest {

	@Test
	void numbersAreReadAsTypedWithThousandsSeparatorsAndBlankIsLeftToTheService() {
		Typed typed = new Typed();

		assertThat(typed.number("value", " 1,250.5 ")).isEqualByComparingTo(new BigDecimal("1250.5"));
		assertThat(typed.number("value", "-3")).isEqualByComparingTo(new BigDecimal("-3"));
		assertThat(typed.number("value", "  ")).isNull();
		assertThat(typed.refusal()).isEmpty();
	}

	@Test
	void everyFieldThatIsNoNumberOrNoDayIsNamedAtOnce() {
		Typed typed = new Typed();

		assertThat(typed.number("tolerance", "5%")).isNull();
		assertThat(typed.number("value", "1e3")).isNull();
		assertThat(typed.day("baselineDate", new DateInput("29", "2", "2027"))).isNull();
		assertThat(typed.day("targetDate", new DateInput("1", "", "2028"))).isNull();
		assertThat(typed.day("date", new DateInput("1", "4", "27"))).isNull();

		assertThat(typed.refusal()).get()
			.extracting(Refused::errors)
			.isEqualTo(List.of(new FieldError("tolerance", "must be a number, for example 12.5"),
					new FieldError("value", "must be a number, for example 12.5"),
					new FieldError("baselineDate", "must be a real date, for example 31 3 2027"),
					new FieldError("targetDate", "must include a day, a month and a year"),
					new FieldError("date", "must be a real date, in numbers, for example 31 3 2027")));
	}

	@Test
	void aRealDayIsSentAsTheServiceTakesItAndABlankOneIsLeftToTheService() {
		Typed typed = new Typed();

		assertThat(typed.day("date", new DateInput(" 1", "4 ", "2027"))).isEqualTo("2027-04-01");
		assertThat(typed.day("date", DateInput.BLANK)).isNull();
		assertThat(typed.refusal()).isEmpty();
	}

}
