package org.compacts.portal.indicator;

import java.math.BigDecimal;
import java.util.List;

import org.compacts.portal.backend.Refused;
import org.compacts.portal.backend.Refused.FieldError;
import org.compacts.portal.indicator.Typed.DateInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers and days as people type them, read before anything is sent; and the service's
 * field names turned into the form's.
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

	@Test
	void theServicesFieldsAreNamedAsTheFormNamesThemAndAStaleVersionIsNoField() {
		Refused refused = new Refused(400, "Not valid",
				List.of(new FieldError("target.on", "must be after the baseline"),
						new FieldError("itemIds[2]", "is not an item of this compact"),
						new FieldError("If-Match", "is not the current version"), new FieldError("name", "is taken")),
				null);

		assertThat(Typed.inFormNames(refused, IndicatorForm.NAMES).errors()).containsExactly(
				new FieldError("targetDate", "must be after the baseline"),
				new FieldError("principlesAndCodes", "is not an item of this compact"),
				new FieldError("name", "is taken"));
		assertThat(Typed
			.inFormNames(new Refused(409, "Taken", List.of(new FieldError("on", "has a reading")), null),
					ReadingForm.NAMES)
			.errors()).containsExactly(new FieldError("date", "has a reading"));
	}

}
