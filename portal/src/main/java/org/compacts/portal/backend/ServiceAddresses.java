package org.compacts.portal.backend;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the services answer; the portal calls them directly, not through the gateway. */
@ConfigurationProperties("compacts.services")
public record ServiceAddresses(URI tenantService, URI compactService, URI syncService) {
}
