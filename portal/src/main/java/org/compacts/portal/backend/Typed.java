package org.compacts.portal.backend;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.compacts.portal.backend.Refused.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * What the fields of one form say, read as the service takes them: each day and number,
 * or, for what cannot even be sent (no JSON has a 30 February), every field at fault at
 * once, so that a person fixes them all in one go. A blank field is left to the service,
 * which alone knows whether it is needed. {@link Forms#send} makes one per post.
 */
public final class Typed {

	/**
	 * Digits with an optional sign and decimals; thousands separators are dropped first.
	 */
	private static final Pattern NUMBER = Pattern.compile("-?\\d{1,12}(\\.\\d{1,6})?");

	private final List<FieldError> errors = new ArrayList<>();

	Typed() {
	}

	/**
	 * The day as the service takes it ({@code 2027-03-31}), or null: when all three parts
	 * are blank, so that the service says whether the day is needed; or when it is no day
	 * at all, which the form is refused for. The year must have four digits: "27" is no
	 * year a person means.
	 * @param field the form's name for the day, named in the refusal
	 */
	public @Nullable String day(String field, @Nullable DateInput input) {
		DateInput typed = DateInput.orBlank(input);
		String d = strip(typed.day());
		String m = strip(typed.month());
		String y = strip(typed.year());
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
	public @Nullable BigDecimal number(String field, @Nullable String typed) {
		String text = strip(typed).replace(",", "");
		if (text.isEmpty()) {
			return null;
		}
		if (!NUMBER.matcher(text).matches()) {
			return refuse(field, "must be a number, for example 12.5");
		}
		return new BigDecimal(text);
	}

	/**
	 * Names a field the form's own reading found at fault (a progress that is no
	 * percentage); the form is then refused with the others.
	 * @return null, for the field's place in the body that is not sent
	 */
	public <T> @Nullable T refuse(String field, String reason) {
		errors.add(new FieldError(field, reason));
		return null;
	}

	/** Why the form cannot be sent, if it cannot. */
	Optional<Refused> refusal() {
		return errors.isEmpty() ? Optional.empty()
				: Optional.of(new Refused(400, "The form has fields that are not valid.", List.copyOf(errors), null));
	}

	private static String strip(@Nullable String typed) {
		return typed == null ? "" : typed.strip();
	}

}
