package org.compacts.portal.workspace;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Reads tenants from tenant-service and a compact's content from compact-service, as the visitor. */
@Component
class Compacts {

	record Tenant(String slug, String name, String level) {
	}

	/** A principle as compact-service shows it to this visitor: the latest version to members, else the published. */
	record Principle(Content content, String status) {

		record Content(String title, String text) {
		}

		public String title() {
			return content.title();
		}

		public String text() {
			return content.text();
		}

		public boolean isPublished() {
			return "PUBLISHED".equals(status);
		}

	}

	private final RestClient tenants;

	private final RestClient compacts;

	Compacts(RestClient.Builder builder, Backends backends) {
		this.tenants = builder.clone().baseUrl(backends.tenantService().toString()).build();
		this.compacts = builder.clone().baseUrl(backends.compactService().toString()).build();
	}

	/** Every active tenant by slug, for names. */
	Map<String, Tenant> bySlug(Authentication visitor) {
		Tenant[] all = as(visitor, tenants.get().uri("/api/tenants")).retrieve().body(Tenant[].class);
		return Arrays.stream(all == null ? new Tenant[0] : all)
			.collect(Collectors.toMap(Tenant::slug, Function.identity(), (a, b) -> a));
	}

	Optional<Tenant> tenant(String slug, Authentication visitor) {
		return Optional.ofNullable(as(visitor, tenants.get().uri("/api/tenants/{slug}", slug))
			.exchange((request, response) -> response.getStatusCode().is2xxSuccessful()
					? response.bodyTo(Tenant.class) : null));
	}

	List<Principle> principles(String slug, Authentication visitor) {
		Principle[] principles = as(visitor, compacts.get().uri("/api/t/{tenant}/principles", slug)).retrieve()
			.body(Principle[].class);
		return principles == null ? List.of() : List.of(principles);
	}

	private static RestClient.RequestHeadersSpec<?> as(Authentication visitor, RestClient.RequestHeadersSpec<?> request) {
		if (visitor instanceof JwtAuthenticationToken token) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken().getTokenValue());
		}
		return request;
	}

}
