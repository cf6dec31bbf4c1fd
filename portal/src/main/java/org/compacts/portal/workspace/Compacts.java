package org.compacts.portal.workspace;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.compacts.portal.backend.Services;

import org.springframework.stereotype.Component;

/**
 * Reads the register of compacts from tenant-service, as the visitor, to name the
 * compacts a person belongs to.
 */
@Component
class Compacts {

	record Tenant(String slug, String name, String level) {
	}

	private final Services services;

	Compacts(Services services) {
		this.services = services;
	}

	/** Every active tenant by slug, for names. */
	Map<String, Tenant> bySlug() {
		Tenant[] all = Services.read(services.tenants().get().uri("/api/tenants"), Tenant[].class);
		return Arrays.stream(all).collect(Collectors.toMap(Tenant::slug, Function.identity(), (a, b) -> a));
	}

}
