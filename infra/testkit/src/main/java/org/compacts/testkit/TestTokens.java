package org.compacts.testkit;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Real access tokens from a test Keycloak, for API tests that need a signed-in person
 * without a browser. The realm's own clients allow no password grant; the test clients
 * made here do, and exist only in the Keycloak of a test run.
 */
public final class TestTokens {

	/** Like the gateway: the memberships claim and the {@code compacts-api} audience. */
	public static final String TEST_CLIENT = "compacts-test";

	/**
	 * The memberships claim, but not the {@code compacts-api} audience: its tokens must
	 * be refused.
	 */
	public static final String NO_AUDIENCE_CLIENT = "compacts-test-no-audience";

	/** Tokens that expire one second after they are issued. */
	public static final String SHORT_LIVED_CLIENT = "compacts-test-short-lived";

	private final RealmAdmin realm;

	private TestTokens(RealmAdmin realm) {
		this.realm = realm;
	}

	/**
	 * Creates the test clients in this realm (once; they are kept if they exist) and
	 * hands out tokens.
	 */
	public static TestTokens from(RealmAdmin realm) {
		List<String> scopes = List.of("basic", "profile", "roles", "email", "memberships");
		List<String> withAudience = Stream.concat(scopes.stream(), Stream.of("compacts-api-audience")).toList();
		realm.createPasswordClient(TEST_CLIENT, withAudience, Map.of());
		realm.createPasswordClient(NO_AUDIENCE_CLIENT, scopes, Map.of());
		realm.createPasswordClient(SHORT_LIVED_CLIENT, withAudience, Map.of("access.token.lifespan", "1"));
		return new TestTokens(realm);
	}

	/**
	 * An access token for a demo user (password {@code demo}) through the test client.
	 */
	public String accessToken(String username) {
		return accessToken(TEST_CLIENT, username, "demo");
	}

	public String accessToken(String client, String username, String password) {
		return realm
			.postForm(realm.keycloak().issuer() + "/protocol/openid-connect/token", Map.of("grant_type", "password",
					"client_id", client, "username", username, "password", password, "scope", "openid"))
			.get("access_token")
			.asString();
	}

}
