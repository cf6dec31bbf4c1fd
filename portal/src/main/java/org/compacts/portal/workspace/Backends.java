package org.compacts.portal.workspace;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the portal reads from; reads carry the visitor's own token, so services decide
 * what they see.
 */
@ConfigurationProperties("compacts.services")
record Backends(URI tenantService, URI compactService) {
}
