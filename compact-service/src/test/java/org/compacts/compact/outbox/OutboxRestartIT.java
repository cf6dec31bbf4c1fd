package org.compacts.compact.outbox;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.compacts.compact.CompactServiceApplication;
import org.compacts.compact.item.ItemKind;
import org.compacts.compact.item.SharedItems;
import org.compacts.compact.tenancy.CurrentTenant;
import org.compacts.compact.versioning.Mode;
import org.compacts.compact.versioning.PrincipleContent;
import org.compacts.compact.versioning.Stamp;
import org.compacts.testkit.Database;
import org.compacts.testkit.TestServers;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's promise across a restart: a publication committed while Kafka could not be reached is
 * kept as incomplete, and the next start of the service sends it.
 */
class OutboxRestartIT {

	private static ConfigurableApplicationContext start(String bootstrapServers) {
		Database db = TestServers.postgres().database("compacts");
		// as arguments, so they come before application.yml (the builder's properties would come after)
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("server.port", "0");
		properties.put("spring.datasource.url", db.jdbcUrl());
		properties.put("spring.datasource.username", db.appUser());
		properties.put("spring.datasource.password", db.appPassword());
		properties.put("spring.flyway.user", db.ownerUser());
		properties.put("spring.flyway.password", db.ownerPassword());
		properties.put("spring.kafka.bootstrap-servers", bootstrapServers);
		// fail a send to an absent broker soon, and do not wait for it to create topics
		properties.put("spring.kafka.producer.properties.max.block.ms", "2000");
		properties.put("spring.kafka.admin.fail-fast", "false");
		properties.put("spring.kafka.admin.operation-timeout", "2s");
		properties.put("compacts.keycloak.url", "http://127.0.0.1:1");
		return new SpringApplicationBuilder(CompactServiceApplication.class)
			.run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Test
	void aPublicationThatCouldNotBeSentIsSentAfterARestart() throws IOException {
		UUID id;
		try (ConfigurableApplicationContext withoutKafka = start("127.0.0.1:" + closedPort())) {
			SharedItems items = withoutKafka.getBean(SharedItems.class);
			Stamp stamp = new Stamp("kim.admin", Instant.now());
			id = CurrentTenant.callAs("kent", () -> items
				.create(ItemKind.PRINCIPLE, new PrincipleContent("Trust", "We will trust each other."), Mode.CORE, stamp)
				.id());

			CurrentTenant.callAs("kent", () -> items.move(ItemKind.PRINCIPLE, id, SharedItems.Move.PUBLISH, 1, stamp));

			JdbcTemplate jdbc = withoutKafka.getBean(JdbcTemplate.class);
			org.awaitility.Awaitility.await()
				.until(() -> jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE completion_date IS NULL"
						+ " AND serialized_event LIKE ?", Integer.class, "%" + id + "%") == 1);
		}

		try (ConfigurableApplicationContext restarted = start(TestServers.kafka().bootstrapServers());
				SharedItemsTopic topic = new SharedItemsTopic()) {
			assertThat(topic.awaitFor("kent/" + id)).hasSize(1)
				.allSatisfy(message -> assertThat(message.value().path("version").asInt()).isEqualTo(1));
		}
	}

}
