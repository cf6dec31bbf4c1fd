package org.compacts.gateway.tenant;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.compacts.gateway.Services;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/**
 * Asks tenant-service whether a tenant exists, and remembers the answer for a short
 * while: new tenants are seen within {@link #REMEMBERED}, and the registry is not asked
 * on every request.
 */
class KnownTenants {

	static final Duration REMEMBERED = Duration.ofSeconds(30);

	enum Answer {

		KNOWN, UNKNOWN, REGISTRY_UNAVAILABLE

	}

	private final RestClient registry;

	private final Cache<String, Boolean> known = Caffeine.newBuilder()
		.expireAfterWrite(REMEMBERED)
		.maximumSize(10_000)
		.build();

	KnownTenants(RestClient.Builder builder, Services services) {
		this.registry = builder.clone().baseUrl(services.tenantService().toString()).build();
	}

	Answer check(String slug) {
		Boolean remembered = known.getIfPresent(slug);
		if (remembered != null) {
			return remembered ? Answer.KNOWN : Answer.UNKNOWN;
		}
		try {
			HttpStatusCode status = registry.get()
				.uri("/api/tenants/{slug}", slug)
				.exchange((request, response) -> response.getStatusCode());
			if (status.is2xxSuccessful() || status.value() == 404) {
				boolean exists = status.is2xxSuccessful();
				known.put(slug, exists);
				return exists ? Answer.KNOWN : Answer.UNKNOWN;
			}
			return Answer.REGISTRY_UNAVAILABLE;
		}
		catch (RuntimeException ex) {
			return Answer.REGISTRY_UNAVAILABLE;
		}
	}

}
