package org.compacts.tenant.membership;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service reaches the realm's admin API: as its own confidential client, through
 * the client credentials grant, with the realm-management roles the realm gives that
 * client's service account.
 *
 * @param serverUrl Keycloak's base URL (application.yml:
 * {@code ${compacts.keycloak.url}})
 * @param clientSecret the client's secret; application.yml holds the demo realm's, to be
 * replaced outside local development
 * @param connectTimeout how long to wait for a connection to Keycloak
 * @param readTimeout how long to wait for Keycloak's answer
 */
@ConfigurationProperties("compacts.directory")
record DirectoryProperties(String serverUrl, @DefaultValue("compacts") String realm,
		@DefaultValue("tenant-service") String clientId, String clientSecret,
		@DefaultValue("PT5S") Duration connectTimeout, @DefaultValue("PT10S") Duration readTimeout) {

	DirectoryProperties {
		if (serverUrl == null || serverUrl.isBlank()) {
			throw new IllegalArgumentException("compacts.directory.server-url must name Keycloak's base URL");
		}
		if (clientSecret == null || clientSecret.isBlank()) {
			throw new IllegalArgumentException("compacts.directory.client-secret must be set");
		}
	}

}
