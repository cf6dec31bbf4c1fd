package org.compacts.tenant.registry;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.compacts.contracts.tenant.TenantCreated;
import org.compacts.tenant.registry.TenantApi.TenantJson;
import org.compacts.testkit.RealServers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The demo federation of the embedded default, with the slugs of the Keycloak realm's
 * groups.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers(database = "tenants", kafka = true, keycloak = true)
class DemoTenantsIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void demoFederationIsThereWithTheRealmsSlugs() {
		List<TenantJson> tenants = new TenantApi(port).get("/api/tenants").asListOf(TenantJson.class);

		assertThat(tenants)
			.extracting(TenantJson::slug, TenantJson::level, TenantJson::parentSlug, TenantJson::adoption)
			.contains(tuple("national", "NATIONAL", null, "KEEPS_OWN"),
					tuple("kent", "COUNTY", "national", "ADOPTS_PARENT_CORE"),
					tuple("swale", "DISTRICT", "kent", "ADOPTS_PARENT_CORE"),
					tuple("canterbury", "DISTRICT", "kent", "ADOPTS_PARENT_CORE"),
					tuple("derbyshire", "COUNTY", "national", "ADOPTS_PARENT_CORE"),
					tuple("south-derbyshire", "DISTRICT", "derbyshire", "ADOPTS_PARENT_CORE"),
					tuple("hounslow", "STANDALONE", null, "KEEPS_OWN"));
		assertThat(tenants).filteredOn(tenant -> tenant.slug().equals("kent"))
			.extracting(TenantJson::name)
			.containsExactly("Kent Partners Compact");
	}

	@Test
	void demoTenantsAreAnnouncedAsTenantCreatedEvents() {
		String payload = jdbc.queryForObject(
				"SELECT serialized_event FROM event_publication"
						+ " WHERE serialized_event::jsonb ->> 'tenant' = 'swale' AND event_type = ?",
				String.class, TenantCreated.class.getName());

		TenantCreated created = TenantApi.JSON.readValue(payload, TenantCreated.class);

		assertThat(created.tenant()).isEqualTo("swale");
		assertThat(created.parentSlug()).isEqualTo("kent");
		assertThat(created.schemaVersion()).isEqualTo(1);
		assertThat(created.eventId()).isNotNull();
		assertThat(created.occurredAt()).isNotNull();
	}

	@Test
	void demoTenantEventsAreSentByTheExternalizationTheyWereRecordedFor() {
		// only a publication whose listener id names the Kafka externalizer is ever sent
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc.queryForList(
					"SELECT status FROM event_publication WHERE serialized_event::jsonb ->> 'tenant' = 'swale'",
					String.class))
				.containsExactly("COMPLETED"));
	}

	@Test
	void demoDataIsInsertedOnlyWhenAbsent() {
		RegistryTables before = RegistryTables.read(jdbc);

		transaction
			.executeWithoutResult(status -> ScriptUtils.executeSqlScript(DataSourceUtils.getConnection(dataSource),
					new ClassPathResource("db/demo/R__demo_tenants.sql")));

		assertThat(RegistryTables.read(jdbc)).isEqualTo(before);
	}

}
