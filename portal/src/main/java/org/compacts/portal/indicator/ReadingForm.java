package org.compacts.portal.indicator;

import java.util.LinkedHashMap;
import java.util.Map;

import org.compacts.portal.indicator.Typed.DateInput;
import org.jspecify.annotations.Nullable;

/**
 * A reading as the editor typed it; version is the indicator's, as the page showed it.
 */
record ReadingForm(@Nullable DateInput date, @Nullable String value, @Nullable String note, @Nullable String source,
		@Nullable Long version) {

	/** The service's fields in the form's names. */
	static final Map<String, String> NAMES = Map.of("on", "date");

	static final ReadingForm BLANK = new ReadingForm(DateInput.BLANK, "", "", "", null);

	ReadingForm {
		date = DateInput.orBlank(date);
	}

	/** The contract's reading; what could not be read is named in typed. */
	Map<String, @Nullable Object> request(Typed typed) {
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("on", typed.day("date", date));
		body.put("value", typed.number("value", value));
		body.put("note", IndicatorForm.blankAsNull(note));
		body.put("source", IndicatorForm.blankAsNull(source));
		return body;
	}

}
