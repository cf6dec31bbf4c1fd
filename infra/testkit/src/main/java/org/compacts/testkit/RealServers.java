package org.compacts.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class real servers, shared by the whole test JVM, and points Spring Boot at them through
 * system properties ({@code spring.datasource.*}, {@code spring.flyway.*}, {@code spring.kafka.*},
 * {@code compacts.keycloak.url}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RealServersExtension.class)
public @interface RealServers {

	/** The service's database; none when empty. */
	String database() default "";

	boolean kafka() default false;

	boolean keycloak() default false;

}
