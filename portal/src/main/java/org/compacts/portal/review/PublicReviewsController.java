package org.compacts.portal.review;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.compacts.portal.site.PaperPages;
import org.compacts.portal.backend.Services;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A compact's published annual reviews on its public site, and only those, whoever reads:
 * a member signed in finds the rest in the workspace.
 */
@Controller
class PublicReviewsController {

	/** The compact as the site's breadcrumbs name it. */
	record Site(String slug, String name) {
	}

	private final Services services;

	private final PaperPages paper;

	PublicReviewsController(Services services, PaperPages paper) {
		this.services = services;
		this.paper = paper;
	}

	@GetMapping("/t/{slug:[a-z0-9-]+}/reviews")
	String reviews(@PathVariable String slug, Model model) {
		model.addAttribute("compact", site(slug));
		model.addAttribute("reviews",
				List.of(Services.read(services.compacts().get().uri("/api/t/{slug}/reviews", slug), Review[].class))
					.stream()
					.filter(Review::isPublished)
					.toList());
		return "review/public-reviews";
	}

	@GetMapping("/t/{slug:[a-z0-9-]+}/reviews/{year:\\d{4}}")
	String review(@PathVariable String slug, @PathVariable int year, Model model) {
		model.addAttribute("compact", site(slug));
		model.addAttribute("review", published(slug, year));
		return "review/public-review";
	}

	@GetMapping("/t/{slug:[a-z0-9-]+}/reviews/{year:\\d{4}}/review.pdf")
	ResponseEntity<byte[]> reviewPdf(@PathVariable String slug, @PathVariable int year, HttpServletRequest request) {
		Review review = published(slug, year);
		return paper.pdf("review/review-pdf", Map.of("compact", site(slug).name(), "review", review),
				"annual-review-" + review.period() + ".pdf", request);
	}

	/** A member signed in reads drafts through the API: the public page shows none. */
	private Review published(String slug, int year) {
		Review review = Services.read(services.compacts().get().uri("/api/t/{slug}/reviews/{year}", slug, year),
				Review.class);
		if (!review.isPublished()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return review;
	}

	private Site site(String slug) {
		return new Site(slug,
				Services.read(services.tenants().get().uri("/api/tenants/{slug}", slug), Site.class).name());
	}

}
