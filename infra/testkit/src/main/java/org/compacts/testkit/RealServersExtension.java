package org.compacts.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Starts what {@link RealServers} asks for before Spring builds the test's application context. */
public final class RealServersExtension implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		RealServers wanted = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), RealServers.class)
			.orElseThrow(() -> new IllegalStateException("@RealServers is missing on " + context.getDisplayName()));
		if (!wanted.database().isEmpty()) {
			Database db = TestServers.postgres().database(wanted.database());
			System.setProperty("spring.datasource.url", db.jdbcUrl());
			System.setProperty("spring.datasource.username", db.appUser());
			System.setProperty("spring.datasource.password", db.appPassword());
			System.setProperty("spring.flyway.user", db.ownerUser());
			System.setProperty("spring.flyway.password", db.ownerPassword());
		}
		if (wanted.kafka()) {
			System.setProperty("spring.kafka.bootstrap-servers", TestServers.kafka().bootstrapServers());
		}
		if (wanted.keycloak()) {
			System.setProperty("compacts.keycloak.url", TestServers.keycloak().url());
		}
	}

}
