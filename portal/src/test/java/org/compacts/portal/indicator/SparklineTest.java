package org.compacts.portal.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.compacts.portal.indicator.Indicator.Point;
import org.compacts.portal.indicator.Indicator.Rag;
import org.compacts.portal.indicator.Indicator.Reading;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart's geometry: days across from the earliest to the latest day shown, values up
 * from the lowest to the highest, readings drawn oldest first.
 */
class SparklineTest {

	static final LocalDate START = LocalDate.of(2026, 1, 1);

	@Test
	void readingsAreDrawnOldestFirstBetweenTheBaselineAndTheTargetWithTheirWords() {
		Indicator indicator = indicator(
				List.of(reading(START.plusDays(200), "25"), reading(START.plusDays(100), "10")));

		Sparkline chart = Sparkline.of(indicator, LocalDate::toString);

		assertThat(chart).isNotNull();
		// baseline (day 0, 0) bottom left; target (day 400, 100) top right; 580 by 140
		// inside
		assertThat(chart.from()).isEqualTo(new Sparkline.Dot("10.0", "150.0"));
		assertThat(chart.to()).isEqualTo(new Sparkline.Dot("590.0", "10.0"));
		assertThat(chart.readings()).isEqualTo("155.0,136.0 300.0,115.0");
		assertThat(chart.dots()).hasSize(2);
		assertThat(chart.getViewBox()).isEqualTo("0 0 600 160");
		assertThat(chart.description()).isEqualTo(
				"2 readings, from 10 organisations on 2026-04-11 to 25 organisations on 2026-07-20, against the line from the baseline, 0 organisations on 2026-01-01, to the target, 100 organisations on 2027-02-05.");
	}

	@Test
	void aReadingOutsideTheBaselineAndTargetWidensTheChart() {
		Sparkline chart = Sparkline.of(indicator(List.of(reading(START.plusDays(800), "200"))), LocalDate::toString);

		assertThat(chart).isNotNull();
		assertThat(chart.readings()).isEqualTo("590.0,10.0");
		assertThat(chart.to()).isEqualTo(new Sparkline.Dot("300.0", "80.0"));
		assertThat(chart.description()).startsWith("One reading, from 200 organisations");
	}

	@Test
	void anIndicatorWithoutReadingsHasNoChart() {
		assertThat(Sparkline.of(indicator(List.of()), LocalDate::toString)).isNull();
	}

	private static Indicator indicator(List<Reading> readings) {
		return new Indicator(UUID.randomUUID(), "Organisations trained", "organisations",
				new Point(BigDecimal.ZERO, START), new Point(new BigDecimal("100"), START.plusDays(400)),
				"HIGHER_IS_BETTER", BigDecimal.ONE, "COUNTY", List.of(), readings, null, null, Rag.NONE, 1);
	}

	private static Reading reading(LocalDate on, String value) {
		return new Reading(UUID.randomUUID(), on, new BigDecimal(value), null, null, null, null);
	}

}
