package org.compacts.sync;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.compacts.contracts.sync.SharedItemPublished;
import org.compacts.testkit.RealServers;
import org.compacts.testkit.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.compacts.sync.SyncEvents.DEMO_SLUGS;
import static org.compacts.sync.SyncEvents.code;
import static org.compacts.sync.SyncEvents.demoFederation;
import static org.compacts.sync.SyncEvents.publish;

/**
 * Who may read which compact's sync status: its members, and nobody else's. The county's
 * view names only its own followers; a district's view only what it receives.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers(database = "sync", kafka = true, keycloak = true)
class SyncAccessIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	SharedItemPublished kentCode;

	SharedItemPublished derbyshireCode;

	@BeforeEach
	void kentAndDerbyshireHavePublished() {
		demoFederation();
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(
					() -> assertThat(jdbc.queryForObject("SELECT count(*) FROM federation_tenant WHERE slug = ANY(?)",
							Integer.class, (Object) DEMO_SLUGS.toArray(String[]::new)))
						.isEqualTo(DEMO_SLUGS.size()));
		kentCode = publish(code("kent", UUID.randomUUID(), 1));
		derbyshireCode = publish(code("derbyshire", UUID.randomUUID(), 1));
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(
					() -> assertThat(jdbc.queryForObject("SELECT count(*) FROM sync_state WHERE item_id IN (?, ?)",
							Integer.class, kentCode.itemId(), derbyshireCode.itemId()))
						.isEqualTo(3));
	}

	@Test
	void theAnonymousGet401AndAnotherCompactsMemberGets403() {
		String swaleEditor = TestServers.tokens().accessToken("sam.editor");

		assertThat(status("GET", "/api/t/kent/sync", null)).isEqualTo(401);
		assertThat(status("GET", "/api/t/kent/sync/followers", null)).isEqualTo(401);
		assertThat(status("GET", "/api/t/canterbury/sync", swaleEditor)).isEqualTo(403);
		assertThat(status("GET", "/api/t/canterbury/sync/followers", swaleEditor)).isEqualTo(403);
		assertThat(status("GET", "/api/t/kent/sync/followers", swaleEditor)).isEqualTo(403);
		assertThat(status("POST", "/api/t/canterbury/sync/catch-up", swaleEditor)).isEqualTo(403);
	}

	@Test
	void theDeadLettersAreAPlatformAdminsAlone() {
		String kentAdmin = TestServers.tokens().accessToken("kim.admin");
		String derbyshireAdmin = TestServers.tokens().accessToken("dee.derbyshire");

		assertThat(status("GET", "/api/sync/dead-letters", null)).isEqualTo(401);
		assertThat(status("GET", "/api/sync/dead-letters", kentAdmin)).isEqualTo(403);
		assertThat(status("POST", "/api/sync/dead-letters/0-0/replay", null)).isEqualTo(401);
		assertThat(status("POST", "/api/sync/dead-letters/0-0/replay", derbyshireAdmin)).isEqualTo(403);
		assertThat(status("GET", "/api/sync/dead-letters", TestServers.tokens().accessToken("pat.platform")))
			.isEqualTo(200);
	}

	@Test
	void aCountyAdminDoesNotSeeAnotherCountysFollowers() {
		String derbyshireAdmin = TestServers.tokens().accessToken("dee.derbyshire");

		assertThat(status("GET", "/api/t/kent/sync/followers", derbyshireAdmin)).isEqualTo(403);
		assertThat(status("GET", "/api/t/swale/sync", derbyshireAdmin)).isEqualTo(403);
		assertThat(status("GET", "/api/t/derbyshire/sync/followers", derbyshireAdmin)).isEqualTo(200);
	}

	@Test
	void aChampionMayReadButNotActOnTheirCompactsSync() {
		String champion = TestServers.tokens().accessToken("alex.champion");

		assertThat(status("POST", "/api/t/swale/sync/catch-up", champion)).isEqualTo(403);
		assertThat(status("GET", "/api/t/swale/sync", champion)).isEqualTo(200);
		assertThat(status("GET", "/api/t/kent/sync/followers", champion)).isEqualTo(200);
	}

	@Test
	void kentsViewShowsOnlyKentsFollowersAndOnlyKentsItems() {
		Map<String, Object> kent = get("/api/t/kent/sync/followers", "kim.admin");

		List<Map<String, Object>> followers = list(kent.get("followers"));
		assertThat(followers).extracting(follower -> follower.get("tenant")).containsExactly("canterbury", "swale");
		assertThat(followers).flatExtracting(follower -> list(follower.get("items")))
			.extracting(item -> item.get("sourceTenant"))
			.containsOnly("kent");
		assertThat(followers).flatExtracting(follower -> list(follower.get("items")))
			.extracting(item -> item.get("itemId"))
			.contains(kentCode.itemId().toString())
			.doesNotContain(derbyshireCode.itemId().toString());
	}

	@Test
	void swalesViewShowsWhatSwaleReceivesAndNothingOfAnotherCounty() {
		Map<String, Object> swale = get("/api/t/swale/sync", "sam.editor");

		assertThat(swale.get("tenant")).isEqualTo("swale");
		assertThat(list(swale.get("items"))).extracting(item -> item.get("sourceTenant")).doesNotContain("derbyshire");
		assertThat(list(swale.get("items"))).extracting(item -> item.get("itemId"))
			.contains(kentCode.itemId().toString())
			.doesNotContain(derbyshireCode.itemId().toString());
	}

	@Test
	void theApiIsDescribedByOpenApi() {
		Map<String, Object> docs = RestClient.create("http://127.0.0.1:" + port)
			.get()
			.uri("/v3/api-docs")
			.retrieve()
			.body(new ParameterizedTypeReference<Map<String, Object>>() {
			});

		@SuppressWarnings("unchecked")
		Map<String, Object> paths = (Map<String, Object>) docs.get("paths");
		assertThat(paths).containsKeys("/api/t/{tenant}/sync", "/api/t/{tenant}/sync/followers",
				"/api/sync/dead-letters", "/api/sync/dead-letters/{id}/replay");
	}

	@Test
	void aRefusalIsAProblemDetail() {
		var problem = RestClient.create("http://127.0.0.1:" + port)
			.get()
			.uri("/api/t/canterbury/sync")
			.header("Authorization", "Bearer " + TestServers.tokens().accessToken("sam.editor"))
			.exchange((request, response) -> Map.entry(response.getHeaders().getContentType(),
					new String(response.getBody().readAllBytes())));

		assertThat(problem.getKey().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(problem.getValue()).contains("\"status\":403");
	}

	private int status(String method, String path, String token) {
		var request = RestClient.create("http://127.0.0.1:" + port).method(HttpMethod.valueOf(method)).uri(path);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request.exchange((req, res) -> res.getStatusCode().value());
	}

	private Map<String, Object> get(String path, String user) {
		return RestClient.create("http://127.0.0.1:" + port)
			.get()
			.uri(path)
			.header("Authorization", "Bearer " + TestServers.tokens().accessToken(user))
			.retrieve()
			.body(new ParameterizedTypeReference<Map<String, Object>>() {
			});
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

}
