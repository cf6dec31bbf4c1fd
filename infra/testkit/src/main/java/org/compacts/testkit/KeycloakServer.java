package org.compacts.testkit;

/**
 * A running Keycloak with the {@code compacts} realm imported from
 * {@code infra/keycloak/}.
 */
public interface KeycloakServer extends AutoCloseable {

	String REALM = "compacts";

	/** The base URL, for example {@code http://127.0.0.1:8180}. */
	String url();

	default String issuer() {
		return url() + "/realms/" + REALM;
	}

	/** The master realm's administrator (demo value of the embedded default). */
	String adminUser();

	String adminPassword();

	@Override
	void close();

}
