package org.compacts.portal.indicator;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.compacts.portal.backend.Refused;
import org.compacts.portal.backend.Refused.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * What the fields of one form say, read as the service takes them: each day and number,
 * or, for what cannot even be sent, every field at fault at once, named as the form names
 * it.
 */
final class Typed {

	/**
	 * Digits with an optional sign and decimals; thousands separators are dropped first.
	 */
	private static final Pattern NUMBER = Pattern.compile("-?\\d{1,12}(\\.\\d{1,6})?");

	private final List<FieldError> errors = new ArrayList<>();

	/**
	 * What a GOV.UK date input sent, each part as typed; its inputs are named
	 * {@code field.day}, {@code field.month} and {@code field.year}.
	 */
	record DateInput(@Nullable String day, @Nullable String month, @Nullable String year) {

		static final DateInput BLANK = new DateInput("", "", "");

		static DateInput of(LocalDate date) {
			return new DateInput(Integer.toString(date.getDayOfMonth()), Integer.toString(date.getMonthValue()),
					Integer.toString(date.getYear()));
		}

		static DateInput orBlank(@Nullable DateInput input) {
			return input == null ? BLANK : input;
		}

	}

	/**
	 * The day as the service takes it ({@code 2027-03-31}), or null: when all three parts
	 * are blank, so that the service says the day is needed; or when it is no day at all,
	 * which the form is refused for.
	 */
	@Nullable String day(String field, DateInput input) {
		String d = strip(input.day());
		String m = strip(input.month());
		String y = strip(input.year());
		if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
			return null;
		}
		if (d.isEmpty() || m.isEmpty() || y.isEmpty()) {
			return refuse(field, "must include a day, a month and a year");
		}
		if (!(d + m + y).chars().allMatch(Character::isDigit) || d.length() > 2 || m.length() > 2 || y.length() != 4) {
			return refuse(field, "must be a real date, in numbers, for example 31 3 2027");
		}
		try {
			return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)).toString();
		}
		catch (DateTimeException ex) {
			return refuse(field, "must be a real date, for example 31 3 2027");
		}
	}

	/**
	 * The number as typed ("1,250.5" is 1250.5), or null: when blank, so that the service
	 * says it is needed; or when it is not a number, which the form is refused for.
	 */
	@Nullable BigDecimal number(String field, @Nullable String typed) {
		String text = strip(typed).replace(",", "");
		if (text.isEmpty()) {
			return null;
		}
		if (!NUMBER.matcher(text).matches()) {
			return refuse(field, "must be a number, for example 12.5");
		}
		return new BigDecimal(text);
	}

	/** Why the form cannot be sent, if it cannot. */
	Optional<Refused> refusal() {
		return errors.isEmpty() ? Optional.empty()
				: Optional.of(new Refused(400, "The form has fields that are not valid.", List.copyOf(errors), null));
	}

	/**
	 * The service's refusal in the form's names ({@code target.on} is the form's
	 * {@code targetDate}), so that the summary names the field a person sees and links to
	 * its input. A stale version is no field of the form: the summary then gives the
	 * service's reason.
	 * @param names the service's field (or the start of it) to the form's, most specific
	 * first
	 */
	static Refused inFormNames(Refused refused, Map<String, String> names) {
		List<FieldError> renamed = refused.errors()
			.stream()
			.filter(error -> !"If-Match".equalsIgnoreCase(error.field()))
			.map(error -> new FieldError(formName(error.field(), names), error.reason()))
			.toList();
		return new Refused(refused.status(), refused.detail(), renamed, refused.currentVersion());
	}

	private static String formName(String field, Map<String, String> names) {
		return names.entrySet()
			.stream()
			.filter(name -> field.equals(name.getKey()) || field.startsWith(name.getKey() + ".")
					|| field.startsWith(name.getKey() + "["))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(field);
	}

	private <T> @Nullable T refuse(String field, String reason) {
		errors.add(new FieldError(field, reason));
		return null;
	}

	private static String strip(@Nullable String typed) {
		return typed == null ? "" : typed.strip();
	}

}
