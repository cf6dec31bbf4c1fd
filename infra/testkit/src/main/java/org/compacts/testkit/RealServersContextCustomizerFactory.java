package org.compacts.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Reads {@link RealServers} on a Spring test and hands its servers' addresses to the
 * context.
 */
class RealServersContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		var wanted = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
			.get(RealServers.class);
		if (!wanted.isPresent()) {
			return null;
		}
		return new Customizer(wanted.getString("database"), wanted.getBoolean("kafka"), wanted.getBoolean("keycloak"));
	}

	/**
	 * A record, so that equal requests share a cached context and different ones never
	 * do.
	 */
	record Customizer(String database, boolean kafka, boolean keycloak) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			Map<String, Object> properties = new LinkedHashMap<>();
			if (!database.isEmpty()) {
				Database db = TestServers.postgres().database(database);
				properties.put("spring.datasource.url", db.jdbcUrl());
				properties.put("spring.datasource.username", db.appUser());
				properties.put("spring.datasource.password", db.appPassword());
				properties.put("spring.flyway.user", db.ownerUser());
				properties.put("spring.flyway.password", db.ownerPassword());
			}
			if (kafka) {
				properties.put("spring.kafka.bootstrap-servers", TestServers.kafka().bootstrapServers());
			}
			if (keycloak) {
				properties.put("compacts.keycloak.url", TestServers.keycloak().url());
			}
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("realServers", properties));
		}

	}

}
