package org.compacts.servicekit.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a service accepts as a token.
 *
 * @param issuerUri the realm, e.g. {@code http://127.0.0.1:8180/realms/compacts}
 * @param audience the audience every token must name; Keycloak adds it with an audience
 * mapper
 * @param clockSkew how far past its expiry a token is still taken, for clocks that
 * disagree
 */
@ConfigurationProperties("compacts.security.token")
public record TokenProperties(String issuerUri, @DefaultValue("compacts-api") String audience,
		@DefaultValue("60s") Duration clockSkew) {

	public TokenProperties {
		if (issuerUri == null || issuerUri.isBlank()) {
			throw new IllegalArgumentException("compacts.security.token.issuer-uri must name the realm");
		}
	}

}
