package org.compacts.tenant.registry;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.compacts.contracts.Topics;
import org.compacts.contracts.tenant.Adoption;
import org.compacts.contracts.tenant.TenantArchived;
import org.compacts.contracts.tenant.TenantCreated;
import org.compacts.contracts.tenant.TenantEvent;
import org.compacts.contracts.tenant.TenantLevel;
import org.compacts.contracts.tenant.TenantParentChanged;
import org.compacts.tenant.registry.TenantApi.TenantJson;
import org.compacts.testkit.RealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.compacts.tenant.registry.TenantApi.uniqueSlug;
import static org.compacts.tenant.registry.TenantApi.updateOf;

/**
 * Tenant events reach {@code compacts.tenant-events} on the real broker, keyed by slug,
 * readable with Spring Kafka's JSON deserializer as the records of {@code contracts}, as
 * sync-service will read them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers(database = "tenants", kafka = true, keycloak = true)
class TenantEventsIT {

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	@Autowired
	JdbcTemplate jdbc;

	TenantApi api;

	KafkaConsumer<String, Object> consumer;

	final List<ConsumerRecord<String, Object>> received = new ArrayList<>();

	@BeforeEach
	void subscribe() {
		// a platform admin may do everything the registry offers: these tests are about
		// the registry, not who
		api = TenantApi.as(port, "pat.platform");
		JacksonJsonDeserializer<Object> json = new JacksonJsonDeserializer<>(Object.class);
		json.addTrustedPackages(TenantEvent.class.getPackageName());
		json.setRemoveTypeHeaders(false);
		consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
						"tenant-events-it-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), json);
		consumer.subscribe(List.of(Topics.TENANT_EVENTS));
	}

	@AfterEach
	void close() {
		consumer.close(Duration.ofSeconds(2));
	}

	@Test
	void creatingATenantPutsOneTenantCreatedOnTheTopicKeyedBySlug() {
		String slug = uniqueSlug("evented");

		api.createCounty(slug);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(receivedFor(slug)).isNotEmpty());
		// and no second record follows for it
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(receivedFor(slug)).hasSize(1));
		ConsumerRecord<String, Object> record = receivedFor(slug).get(0);
		assertThat(record.key()).isEqualTo(slug);
		// exactly the one header sync-service's deserializer reads, nothing added on the
		// way
		assertThat(record.headers().toArray()).extracting(Header::key).containsExactly("__TypeId__");
		assertThat(new String(record.headers().lastHeader("__TypeId__").value(), StandardCharsets.UTF_8))
			.isEqualTo(TenantCreated.class.getName());
		assertThat(record.value()).isInstanceOfSatisfying(TenantCreated.class, created -> {
			assertThat(created.eventId()).isNotNull();
			assertThat(created.tenant()).isEqualTo(slug);
			assertThat(created.occurredAt()).isNotNull();
			assertThat(created.schemaVersion()).isEqualTo(1);
			assertThat(created.level()).isEqualTo(TenantLevel.COUNTY);
			assertThat(created.parentSlug()).isEqualTo("national");
			assertThat(created.adoption()).isEqualTo(Adoption.ADOPTS_PARENT_CORE);
		});
	}

	@Test
	void changingTheParentPutsOneTenantParentChangedAfterTheCreation() {
		String from = api.createCounty(uniqueSlug("from")).slug();
		String to = api.createCounty(uniqueSlug("to")).slug();
		TenantJson district = api.createDistrict(uniqueSlug("moving"), from);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(receivedFor(district.slug())).hasSize(1));
		var update = updateOf(district);
		update.put("parentSlug", to);

		assertThat(api.put("/api/tenants/" + district.slug(), "\"0\"", update).status()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(receivedFor(district.slug())).hasSize(2));
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(receivedFor(district.slug())).hasSize(2));
		List<ConsumerRecord<String, Object>> records = receivedFor(district.slug());
		assertThat(records).extracting(ConsumerRecord::key).containsOnly(district.slug());
		assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.get(0).partition());
		assertThat(records.get(0).value()).isInstanceOf(TenantCreated.class);
		assertThat(records.get(1).value()).isInstanceOfSatisfying(TenantParentChanged.class, changed -> {
			assertThat(changed.tenant()).isEqualTo(district.slug());
			assertThat(changed.previousParentSlug()).isEqualTo(from);
			assertThat(changed.parentSlug()).isEqualTo(to);
			assertThat(changed.level()).isEqualTo(TenantLevel.DISTRICT);
			assertThat(changed.adoption()).isEqualTo(Adoption.ADOPTS_PARENT_CORE);
			assertThat(changed.schemaVersion()).isEqualTo(1);
		});
	}

	@Test
	void archivingPutsOneTenantArchivedAndARefusedDeletePutsNothing() {
		String county = api.createCounty(uniqueSlug("calm")).slug();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(receivedFor(county)).hasSize(1));

		assertThat(api.post("/api/tenants/" + county + "/archive", null).status()).isEqualTo(200);
		assertThat(api.delete("/api/tenants/" + county).status()).isEqualTo(409);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(receivedFor(county)).hasSize(2));
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(receivedFor(county)).hasSize(2));
		assertThat(receivedFor(county).get(1).value()).isInstanceOfSatisfying(TenantArchived.class,
				archived -> assertThat(archived.parentSlug()).isEqualTo("national"));
	}

	@Test
	void topicIsCompactedWithThreePartitions() throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.TENANT_EVENTS);

			TopicDescription description = admin.describeTopics(List.of(Topics.TENANT_EVENTS))
				.allTopicNames()
				.get(10, TimeUnit.SECONDS)
				.get(Topics.TENANT_EVENTS);
			Config config = admin.describeConfigs(List.of(topic)).all().get(10, TimeUnit.SECONDS).get(topic);

			assertThat(description.partitions()).hasSize(3);
			assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
		}
	}

	@Test
	void sentEventsAreMarkedCompletedInTheEventPublicationRegistry() {
		String slug = api.createCounty(uniqueSlug("outboxed")).slug();

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc
				.queryForList("SELECT status FROM event_publication WHERE serialized_event::jsonb ->> 'tenant' = ?"
						+ " AND completion_date IS NOT NULL", String.class, slug))
				.containsExactly("COMPLETED"));
	}

	private List<ConsumerRecord<String, Object>> receivedFor(String slug) {
		consumer.poll(Duration.ofMillis(200)).forEach(received::add);
		return received.stream().filter(record -> slug.equals(record.key())).toList();
	}

}
