package org.compacts.compact.web;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A day something happened in a compact's life (a signing, a nomination, a withdrawal):
 * recorded once it happened, so not after today in England, and not before 1900. Anything
 * else is a slip of the keyboard, and the database could not store the far ends of it
 * anyway.
 */
@Documented
@Constraint(validatedBy = DayOfRecord.Check.class)
@Target({ FIELD, METHOD, PARAMETER, ANNOTATION_TYPE })
@Retention(RUNTIME)
public @interface DayOfRecord {

	String message() default "must be a day from 1900-01-01 to today";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Null is for {@code @NotNull} to refuse. */
	class Check implements ConstraintValidator<DayOfRecord, LocalDate> {

		private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);

		private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

		@Override
		public boolean isValid(LocalDate day, ConstraintValidatorContext context) {
			return day == null || !day.isBefore(FIRST) && !day.isAfter(LocalDate.now(ENGLAND));
		}

	}

}
