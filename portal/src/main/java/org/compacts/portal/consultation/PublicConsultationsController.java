package org.compacts.portal.consultation;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Services;
import org.compacts.portal.site.Markdown;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Consultations on the public site: those that have opened, each with the rule its window
 * was judged by (and the reason, when it is shorter than the minimum), and its results
 * once it has closed. Whoever reads sees what the anonymous see: drafts are in the
 * workspace.
 */
@Controller
class PublicConsultationsController {

	/** The compact as the site's breadcrumbs name it. */
	record Site(String slug, String name) {
	}

	private final Services services;

	private final Markdown markdown;

	PublicConsultationsController(Services services, Markdown markdown) {
		this.services = services;
		this.markdown = markdown;
	}

	@ModelAttribute("md")
	Markdown markdown() {
		return markdown;
	}

	@GetMapping("/t/{slug:[a-z][a-z0-9-]{1,62}}/consultations")
	String list(@PathVariable String slug, Model model) {
		model.addAttribute("compact", site(slug));
		model.addAttribute("consultations", List
			.of(Services.read(services.compacts().get().uri("/api/t/{slug}/consultations", slug), Consultation[].class))
			.stream()
			.filter(consultation -> !consultation.isDraft())
			.toList());
		return "consultation/public-list";
	}

	@GetMapping("/t/{slug:[a-z][a-z0-9-]{1,62}}/consultations/{id}")
	String one(@PathVariable String slug, @PathVariable UUID id, Model model) {
		model.addAttribute("compact", site(slug));
		Consultation consultation = Services
			.read(services.compacts().get().uri("/api/t/{slug}/consultations/{id}", slug, id), Consultation.class);
		if (consultation.isDraft()) {
			throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND);
		}
		model.addAttribute("consultation", consultation);
		if (consultation.closed()) {
			Outcome<Results> results = Outcome
				.of(services.compacts().get().uri("/api/t/{slug}/consultations/{id}/results", slug, id), Results.class);
			model.addAttribute("results", results.isRefused() ? null : results.body());
			Outcome<Point[]> points = Outcome
				.of(services.compacts().get().uri("/api/t/{slug}/consultations/{id}/points", slug, id), Point[].class);
			model.addAttribute("answered", points.isRefused() || points.body() == null ? List.of()
					: Stream.of(points.body()).filter(point -> point.reply() != null).toList());
		}
		return "consultation/public-one";
	}

	private Site site(String slug) {
		return new Site(slug,
				Services.read(services.tenants().get().uri("/api/tenants/{slug}", slug), Site.class).name());
	}

}
