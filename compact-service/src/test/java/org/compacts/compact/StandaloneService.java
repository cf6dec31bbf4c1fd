package org.compacts.compact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

import org.compacts.testkit.Database;
import org.compacts.testkit.TestServers;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * compact-service started and stopped by a test itself, on the test servers' database,
 * for tests of what survives a stop: started once with Kafka out of reach, then again
 * with it.
 */
public final class StandaloneService {

	private StandaloneService() {
	}

	public static ConfigurableApplicationContext withKafka() {
		return start(TestServers.kafka().bootstrapServers());
	}

	/**
	 * Kafka at a port nobody listens on: sends fail soon, and the service does not wait
	 * to create topics.
	 */
	public static ConfigurableApplicationContext withoutKafka() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return start("127.0.0.1:" + socket.getLocalPort());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ConfigurableApplicationContext start(String bootstrapServers) {
		Database db = TestServers.postgres().database("compacts");
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
		properties.put("spring.kafka.producer.properties.max.block.ms", "2000");
		properties.put("spring.kafka.admin.fail-fast", "false");
		properties.put("spring.kafka.admin.operation-timeout", "2s");
		properties.put("compacts.keycloak.url", "http://127.0.0.1:1");
		return new SpringApplicationBuilder(CompactServiceApplication.class).run(
				properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
	}

}
