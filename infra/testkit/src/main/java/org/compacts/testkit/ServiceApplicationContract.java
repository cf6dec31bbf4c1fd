package org.compacts.testkit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every service with a database and a broker shows once it runs: it is ready only
 * with both, and it works as an application role that owns no table, the schema having
 * been migrated by the owner. A service's application IT extends this with its own
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} and {@code @RealServers}.
 */
public abstract class ServiceApplicationContract {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String applicationRole;

	@Value("${local.server.port}")
	int port;

	@Autowired
	DataSource dataSource;

	/**
	 * @param applicationRole the role the service connects as, {@code <database>_app}
	 */
	protected ServiceApplicationContract(String applicationRole) {
		this.applicationRole = applicationRole;
	}

	@Test
	void isReadyOnlyWithItsDatabaseAndBroker() {
		String body = TestClient.anonymous(port)
			.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody();

		JsonNode readiness = JSON.readTree(body);
		assertThat(readiness.path("status").asString()).isEqualTo("UP");
		assertThat(readiness.path("components").propertyNames()).containsExactlyInAnyOrder("db", "kafka",
				"readinessState");
	}

	@Test
	void runsAsAnApplicationRoleThatOwnsNoTableAfterMigratingAsTheOwner() throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
			assertThat(single(s, "SELECT current_user")).isEqualTo(applicationRole);
			assertThat(single(s,
					"SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user"))
				.isEqualTo("0");
			assertThat(Integer.parseInt(single(s, "SELECT count(*) FROM flyway_schema_history WHERE success")))
				.isPositive();
		}
	}

	/**
	 * The metrics an operator's Prometheus finds on the service itself, without a token:
	 * its requests, its Kafka consumers' lag, and what the service adds through
	 * {@link #expectedMetrics()}. The consumers' client metrics are bound as each
	 * consumer starts, so they are waited for.
	 */
	@Test
	void showsItsMetricsToPrometheusOnTheServiceItself() {
		TestClient.anonymous(port).get().uri("/actuator/health").exchange();

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			String scrape = TestClient.anonymous(port)
				.get()
				.uri("/actuator/prometheus")
				.exchange()
				.expectStatus()
				.isOk()
				.returnResult(String.class)
				.getResponseBody();
			assertThat(scrape).contains(expectedMetrics());
		});
	}

	/**
	 * The metric names (as Prometheus writes them) a scrape must contain; a service adds
	 * its own.
	 */
	protected List<String> expectedMetrics() {
		return List.of("http_server_requests_seconds_count", "kafka_consumer_fetch_manager_records_lag_max");
	}

	private static String single(Statement statement, String sql) throws SQLException {
		try (ResultSet rows = statement.executeQuery(sql)) {
			assertThat(rows.next()).as(sql).isTrue();
			return rows.getString(1);
		}
	}

}
