package org.compacts.compact.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.compacts.compact.federation.Visibility;
import org.compacts.servicekit.refusal.ExpectedVersion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators of the current tenant and their readings as an editor would define and take
 * them, by the same rules: the demo plans of the embedded default.
 */
@Service
@Transactional
public class DemoIndicatorLoader {

	private final IndicatorRegister register;

	DemoIndicatorLoader(IndicatorRegister register) {
		this.register = register;
	}

	/** The indicator's id. */
	public UUID define(String name, String unit, BigDecimal baseline, LocalDate baselineOn, BigDecimal target,
			LocalDate targetOn, boolean higherIsBetter, BigDecimal tolerance, Visibility visibility, String by) {
		Definition definition = new Definition(name, unit, new Point(baseline, baselineOn), new Point(target, targetOn),
				higherIsBetter ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER, tolerance, visibility,
				List.of());
		return register.define(definition, by).indicator().id();
	}

	public void read(UUID indicator, BigDecimal value, LocalDate on, String source, String by) {
		register.record(indicator, ExpectedVersion.any(), new Point(value, on), null, source, by);
	}

}
