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

/**
 * Reads tenants from tenant-service and a compact's content from compact-service, as the
 * visitor.
 */
@Component
class Compacts {

	record Tenant(String slug, String name, String level) {
	}

	/**
	 * A compact as compact-service shows it to this visitor, in reading order: published
	 * content to anyone, the latest versions (drafts too) to members.
	 */
	record Document(Section foreword, Section introduction, List<Item> principles, List<Item> codes,
			Section implementation, Section complianceAndResolution, Section monitoringAndReview, List<Term> glossary,
			List<Contact> contacts) {

		static final Document EMPTY = new Document(null, null, List.of(), List.of(), null, null, null, List.of(),
				List.of());

		/** The prose sections after the codes, those the compact has written. */
		public List<Section> closingSections() {
			return java.util.stream.Stream.of(implementation, complianceAndResolution, monitoringAndReview)
				.filter(java.util.Objects::nonNull)
				.toList();
		}

	}

	record Section(String title, String body) {
	}

	/**
	 * A principle or a code; a principle has a text, a code its aim, undertakings and
	 * commitments.
	 */
	record Item(Content content, String status, int version, String mode) {

		public boolean isPublished() {
			return "PUBLISHED".equals(status);
		}

		public String title() {
			return content.title();
		}

		public String text() {
			return content.text();
		}

	}

	record Content(String title, String text, String whyItMatters, String aim, List<String> vcsUndertakings,
			List<String> publicSectorUndertakings, List<String> allPartnersCommitments,
			List<Commitment> measurableCommitments) {
	}

	record Commitment(String name, String kind, Quantity quantity) {

		/** As a reader says it: "standard: 12 weeks", "practice". */
		public String measure() {
			return kind.toLowerCase(java.util.Locale.ROOT)
					+ (quantity == null ? "" : ": " + quantity.amount() + " " + quantity.unit());
		}

	}

	record Quantity(int amount, String unit) {
	}

	record Term(String term, String meaning) {
	}

	record Contact(String name, String role, String organisationName, String email, String phone, String address,
			String website) {
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
		return Optional.ofNullable(as(visitor, tenants.get().uri("/api/tenants/{slug}", slug)).exchange((request,
				response) -> response.getStatusCode().is2xxSuccessful() ? response.bodyTo(Tenant.class) : null));
	}

	Document document(String slug, Authentication visitor) {
		Document document = as(visitor, compacts.get().uri("/api/t/{tenant}/document", slug)).retrieve()
			.body(Document.class);
		return document == null ? Document.EMPTY : document;
	}

	private static RestClient.RequestHeadersSpec<?> as(Authentication visitor,
			RestClient.RequestHeadersSpec<?> request) {
		if (visitor instanceof JwtAuthenticationToken token) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken().getTokenValue());
		}
		return request;
	}

}
