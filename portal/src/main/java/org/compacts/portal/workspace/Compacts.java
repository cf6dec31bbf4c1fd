package org.compacts.portal.workspace;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Reads the register of compacts from tenant-service, as the visitor, to name the
 * compacts a person belongs to.
 */
@Component
class Compacts {

	record Tenant(String slug, String name, String level) {
	}

	private final RestClient tenants;

	Compacts(RestClient.Builder builder, Backends backends) {
		this.tenants = builder.clone().baseUrl(backends.tenantService().toString()).build();
	}

	/** Every active tenant by slug, for names. */
	Map<String, Tenant> bySlug(Authentication visitor) {
		Tenant[] all = as(visitor, tenants.get().uri("/api/tenants")).retrieve().body(Tenant[].class);
		return Arrays.stream(all == null ? new Tenant[0] : all)
			.collect(Collectors.toMap(Tenant::slug, Function.identity(), (a, b) -> a));
	}

	private static RestClient.RequestHeadersSpec<?> as(Authentication visitor,
			RestClient.RequestHeadersSpec<?> request) {
		if (visitor instanceof JwtAuthenticationToken token) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken().getTokenValue());
		}
		return request;
	}

}
