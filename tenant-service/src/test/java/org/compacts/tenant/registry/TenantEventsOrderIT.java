package org.compacts.tenant.registry;

import org.compacts.servicekit.refusal.ExpectedVersion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.compacts.contracts.Topics;
import org.compacts.tenant.TenantServiceApplication;
import org.compacts.tenant.registry.TenantRequests.CreateTenant;
import org.compacts.tenant.registry.TenantRequests.UpdateTenant;
import org.compacts.testkit.StandaloneService;
import org.compacts.testkit.TestServers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One tenant's events reach the topic in the order of its changes, also when they were
 * committed while Kafka was out of reach and are sent by the next start of the service
 * after a crash, and after a second crash while it was resending them: sync-service, and
 * the compacted topic's last record per tenant, must end with the tenant's latest state,
 * never an older one. Many changes, so that sends racing each other would show.
 */
class TenantEventsOrderIT {

	private static final StandaloneService SERVICE = new StandaloneService(TenantServiceApplication.class, "tenants");

	private static final int ADOPTION_CHANGES = 12;

	private static final List<Adoption> ADOPTIONS = List.of(Adoption.ADOPTS_PARENT_CORE, Adoption.KEEPS_OWN,
			Adoption.ADOPTS_PARENT_AS_FIRST);

	@Test
	void aTenantsChangesCommittedWhileKafkaWasAwayReachTheTopicInTheirOrderAfterTwoCrashes() {
		String slug = TenantApi.uniqueSlug("ordered");
		List<String> committed = new ArrayList<>();

		try (ConfigurableApplicationContext withoutKafka = SERVICE.withoutKafka()) {
			TenantRegistry registry = withoutKafka.getBean(TenantRegistry.class);
			registry.create(new CreateTenant(slug, "County " + slug, Level.COUNTY, "national",
					Adoption.ADOPTS_PARENT_CORE, null, null, null));
			committed.add("TenantCreated ADOPTS_PARENT_CORE");
			Adoption adoption = Adoption.ADOPTS_PARENT_CORE;
			for (int i = 1; i <= ADOPTION_CHANGES; i++) {
				adoption = ADOPTIONS.get(i % ADOPTIONS.size());
				registry.update(slug, ExpectedVersion.any(),
						new UpdateTenant("County " + slug, "national", adoption, null, null, null));
				committed.add("TenantAdoptionChanged " + adoption);
			}
			registry.archive(slug, ExpectedVersion.notStated());
			committed.add("TenantArchived " + adoption);

			// every change recorded its event, and none was sent
			assertThat(withoutKafka.getBean(JdbcTemplate.class)
				.queryForObject(
						"SELECT count(*) FROM event_publication"
								+ " WHERE serialized_event::jsonb ->> 'tenant' = ? AND completion_date IS NULL",
						Integer.class, slug))
				.isEqualTo(committed.size());
		}
		// started again while Kafka is still away, it resubmits them all, and crashes
		// before it could send one
		SERVICE.withoutKafka().close();

		try (ConfigurableApplicationContext restarted = SERVICE.withKafka();
				KafkaConsumer<String, String> consumer = subscribed()) {
			List<ConsumerRecord<String, String>> received = new ArrayList<>();
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				consumer.poll(Duration.ofMillis(500)).forEach(record -> received.add(record));
				assertThat(received).filteredOn(record -> slug.equals(record.key())).hasSize(committed.size());
			});
			List<ConsumerRecord<String, String>> tenants = received.stream()
				.filter(record -> slug.equals(record.key()))
				.toList();
			JsonMapper json = restarted.getBean(JsonMapper.class);

			assertThat(tenants)
				.extracting(record -> typeOf(record) + " " + json.readTree(record.value()).path("adoption").asString())
				.containsExactlyElementsOf(committed);
			// one type header each, and each payload exactly the JSON the contract record
			// is written as
			assertThat(tenants).allSatisfy(record -> assertThat(record.headers().toArray()).hasSize(1));
			assertThat(tenants).allSatisfy(record -> assertThat(
					json.writeValueAsString(json.readValue(record.value(), Class.forName(typeId(record)))))
				.isEqualTo(record.value()));
		}
	}

	private static KafkaConsumer<String, String> subscribed() {
		KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers(),
						ConsumerConfig.GROUP_ID_CONFIG, "tenant-events-order-it-" + UUID.randomUUID(),
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer());
		consumer.subscribe(List.of(Topics.TENANT_EVENTS));
		return consumer;
	}

	private static String typeId(ConsumerRecord<String, String> record) {
		return new String(record.headers().lastHeader("__TypeId__").value(), StandardCharsets.UTF_8);
	}

	private static String typeOf(ConsumerRecord<String, String> record) {
		String type = typeId(record);
		return type.substring(type.lastIndexOf('.') + 1);
	}

}
