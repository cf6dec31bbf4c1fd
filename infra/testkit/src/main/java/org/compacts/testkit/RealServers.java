package org.compacts.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a Spring Boot test real servers, shared by the whole test JVM (Keycloak by every
 * test JVM of the Maven run, its realm reset for each: {@link SharedKeycloak}), and
 * points the application at them ({@code spring.datasource.*}, {@code spring.flyway.*},
 * {@code spring.kafka.*}, {@code compacts.keycloak.url}). What it asks for is part of the
 * test context's identity, so a context built without Keycloak is never reused for a test
 * that needs it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RealServers {

	/** The service's database; none when empty. */
	String database() default "";

	boolean kafka() default false;

	boolean keycloak() default false;

}
