package org.compacts.testkit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RealServersIT {

	@Test
	void applicationRoleCannotCreateTablesOrBypassRowLevelSecurity() throws SQLException {
		Database db = TestServers.postgres().database("testkit_rls");
		try (Connection owner = DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
				Statement s = owner.createStatement()) {
			s.execute("CREATE TABLE note (tenant text NOT NULL, body text)");
			s.execute("INSERT INTO note VALUES ('kent', 'visible to kent'), ('swale', 'visible to swale')");
			s.execute("ALTER TABLE note ENABLE ROW LEVEL SECURITY");
			s.execute("ALTER TABLE note FORCE ROW LEVEL SECURITY");
			s.execute("CREATE POLICY by_tenant ON note USING (tenant = current_setting('app.tenant', true))");
		}
		try (Connection app = DriverManager.getConnection(db.jdbcUrl(), db.appUser(), db.appPassword());
				Statement s = app.createStatement()) {
			ResultSet none = s.executeQuery("SELECT count(*) FROM note");
			none.next();
			assertThat(none.getInt(1)).as("no tenant set: no rows").isZero();

			s.execute("SELECT set_config('app.tenant', 'kent', false)");
			ResultSet kent = s.executeQuery("SELECT body FROM note");
			assertThat(kent.next()).isTrue();
			assertThat(kent.getString(1)).isEqualTo("visible to kent");
			assertThat(kent.next()).isFalse();

			assertThatThrownBy(() -> s.execute("CREATE TABLE sneaky (id int)")).isInstanceOf(SQLException.class)
				.hasMessageContaining("permission denied");
		}
	}

	@Test
	void provisioningTheSameDatabaseTwiceKeepsItsData() throws SQLException {
		// a name of its own, so that a second run on a kept cluster starts from nothing
		String name = "testkit_again_" + UUID.randomUUID().toString().substring(0, 8);
		Database first = TestServers.postgres().database(name);
		try (Connection owner = DriverManager.getConnection(first.jdbcUrl(), first.ownerUser(), first.ownerPassword());
				Statement s = owner.createStatement()) {
			s.execute("CREATE TABLE kept (id int, note text)");
			s.execute("INSERT INTO kept VALUES (1, 'written before the second provisioning')");
		}

		Database second = TestServers.postgres().database(name);

		try (Connection owner = DriverManager.getConnection(second.jdbcUrl(), second.ownerUser(),
				second.ownerPassword()); Statement s = owner.createStatement()) {
			ResultSet kept = s.executeQuery("SELECT id, note FROM kept");
			assertThat(kept.next()).as("the row written before is still there").isTrue();
			assertThat(kept.getInt(1)).isEqualTo(1);
			assertThat(kept.getString(2)).isEqualTo("written before the second provisioning");
			assertThat(kept.next()).isFalse();
		}
	}

	@Test
	void kafkaCarriesARecordFromProducerToConsumer() throws Exception {
		String topic = "testkit-" + UUID.randomUUID();
		String bootstrap = TestServers.kafka().bootstrapServers();
		try (var producer = new KafkaProducer<String, String>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(),
				new StringSerializer())) {
			producer.send(new ProducerRecord<>(topic, "kent", "principles published")).get();
		}
		try (var consumer = new KafkaConsumer<String, String>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, topic,
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			ConsumerRecord<String, String> received = null;
			for (int i = 0; i < 30 && received == null; i++) {
				var records = consumer.poll(Duration.ofSeconds(1));
				if (!records.isEmpty()) {
					received = records.iterator().next();
				}
			}
			assertThat(received).isNotNull();
			assertThat(received.key()).isEqualTo("kent");
			assertThat(received.value()).isEqualTo("principles published");
		}
	}

	@Test
	void keycloakServesTheCompactsRealmUnderItsOwnIssuer() throws Exception {
		KeycloakServer keycloak = TestServers.keycloak();
		HttpResponse<String> discovery = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(keycloak.issuer() + "/.well-known/openid-configuration")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(discovery.statusCode()).isEqualTo(200);
		assertThat(discovery.body()).contains("\"issuer\":\"" + keycloak.issuer() + "\"");
		assertThat(URI.create(keycloak.url()).getHost()).isIn("127.0.0.1", "localhost");
	}

}
