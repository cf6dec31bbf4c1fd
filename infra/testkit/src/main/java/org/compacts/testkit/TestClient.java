package org.compacts.testkit;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The one HTTP client of the tests: Spring's {@link RestTestClient}, bound to a service
 * running on this machine, anonymous or signed in with a real access token of a demo user
 * from the test JVM's Keycloak. Every status is an answer to look at, not an exception.
 */
public final class TestClient {

	private TestClient() {
	}

	/** No bearer token. */
	public static RestTestClient anonymous(int port) {
		return builder(port).build();
	}

	/** Signed in as a demo user, with a token fetched now. */
	public static RestTestClient as(int port, String username) {
		return withToken(port, TestServers.tokens().accessToken(username));
	}

	/** With a token the test got its own way (another client, a short-lived one). */
	public static RestTestClient withToken(int port, String accessToken) {
		return builder(port).defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken).build();
	}

	private static RestTestClient.Builder<?> builder(int port) {
		return RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port);
	}

}
