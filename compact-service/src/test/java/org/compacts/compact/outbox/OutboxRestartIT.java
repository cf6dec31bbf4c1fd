package org.compacts.compact.outbox;

import java.time.Instant;
import java.util.UUID;

import org.compacts.compact.CompactServiceApplication;
import org.compacts.compact.item.ItemKind;
import org.compacts.compact.item.SharedItems;
import org.compacts.compact.tenancy.CurrentTenant;
import org.compacts.compact.versioning.Mode;
import org.compacts.compact.versioning.PrincipleContent;
import org.compacts.compact.versioning.Stamp;
import org.compacts.testkit.StandaloneService;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's promise across a restart: a publication committed while Kafka could not be
 * reached is kept as incomplete, and the next start of the service sends it.
 */
class OutboxRestartIT {

	private static final StandaloneService SERVICE = new StandaloneService(CompactServiceApplication.class, "compacts");

	@Test
	void aPublicationThatCouldNotBeSentIsSentAfterARestart() {
		UUID id;
		try (ConfigurableApplicationContext withoutKafka = SERVICE.withoutKafka()) {
			SharedItems items = withoutKafka.getBean(SharedItems.class);
			Stamp stamp = new Stamp("kim.admin", Instant.now());
			id = CurrentTenant.callAs("kent",
					() -> items
						.create(ItemKind.PRINCIPLE, new PrincipleContent("Trust", "We will trust each other."),
								Mode.CORE, stamp)
						.id());

			CurrentTenant.callAs("kent", () -> items.move(ItemKind.PRINCIPLE, id, SharedItems.Move.PUBLISH, 1, stamp));

			JdbcTemplate jdbc = withoutKafka.getBean(JdbcTemplate.class);
			org.awaitility.Awaitility.await()
				.until(() -> jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE completion_date IS NULL"
						+ " AND serialized_event LIKE ?", Integer.class, "%" + id + "%") == 1);
		}

		try (ConfigurableApplicationContext restarted = SERVICE.withKafka();
				SharedItemsTopic topic = new SharedItemsTopic()) {
			assertThat(topic.awaitFor("kent/" + id)).hasSize(1)
				.allSatisfy(message -> assertThat(message.value().path("version").asInt()).isEqualTo(1));
		}
	}

}
