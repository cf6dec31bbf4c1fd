package org.compacts.portal.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.compacts.portal.indicator.Typed.DateInput;
import org.jspecify.annotations.Nullable;

/**
 * An indicator's definition as the editor typed it; version is the one they saw.
 */
record IndicatorForm(@Nullable String name, @Nullable String unit, @Nullable String baselineValue,
		@Nullable DateInput baselineDate, @Nullable String targetValue, @Nullable DateInput targetDate,
		@Nullable String direction, @Nullable String tolerance, @Nullable String visibility,
		@Nullable List<String> principlesAndCodes, @Nullable Long version) {

	/** The service's fields in the form's names, most specific first. */
	static final Map<String, String> NAMES = names();

	static final IndicatorForm BLANK = new IndicatorForm("", "", "", DateInput.BLANK, "", DateInput.BLANK, null, "",
			"COUNTY", List.of(), null);

	IndicatorForm {
		baselineDate = DateInput.orBlank(baselineDate);
		targetDate = DateInput.orBlank(targetDate);
		principlesAndCodes = principlesAndCodes == null ? List.of() : principlesAndCodes;
	}

	static IndicatorForm of(Indicator indicator) {
		return new IndicatorForm(indicator.name(), indicator.unit(), Indicator.plain(indicator.baseline().value()),
				DateInput.of(indicator.baseline().on()), Indicator.plain(indicator.target().value()),
				DateInput.of(indicator.target().on()), indicator.direction(), Indicator.plain(indicator.tolerance()),
				indicator.visibility(), indicator.links().stream().map(link -> link.itemId().toString()).toList(),
				indicator.version());
	}

	/** The contract's IndicatorInput; what could not be read is named in typed. */
	Map<String, @Nullable Object> request(Typed typed) {
		Map<String, @Nullable Object> baseline = new LinkedHashMap<>();
		baseline.put("value", typed.number("baselineValue", baselineValue));
		baseline.put("on", typed.day("baselineDate", baselineDate));
		Map<String, @Nullable Object> target = new LinkedHashMap<>();
		target.put("value", typed.number("targetValue", targetValue));
		target.put("on", typed.day("targetDate", targetDate));
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("unit", unit);
		body.put("baseline", baseline);
		body.put("target", target);
		body.put("direction", blankAsNull(direction));
		body.put("tolerance", typed.number("tolerance", tolerance));
		body.put("visibility", blankAsNull(visibility));
		body.put("itemIds", principlesAndCodes);
		return body;
	}

	static @Nullable String blankAsNull(@Nullable String choice) {
		return choice == null || choice.isBlank() ? null : choice;
	}

	private static Map<String, String> names() {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("baseline.value", "baselineValue");
		names.put("baseline.on", "baselineDate");
		names.put("baseline", "baselineValue");
		names.put("target.value", "targetValue");
		names.put("target.on", "targetDate");
		names.put("target", "targetValue");
		names.put("itemIds", "principlesAndCodes");
		return names;
	}

}
