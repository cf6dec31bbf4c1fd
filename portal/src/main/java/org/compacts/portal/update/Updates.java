package org.compacts.portal.update;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.compacts.portal.backend.Services;

import org.springframework.stereotype.Component;

/**
 * compact-service's updates, read as the visitor: a page never shows more than the API
 * would.
 */
@Component
class Updates {

	record Update(UUID id, String audience, String title, String body, boolean published, int recipients, String sentBy,
			Instant sentAt, long version) {

		public String getAudienceLabel() {
			return "CHAMPIONS".equals(audience) ? "Champions" : "Champions and members";
		}

		/** The body paragraph by paragraph, as typed. */
		public List<String> getParagraphs() {
			return Arrays.stream(body.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
		}

	}

	private final Services services;

	Updates(Services services) {
		this.services = services;
	}

	List<Update> all(String slug) {
		return List.of(Services.read(services.compacts().get().uri("/api/t/{slug}/updates", slug), Update[].class));
	}

	Update one(String slug, UUID id) {
		return Services.read(services.compacts().get().uri("/api/t/{slug}/updates/{id}", slug, id), Update.class);
	}

}
