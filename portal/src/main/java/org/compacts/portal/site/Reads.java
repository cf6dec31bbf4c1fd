package org.compacts.portal.site;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * What the site reads from tenant-service and compact-service, as the visitor: the
 * services decide what each visitor sees (published content to anyone, drafts as well to
 * members).
 */
@Component
class Reads {

	record Tenant(String slug, String name, String level, String parentSlug, String adoption, String area,
			String website) {

		boolean follows(String parent) {
			return parent.equals(parentSlug) && adoption != null && !"KEEPS_OWN".equals(adoption);
		}

		boolean isCalled(String query) {
			String q = query.toLowerCase(Locale.ROOT);
			return name.toLowerCase(Locale.ROOT).contains(q) || slug.contains(q)
					|| (area != null && area.toLowerCase(Locale.ROOT).contains(q));
		}

		public String levelName() {
			return switch (level) {
				case "NATIONAL" -> "National compact";
				case "COUNTY" -> "County compact";
				case "DISTRICT" -> "District compact";
				default -> "Standalone compact";
			};
		}

	}

	record Item(UUID id, String kind, int version, String status, String mode, Content content,
			Integer publishedVersion, int latestVersion, AdoptedFrom adoptedFrom) {

		public boolean isPublished() {
			return "PUBLISHED".equals(status);
		}

		public String title() {
			return content.title();
		}

		public boolean isCode() {
			return "CODE".equals(kind);
		}

		/** The path segment of its kind, as in the API and on this site. */
		public String collection() {
			return isCode() ? "codes" : "principles";
		}

		public String statusName() {
			return status.charAt(0) + status.substring(1).toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * @param version the upstream version the copy last took
	 */
	record AdoptedFrom(String tenant, UUID itemId, int version) {
	}

	/** A principle's or a code's words; a principle has only a title and text. */
	record Content(String title, String text, String whyItMatters, String aim, List<String> vcsUndertakings,
			List<String> publicSectorUndertakings, List<String> allPartnersCommitments, List<String> caseStudies,
			List<SubCode> subCodes, List<Commitment> measurableCommitments) {

		Content {
			vcsUndertakings = orEmpty(vcsUndertakings);
			publicSectorUndertakings = orEmpty(publicSectorUndertakings);
			allPartnersCommitments = orEmpty(allPartnersCommitments);
			caseStudies = orEmpty(caseStudies);
			subCodes = orEmpty(subCodes);
			measurableCommitments = orEmpty(measurableCommitments);
		}

		private static <T> List<T> orEmpty(List<T> list) {
			return list == null ? List.of() : list;
		}

	}

	record SubCode(String title, String text) {
	}

	record Commitment(String name, String kind, Quantity quantity) {

		/** As a reader says it: "minimum: 8 weeks", "practice". */
		public String measure() {
			return kind.toLowerCase(Locale.ROOT)
					+ (quantity == null ? "" : ": " + quantity.amount() + " " + quantity.unit());
		}

	}

	record Quantity(int amount, String unit) {
	}

	record Version(int number, String status, String mode, Content content, List<StatusChange> statusChanges) {

		/** When this version came into force, if it ever did. */
		Optional<Instant> publishedAt() {
			return at("PUBLISHED");
		}

		Optional<Instant> at(String status) {
			return statusChanges == null ? Optional.empty()
					: statusChanges.stream()
						.filter(change -> status.equals(change.status()))
						.map(StatusChange::at)
						.findFirst();
		}

	}

	record StatusChange(String status, Instant at) {
	}

	record Diff(Changes diff, String text) {
	}

	record Changes(int from, int to, List<FieldChange> changes) {
	}

	record FieldChange(String field, String kind, String before, String after, List<WordChange> wordChanges) {
	}

	record WordChange(String kind, String words) {
	}

	record Section(String key, String title, String body, Instant updatedAt) {
	}

	/** The whole compact as compact-service gives it; the prose sections are by name. */
	record Document(SectionBody foreword, SectionBody introduction, SectionBody implementation,
			SectionBody complianceAndResolution, SectionBody monitoringAndReview, List<Term> glossary,
			List<Contact> contacts) {
	}

	record SectionBody(String title, String body) {
	}

	record Term(String term, String meaning) {
	}

	record Contact(String name, String role, String organisationName, String email, String phone, String address,
			String website) {
	}

	record Organisation(UUID id, String name, String sector) {
	}

	record Signature(UUID organisationId, LocalDate signedOn, boolean principles, List<UUID> codes, String signedAs,
			boolean withdrawn, LocalDate withdrawnOn) {
	}

	record Champion(String username, UUID organisationId, String organisationName, LocalDate nominatedOn,
			boolean active, @Nullable List<Training> training) {

		Champion {
			training = training == null ? List.of() : training;
		}

	}

	/** A training session a champion attended, as their public record shows it. */
	record Training(UUID meetingId, String title, LocalDate heldOn, String kindLabel) {
	}

	private final RestClient tenants;

	private final RestClient compacts;

	/** The anonymous reads kept, by path; the least recently used go first. */
	private final Map<String, Held> held = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Held> eldest) {
			return size() > 1000;
		}

	});

	Reads(RestClient.Builder builder, @Value("${compacts.services.tenant-service}") URI tenantService,
			@Value("${compacts.services.compact-service}") URI compactService) {
		this.tenants = builder.clone().baseUrl(tenantService.toString()).build();
		this.compacts = builder.clone().baseUrl(compactService.toString()).build();
	}

	List<Tenant> tenants(Authentication visitor) {
		Tenant[] all = as(visitor, tenants.get().uri("/api/tenants")).retrieve().body(Tenant[].class);
		return all == null ? List.of() : Arrays.asList(all);
	}

	Optional<Tenant> tenant(String slug, Authentication visitor) {
		return Optional.ofNullable(as(visitor, tenants.get().uri("/api/tenants/{slug}", slug)).exchange((request,
				response) -> response.getStatusCode().is2xxSuccessful() ? response.bodyTo(Tenant.class) : null));
	}

	Document document(String slug, Authentication visitor) {
		return revalidated(visitor, "/api/t/" + slug + "/document", new ParameterizedTypeReference<Document>() {
		});
	}

	List<Section> sections(String slug, Authentication visitor) {
		return list(visitor, "/api/t/{tenant}/document/sections", new ParameterizedTypeReference<List<Section>>() {
		}, slug);
	}

	/**
	 * Principles or codes, in the compact's order, each saying where it was adopted from.
	 */
	List<Item> items(String slug, String collection, Authentication visitor) {
		List<Item> found = revalidated(visitor, "/api/t/" + slug + "/" + collection,
				new ParameterizedTypeReference<List<Item>>() {
				});
		return found == null ? List.of() : List.copyOf(found);
	}

	/**
	 * A read of published content that the anonymous make again and again: the answer is
	 * kept with its ETag and asked for again with If-None-Match, so while nothing is
	 * published compact-service answers 304 and neither side reads or parses the content
	 * again. A signed-in visitor's reads (drafts, for that visitor) are not kept.
	 */
	@SuppressWarnings("unchecked")
	private <T> T revalidated(Authentication visitor, String path, ParameterizedTypeReference<T> type) {
		boolean anonymous = !(visitor instanceof JwtAuthenticationToken);
		Held held = anonymous ? this.held.get(path) : null;
		RestClient.RequestHeadersSpec<?> request = as(visitor, compacts.get().uri(path));
		if (held != null) {
			request.header(HttpHeaders.IF_NONE_MATCH, held.etag());
		}
		return request.exchange((req, response) -> {
			if (held != null && response.getStatusCode().value() == 304) {
				return (T) held.body();
			}
			if (!response.getStatusCode().is2xxSuccessful()) {
				throw new RestClientResponseException("compact-service answered " + response.getStatusCode(),
						response.getStatusCode(), response.getStatusText(), response.getHeaders(), null, null);
			}
			T body = response.bodyTo(type);
			String etag = response.getHeaders().getETag();
			if (anonymous && body != null && etag != null && !etag.startsWith("W/")) {
				this.held.put(path, new Held(etag, body));
			}
			return body;
		});
	}

	/** An answer kept with its ETag. */
	private record Held(String etag, Object body) {
	}

	Optional<Item> item(String slug, String collection, UUID id, Authentication visitor) {
		return Optional.ofNullable(
				as(visitor, compacts.get().uri("/api/t/{tenant}/" + collection + "/{id}", slug, id)).exchange((request,
						response) -> response.getStatusCode().is2xxSuccessful() ? response.bodyTo(Item.class) : null));
	}

	List<Version> versions(String slug, String collection, UUID id, Authentication visitor) {
		List<Version> versions = as(visitor,
				compacts.get().uri("/api/t/{tenant}/" + collection + "/{id}/versions", slug, id))
			.exchange((request, response) -> response.getStatusCode().is2xxSuccessful()
					? response.bodyTo(new ParameterizedTypeReference<List<Version>>() {
					}) : null);
		return versions == null ? List.of() : versions;
	}

	Optional<Version> version(String slug, String collection, UUID id, int number, Authentication visitor) {
		return Optional.ofNullable(as(visitor,
				compacts.get().uri("/api/t/{tenant}/" + collection + "/{id}/versions/{n}", slug, id, number))
			.exchange((request, response) -> response.getStatusCode().is2xxSuccessful() ? response.bodyTo(Version.class)
					: null));
	}

	Diff diff(String slug, String collection, UUID id, int from, int to, Authentication visitor) {
		return as(visitor,
				compacts.get()
					.uri("/api/t/{tenant}/" + collection + "/{id}/diff?from={from}&to={to}", slug, id, from, to))
			.retrieve()
			.body(Diff.class);
	}

	List<Organisation> organisations(String slug, Authentication visitor) {
		return list(visitor, "/api/t/{tenant}/organisations", new ParameterizedTypeReference<List<Organisation>>() {
		}, slug);
	}

	List<Signature> signatures(String slug, Authentication visitor) {
		return list(visitor, "/api/t/{tenant}/signatures", new ParameterizedTypeReference<List<Signature>>() {
		}, slug);
	}

	List<Champion> champions(String slug, Authentication visitor) {
		return list(visitor, "/api/t/{tenant}/champions", new ParameterizedTypeReference<List<Champion>>() {
		}, slug);
	}

	private <T> List<T> list(Authentication visitor, String path, ParameterizedTypeReference<List<T>> type,
			Object... variables) {
		List<T> found = as(visitor, compacts.get().uri(path, variables)).retrieve().body(type);
		return found == null ? List.of() : found;
	}

	private static RestClient.RequestHeadersSpec<?> as(Authentication visitor,
			RestClient.RequestHeadersSpec<?> request) {
		if (visitor instanceof JwtAuthenticationToken token) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken().getTokenValue());
		}
		return request;
	}

}
