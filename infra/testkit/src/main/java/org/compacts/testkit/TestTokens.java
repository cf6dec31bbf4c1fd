package org.compacts.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real access tokens from the test Keycloak, for API tests that need a signed-in person without a
 * browser. The realm's own clients allow no password grant; the test clients made here do, and exist
 * only in the test JVM's Keycloak.
 */
public final class TestTokens {

	/** Like the gateway: the memberships claim and the {@code compacts-api} audience. */
	public static final String TEST_CLIENT = "compacts-test";

	/** The memberships claim, but not the {@code compacts-api} audience: its tokens must be refused. */
	public static final String NO_AUDIENCE_CLIENT = "compacts-test-no-audience";

	/** Tokens that expire one second after they are issued. */
	public static final String SHORT_LIVED_CLIENT = "compacts-test-short-lived";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final KeycloakServer keycloak;

	private final HttpClient http = HttpClient.newHttpClient();

	TestTokens(KeycloakServer keycloak) {
		this.keycloak = keycloak;
	}

	/** An access token for a demo user (password {@code demo}) through the test client. */
	public String accessToken(String username) {
		return accessToken(TEST_CLIENT, username, "demo");
	}

	public String accessToken(String client, String username, String password) {
		JsonNode answer = post(keycloak.issuer() + "/protocol/openid-connect/token",
				Map.of("grant_type", "password", "client_id", client, "username", username, "password", password,
						"scope", "openid"),
				null);
		return answer.get("access_token").asString();
	}

	/** Creates the test clients once per Keycloak. */
	synchronized void createTestClients() {
		String admin = post(keycloak.url() + "/realms/master/protocol/openid-connect/token",
				Map.of("grant_type", "password", "client_id", "admin-cli", "username", keycloak.adminUser(),
						"password", keycloak.adminPassword()),
				null)
			.get("access_token")
			.asString();
		List<String> scopes = List.of("basic", "profile", "roles", "email", "memberships");
		createClient(admin, TEST_CLIENT, concat(scopes, "compacts-api-audience"), Map.of());
		createClient(admin, NO_AUDIENCE_CLIENT, scopes, Map.of());
		createClient(admin, SHORT_LIVED_CLIENT, concat(scopes, "compacts-api-audience"),
				Map.of("access.token.lifespan", "1"));
	}

	private void createClient(String adminToken, String clientId, List<String> scopes, Map<String, String> attributes) {
		Map<String, Object> client = Map.of("clientId", clientId, "publicClient", true, "directAccessGrantsEnabled",
				true, "standardFlowEnabled", false, "defaultClientScopes", scopes, "attributes", attributes);
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(keycloak.url() + "/admin/realms/" + KeycloakServer.REALM + "/clients"))
			.header("Authorization", "Bearer " + adminToken)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client)))
			.build();
		int status = send(request).statusCode();
		if (status != 201 && status != 409) {
			throw new IllegalStateException("Keycloak refused test client " + clientId + ": HTTP " + status);
		}
	}

	private JsonNode post(String url, Map<String, String> form, String bearer) {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		HttpResponse<String> response = send(request.build());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Keycloak answered " + response.statusCode() + " at " + url + ": "
					+ response.body());
		}
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Keycloak did not answer: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	private static List<String> concat(List<String> list, String more) {
		return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(more)).toList();
	}

}
