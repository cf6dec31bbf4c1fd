package org.compacts.portal.success;

import java.util.List;
import java.util.UUID;

import org.compacts.portal.backend.Services;

import org.springframework.stereotype.Component;

/**
 * The case studies that show a principle or code, for the list on its public page
 * ({@code success/parts :: onItem}, which asks this bean by name, so the site's pages
 * need not know of successes).
 */
@Component("itemCaseStudies")
public class ItemCaseStudies {

	private final Services services;

	ItemCaseStudies(Services services) {
		this.services = services;
	}

	/** Title and id of each, newest public first. */
	public List<Summary> of(String slug, UUID itemId) {
		return List
			.of(Services.read(services.compacts().get().uri("/api/t/{slug}/case-studies?itemId={id}", slug, itemId),
					Success[].class))
			.stream()
			.map(success -> new Summary(success.id(), success.title(), success.getOrganisationNames()))
			.toList();
	}

	/** A case study as the list names it. */
	public record Summary(UUID id, String title, String organisations) {
	}

}
