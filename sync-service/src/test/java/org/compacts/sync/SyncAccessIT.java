package org.compacts.sync;

import org.compacts.testkit.RealServers;
import org.compacts.testkit.TestServers;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers(database = "sync", kafka = true, keycloak = true)
class SyncAccessIT {

	@LocalServerPort
	int port;

	private int status(String method, String path, String token) {
		var request = RestClient.create("http://127.0.0.1:" + port)
			.method(org.springframework.http.HttpMethod.valueOf(method))
			.uri(path);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request.exchange((req, res) -> res.getStatusCode().value());
	}

	@Test
	void theAnonymousGet401AndAnotherCompactsMemberGets403() {
		String swaleEditor = TestServers.tokens().accessToken("sam.editor");

		assertThat(status("GET", "/api/t/kent/sync/status", null)).isEqualTo(401);
		assertThat(status("GET", "/api/t/canterbury/sync/status", swaleEditor)).isEqualTo(403);
		assertThat(status("POST", "/api/t/canterbury/sync/catch-up", swaleEditor)).isEqualTo(403);
	}

	@Test
	void aChampionMayReadButNotActOnTheirCompactsSync() {
		String champion = TestServers.tokens().accessToken("alex.champion");

		assertThat(status("POST", "/api/t/swale/sync/catch-up", champion)).isEqualTo(403);
		// Allowed through: nothing answers there yet, so the service's own 404, not a refusal.
		assertThat(status("GET", "/api/t/swale/sync/status", champion)).isEqualTo(404);
	}

}
