package org.compacts.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What tests change in a running Keycloak's {@code compacts} realm, through its admin
 * REST API as the master realm's administrator: test clients, and the gateway's redirect
 * addresses when it runs on a port the committed realm does not list.
 */
public final class RealmAdmin {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final KeycloakServer keycloak;

	private final HttpClient http = HttpClient.newHttpClient();

	RealmAdmin(KeycloakServer keycloak) {
		this.keycloak = keycloak;
	}

	/** For a Keycloak this JVM did not start, such as the devstack's. */
	public static RealmAdmin at(String url, String adminUser, String adminPassword) {
		return new RealmAdmin(new KeycloakServer() {
			@Override
			public String url() {
				return url;
			}

			@Override
			public String adminUser() {
				return adminUser;
			}

			@Override
			public String adminPassword() {
				return adminPassword;
			}

			@Override
			public void close() {
			}
		});
	}

	public KeycloakServer keycloak() {
		return keycloak;
	}

	/**
	 * Lets the realm's {@code gateway} client sign people in and out at this origin too.
	 */
	public void allowGatewayAt(String origin) {
		updateGatewayClient(gateway -> {
			List<String> redirects = new ArrayList<>();
			gateway.get("redirectUris").forEach(uri -> redirects.add(uri.asString()));
			redirects.add(origin + "/*");
			gateway.putPOJO("redirectUris", redirects);
			ObjectNode attributes = (ObjectNode) gateway.get("attributes");
			attributes.put("post.logout.redirect.uris",
					attributes.path("post.logout.redirect.uris").asString("") + "##" + origin + "/*");
		});
	}

	/**
	 * How long the access tokens the gateway gets for its signed-in people live; the
	 * realm's when null.
	 */
	public void gatewayAccessTokenLifespan(java.time.Duration lifespan) {
		updateGatewayClient(gateway -> {
			ObjectNode attributes = (ObjectNode) gateway.get("attributes");
			if (lifespan == null) {
				attributes.remove("access.token.lifespan");
			}
			else {
				attributes.put("access.token.lifespan", String.valueOf(lifespan.toSeconds()));
			}
		});
	}

	private void updateGatewayClient(java.util.function.Consumer<ObjectNode> change) {
		String admin = adminToken();
		String clients = realmUrl() + "/clients";
		JsonNode found = JSON.readTree(send(HttpRequest.newBuilder(URI.create(clients + "?clientId=gateway"))
			.header("Authorization", "Bearer " + admin)
			.build(), 200));
		ObjectNode gateway = (ObjectNode) found.get(0);
		change.accept(gateway);
		send(HttpRequest.newBuilder(URI.create(clients + "/" + gateway.get("id").asString()))
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(gateway)))
			.build(), 204);
	}

	/**
	 * Puts the realm back as the given export has it: whatever an earlier test JVM
	 * changed in it (members, clients, sessions) is gone, as after a fresh start.
	 */
	void replaceRealm(String realmJson) {
		String admin = adminToken();
		HttpResponse<String> deleted = exchange(HttpRequest.newBuilder(URI.create(realmUrl()))
			.header("Authorization", "Bearer " + admin)
			.DELETE()
			.build());
		if (deleted.statusCode() != 204 && deleted.statusCode() != 404) {
			throw new IllegalStateException("Keycloak did not remove realm " + KeycloakServer.REALM + ": HTTP "
					+ deleted.statusCode() + " " + deleted.body());
		}
		send(HttpRequest.newBuilder(URI.create(this.keycloak.url() + "/admin/realms"))
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(realmJson))
			.build(), 201);
	}

	/**
	 * A public client that allows the password grant, with the given default scopes; kept
	 * if it exists.
	 */
	void createPasswordClient(String clientId, List<String> scopes, Map<String, String> attributes) {
		Map<String, Object> client = Map.of("clientId", clientId, "publicClient", true, "directAccessGrantsEnabled",
				true, "standardFlowEnabled", false, "defaultClientScopes", scopes, "attributes", attributes);
		HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(realmUrl() + "/clients"))
			.header("Authorization", "Bearer " + adminToken())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client)))
			.build());
		if (response.statusCode() != 201 && response.statusCode() != 409) {
			throw new IllegalStateException(
					"Keycloak refused test client " + clientId + ": HTTP " + response.statusCode());
		}
	}

	JsonNode postForm(String url, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return JSON.readTree(send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), 200));
	}

	private String adminToken() {
		return postForm(keycloak.url() + "/realms/master/protocol/openid-connect/token",
				Map.of("grant_type", "password", "client_id", "admin-cli", "username", keycloak.adminUser(), "password",
						keycloak.adminPassword()))
			.get("access_token")
			.asString();
	}

	private String realmUrl() {
		return keycloak.url() + "/admin/realms/" + KeycloakServer.REALM;
	}

	private String send(HttpRequest request, int expected) {
		HttpResponse<String> response = exchange(request);
		if (response.statusCode() != expected) {
			throw new IllegalStateException(
					"Keycloak answered " + response.statusCode() + " at " + request.uri() + ": " + response.body());
		}
		return response.body();
	}

	private HttpResponse<String> exchange(HttpRequest request) {
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

}
