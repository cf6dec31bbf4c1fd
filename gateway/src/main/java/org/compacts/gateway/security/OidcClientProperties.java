package org.compacts.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The gateway's confidential client in the realm.
 *
 * @param clientId the realm's {@code gateway} client
 * @param clientSecret its secret (a demo value in the embedded default; from the
 * environment elsewhere)
 */
@ConfigurationProperties("compacts.gateway.oidc")
record OidcClientProperties(String clientId, String clientSecret) {
}
