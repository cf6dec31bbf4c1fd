package org.compacts.portal.conflict;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Services;
import org.compacts.portal.content.Content;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * compact-service's conflicts with upstream, as a district's members read them and its
 * editors resolve them: always as the visitor.
 */
@Component
class Conflicts {

	/** The two kinds of shared item, by the path segment the API and the pages share. */
	enum Kind {

		PRINCIPLES("PRINCIPLE", "principle"), CODES("CODE", "code of practice");

		private final String api;

		private final String singular;

		Kind(String api, String singular) {
			this.api = api;
			this.singular = singular;
		}

		public String getSingular() {
			return singular;
		}

		public String path() {
			return this == CODES ? "codes" : "principles";
		}

		static Optional<Kind> ofPath(String path) {
			return Arrays.stream(values()).filter(kind -> kind.path().equals(path)).findFirst();
		}

		static Kind ofApi(String kind) {
			return Arrays.stream(values()).filter(k -> k.api.equals(kind)).findFirst().orElse(PRINCIPLES);
		}

	}

	/** A line of the compact's list of conflicts. */
	record Waiting(UUID itemId, String kind, String title, int localVersion, String sourceTenant, int upstreamVersion,
			List<String> fields, Instant since) {

		public Kind what() {
			return Kind.ofApi(kind);
		}

		/** The fields in conflict as a person names them: "Aim, Sub-code Carers". */
		public String fieldNames() {
			return String.join(", ", fields.stream().map(Comparison::label).toList());
		}

	}

	/**
	 * One item's open conflict: what both sides started from, the district's copy as it
	 * stands, and the upstream version it could not merge.
	 */
	record Conflict(UUID itemId, String kind, String sourceTenant, UUID sourceItemId, int baseVersion, Content base,
			int localVersion, Content local, int upstreamVersion, String upstreamMode, boolean upstreamRetired,
			Content upstream, List<String> fields, Instant since) {

		public boolean upstreamIsCore() {
			return "CORE".equals(upstreamMode);
		}

	}

	private final Services services;

	Conflicts(Services services) {
		this.services = services;
	}

	List<Waiting> all(String slug) {
		return List.of(Services.read(services.compacts().get().uri("/api/t/{slug}/conflicts", slug), Waiting[].class));
	}

	Conflict one(String slug, Kind kind, UUID id) {
		return Services.read(services.compacts().get().uri("/api/t/{slug}/{kind}/{id}/conflict", slug, kind.path(), id),
				Conflict.class);
	}

	Outcome<Void> resolve(String slug, Kind kind, UUID id, Map<String, @Nullable Object> body) {
		return Outcome.of(services.compacts()
			.post()
			.uri("/api/t/{slug}/{kind}/{id}/conflict/resolution", slug, kind.path(), id)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body));
	}

}
