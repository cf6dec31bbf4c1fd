package org.compacts.contracts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A record's schema version must be the one its consumer knows: a consumer refuses any
 * other rather than guess what it means.
 */
@Documented
@Min(0)
@Max(0)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownSchemaVersion {

	/** The schema version this consumer knows. */
	@OverridesAttribute(constraint = Min.class, name = "value")
	@OverridesAttribute(constraint = Max.class, name = "value")
	long value();

	String message() default "schema version ${validatedValue} is not the known {value}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
