package org.compacts.compact.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.compacts.compact.Api;
import org.compacts.compact.item.ItemKind;
import org.compacts.compact.item.SharedItems;
import org.compacts.compact.tenancy.CurrentTenant;
import org.compacts.compact.versioning.Mode;
import org.compacts.compact.versioning.PrincipleContent;
import org.compacts.compact.versioning.Stamp;
import org.compacts.contracts.sync.SharedItemPublished;
import org.compacts.testkit.RealServers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A publication and its event commit together: what is published reaches
 * compacts.shared-items through the event publication registry, keyed by source tenant
 * and item, and a rolled-back publication sends nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class OutboxIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	SharedItems items;

	@Test
	void aPublishedVersionReachesTheSharedItemsTopicKeyedBySourceAndItem() {
		Api api = new Api(port, jdbc, transactions);
		String id = api
			.post("/api/t/kent/principles", "kim.admin",
					java.util.Map.of("title", "Openness", "text", "We will be open.", "mode", "CORE"))
			.json()
			.path("id")
			.asString();

		api.post("/api/t/kent/principles/" + id + "/versions/1/publication", "kim.admin", null);

		try (SharedItemsTopic topic = new SharedItemsTopic()) {
			List<SharedItemsTopic.Message> messages = topic.awaitFor("kent/" + id);
			assertThat(messages).hasSize(1);
			SharedItemsTopic.Message message = messages.get(0);
			assertThat(message.typeIds()).containsExactly(SharedItemPublished.class.getName());
			assertThat(message.value().path("sourceTenant").asString()).isEqualTo("kent");
			assertThat(message.value().path("kind").asString()).isEqualTo("PRINCIPLE");
			assertThat(message.value().path("version").asInt()).isEqualTo(1);
			assertThat(message.value().path("mode").asString()).isEqualTo("CORE");
			assertThat(message.value().path("retired").asBoolean()).isFalse();
			assertThat(message.value().path("schemaVersion").asInt()).isEqualTo(SharedItemPublished.SCHEMA_VERSION);
			assertThat(message.value().path("content").asString()).contains("We will be open.");
		}
	}

	@Test
	void aRolledBackPublicationSendsNothing() {
		UUID id = CurrentTenant.callAs("kent",
				() -> items
					.create(ItemKind.PRINCIPLE, new PrincipleContent("Respect", "We will respect each other."),
							Mode.CORE, new Stamp("kim.admin", Instant.now()))
					.id());
		int recorded = jdbc.queryForObject("SELECT count(*) FROM event_publication", Integer.class);

		CurrentTenant.callAs("kent", () -> transactions.execute(status -> {
			items.move(ItemKind.PRINCIPLE, id, SharedItems.Move.PUBLISH, 1, new Stamp("kim.admin", Instant.now()));
			status.setRollbackOnly();
			return null;
		}));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM event_publication", Integer.class)).isEqualTo(recorded);

		// The same version published for real: had the rolled-back one been sent, it
		// would sit before this
		// one in the key's partition.
		CurrentTenant.callAs("kent", () -> items.move(ItemKind.PRINCIPLE, id, SharedItems.Move.PUBLISH, 1,
				new Stamp("kim.admin", Instant.now())));
		try (SharedItemsTopic topic = new SharedItemsTopic()) {
			assertThat(topic.awaitFor("kent/" + id)).hasSize(1);
		}
	}

}
