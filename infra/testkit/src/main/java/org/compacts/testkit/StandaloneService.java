package org.compacts.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A service started and stopped by a test itself, on the test servers' database, for
 * tests of what survives a crash: started once with Kafka out of reach, then again with
 * it. The service runs with its own {@code application.yml}, so its outbox settings are
 * the ones it runs with in production.
 *
 * @param application the service's {@code @SpringBootApplication} class
 * @param database the name of the service's database on the test PostgreSQL
 */
public record StandaloneService(Class<?> application, String database) {

	public ConfigurableApplicationContext withKafka() {
		return start(TestServers.kafka().bootstrapServers());
	}

	/**
	 * Kafka at a port nobody listens on: nothing is sent, and the service does not wait
	 * to create topics. Closing it is a crash: the shutdown waits for no send in
	 * progress.
	 */
	public ConfigurableApplicationContext withoutKafka() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return start("127.0.0.1:" + socket.getLocalPort());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ConfigurableApplicationContext start(String bootstrapServers) {
		Database db = TestServers.postgres().database(database);
		// as arguments, so they come before application.yml (the builder's properties
		// would come after)
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("server.port", "0");
		properties.put("spring.datasource.url", db.jdbcUrl());
		properties.put("spring.datasource.username", db.appUser());
		properties.put("spring.datasource.password", db.appPassword());
		properties.put("spring.flyway.user", db.ownerUser());
		properties.put("spring.flyway.password", db.ownerPassword());
		properties.put("spring.kafka.bootstrap-servers", bootstrapServers);
		properties.put("spring.kafka.admin.fail-fast", "false");
		properties.put("spring.kafka.admin.operation-timeout", "2s");
		properties.put("spring.lifecycle.timeout-per-shutdown-phase", "1s");
		properties.put("compacts.keycloak.url", "http://127.0.0.1:1");
		return new SpringApplicationBuilder(application).run(
				properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
	}

}
