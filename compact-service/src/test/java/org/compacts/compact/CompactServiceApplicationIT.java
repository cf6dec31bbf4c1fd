package org.compacts.compact;

import java.util.Map;

import org.compacts.testkit.RealServers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers(database = "compacts", kafka = true)
class CompactServiceApplicationIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void isReadyOnlyWithItsDatabaseAndBroker() {
		Health readiness = RestClient.create("http://127.0.0.1:" + port)
			.get()
			.uri("/actuator/health/readiness")
			.retrieve()
			.body(Health.class);

		assertThat(readiness.status()).isEqualTo("UP");
		assertThat(readiness.components()).containsOnlyKeys("db", "kafka", "readinessState");
	}

	record Health(String status, Map<String, Object> components) {
	}

	@Test
	void runsAsAnApplicationRoleThatOwnsNoTableAfterMigratingAsTheOwner() {
		assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("compacts_app");
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user",
				Integer.class))
			.isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success", Integer.class))
			.isPositive();
	}

}
