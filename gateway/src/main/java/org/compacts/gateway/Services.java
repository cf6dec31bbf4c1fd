package org.compacts.gateway;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Where the services behind the gateway answer. */
@Validated
@ConfigurationProperties("compacts.services")
public record Services(@NotNull URI tenantService, @NotNull URI compactService, @NotNull URI syncService,
		@NotNull URI portal) {

	/** By service name, in the order the platform's health lists them. */
	public Map<String, URI> byName() {
		Map<String, URI> byName = new LinkedHashMap<>();
		byName.put("tenant-service", tenantService);
		byName.put("compact-service", compactService);
		byName.put("sync-service", syncService);
		byName.put("portal", portal);
		return byName;
	}

}
