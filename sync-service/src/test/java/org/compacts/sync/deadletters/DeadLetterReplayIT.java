package org.compacts.sync.deadletters;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.compacts.contracts.Topics;
import org.compacts.contracts.sync.SharedItemPublished;
import org.compacts.sync.SyncKafka;
import org.compacts.testkit.RealServers;
import org.compacts.testkit.TestKafka;
import org.compacts.testkit.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A poison record on the real broker reaches the dead-letter topic; a platform admin
 * finds it with its reason and origin, sends it back to its topic once, and is refused a
 * second time; nobody else may do either. Also what Prometheus then finds of it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers(database = "sync", kafka = true, keycloak = true)
class DeadLetterReplayIT {

	private static final String ADMIN = "pat.platform";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	TestKafka.Reader<String> sharedItems;

	String key;

	RecordMetadata poison;

	@BeforeEach
	void aPoisonRecordIsDeadLettered() {
		key = SharedItemPublished.key("nowhere", UUID.randomUUID());
		poison = SyncKafka.sendText(Topics.SHARED_ITEMS, key, "{not json", SharedItemPublished.class.getName());
		SyncKafka.awaitHandled(poison);
		sharedItems = SyncKafka.text(Topics.SHARED_ITEMS);
	}

	@AfterEach
	void close() {
		sharedItems.close();
	}

	@Test
	void aDeadLetterIsListedWithWhyAndFromWhereAndReplayedOnceOnly() {
		Map<String, Object> dead = deadLettersOf(key).get(0);
		assertThat(dead).containsEntry("originalTopic", Topics.SHARED_ITEMS)
			.containsEntry("originalPartition", poison.partition())
			.containsEntry("value", "{not json");
		assertThat(((Number) dead.get("originalOffset")).longValue()).isEqualTo(poison.offset());
		assertThat(dead.get("replay")).isNull();
		assertThat((String) dead.get("exception")).contains("DeserializationException");
		assertThat((String) dead.get("reason")).isNotBlank();
		String id = (String) dead.get("id");

		Reply first = call("POST", "/api/sync/dead-letters/" + id + "/replay", ADMIN);
		Reply second = call("POST", "/api/sync/dead-letters/" + id + "/replay", ADMIN);

		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(first.body()).contains("\"replayedBy\":\"pat.platform\"",
				"\"originalTopic\":\"" + Topics.SHARED_ITEMS);
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.body()).contains("\"status\":409", "replayed already");
		List<ConsumerRecord<String, String>> sent = sharedItems.await(record -> key.equals(record.key()), 2);
		assertThat(sent).extracting(ConsumerRecord::value).containsExactly("{not json", "{not json");
		assertThat(sent.get(1).headers().lastHeader("kafka_dlt-original-topic")).isNull();
		assertThat(sent.get(1).headers().lastHeader("__TypeId__")).isNotNull();
		// still poison: the listener had it again, and sent it back to the dead letters
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(deadLettersOf(key)).hasSize(2));
		List<Map<String, Object>> letters = deadLettersOf(key);
		assertThat(letters.get(0).get("replay"))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.map(String.class, Object.class))
			.containsEntry("replayedBy", ADMIN);
		assertThat(letters.get(1).get("replay")).isNull();
		assertThat(jdbc.queryForObject(
				"SELECT replayed_by FROM dead_letter_replay WHERE dead_letter_partition = ? AND dead_letter_offset = ?",
				String.class, dead.get("partition"), ((Number) dead.get("offset")).longValue()))
			.isEqualTo(ADMIN);
	}

	@Test
	void onlyAPlatformAdminMayListOrReplay() {
		String id = (String) deadLettersOf(key).get(0).get("id");

		assertThat(call("GET", "/api/sync/dead-letters", null).status()).isEqualTo(401);
		assertThat(call("GET", "/api/sync/dead-letters", "kim.admin").status()).isEqualTo(403);
		assertThat(call("POST", "/api/sync/dead-letters/" + id + "/replay", null).status()).isEqualTo(401);
		assertThat(call("POST", "/api/sync/dead-letters/" + id + "/replay", "sam.editor").status()).isEqualTo(403);
		assertThat(call("POST", "/api/sync/dead-letters/0-999999999/replay", ADMIN).status()).isEqualTo(404);
		assertThat(call("POST", "/api/sync/dead-letters/not-an-id/replay", ADMIN).status()).isEqualTo(404);
		assertThat(sharedItems.readToEnd()).filteredOn(record -> key.equals(record.key())).hasSize(1);
	}

	@Test
	void prometheusFindsTheDeadLettersAndTheListenersAndTheirLag() {
		assertThat(deadLettersOf(key)).hasSize(1);

		String scrape = RestClient.create("http://127.0.0.1:" + port)
			.get()
			.uri("/actuator/prometheus")
			.retrieve()
			.body(String.class);

		assertThat(scrape).contains("compacts_dead_letters_sent_total{", "topic=\"" + Topics.SHARED_ITEMS + "\"",
				"spring_kafka_listener_seconds_count{", "kafka_consumer_fetch_manager_records_lag_max{",
				"http_server_requests_seconds_count{");
	}

	private List<Map<String, Object>> deadLettersOf(String key) {
		List<Map<String, Object>> all = RestClient.create("http://127.0.0.1:" + port)
			.get()
			.uri("/api/sync/dead-letters")
			.header("Authorization", "Bearer " + TestServers.tokens().accessToken(ADMIN))
			.retrieve()
			.body(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			});
		return all.stream().filter(letter -> key.equals(letter.get("key"))).toList();
	}

	record Reply(int status, String body) {
	}

	private Reply call(String method, String path, String user) {
		var request = RestClient.create("http://127.0.0.1:" + port).method(HttpMethod.valueOf(method)).uri(path);
		if (user != null) {
			request.header("Authorization", "Bearer " + TestServers.tokens().accessToken(user));
		}
		return request.exchange((req, res) -> new Reply(res.getStatusCode().value(),
				new String(res.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
	}

}
