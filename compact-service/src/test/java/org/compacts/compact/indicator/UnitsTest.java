package org.compacts.compact.indicator;

import java.math.BigDecimal;

import org.compacts.servicekit.refusal.InvalidField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A percentage is from 0 to 100, however its unit is written; any other unit takes any
 * number.
 */
class UnitsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "%|0", "%|100", "%|55.5", "' Percent '|100", "per cent|0.0001",
			"percentage|99.9999", "organisations|101", "days|-3", "£|1000000" })
	void aValueInItsUnitIsTaken(String unit, String value) {
		assertThat(Units.refusal(unit, new BigDecimal(value))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "%|101", "%|100.0001", "%|-1", "PERCENT|250", "per cent|-0.5" })
	void aPercentageOutside0To100IsRefusedNamingTheField(String unit, String value) {
		assertThat(Units.refusals(unit, "value", new BigDecimal(value))).containsExactly(
				new InvalidField("value", "must be from 0 to 100: the indicator's unit is " + unit.strip()));
	}

}
