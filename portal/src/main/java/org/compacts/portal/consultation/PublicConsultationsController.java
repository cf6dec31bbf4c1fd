package org.compacts.portal.consultation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Services;
import org.compacts.portal.site.Markdown;
import org.compacts.portal.site.PaperPages;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

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

	private final PaperPages paper;

	PublicConsultationsController(Services services, Markdown markdown, PaperPages paper) {
		this.services = services;
		this.markdown = markdown;
		this.paper = paper;
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
		Consultation consultation = opened(slug, id);
		model.addAttribute("consultation", consultation);
		if (consultation.closed()) {
			model.addAttribute("results", results(slug, id));
			model.addAttribute("answered", answered(slug, id));
		}
		return "consultation/public-one";
	}

	/**
	 * The results on paper, with "you said, we did": the PDF summary. Not found
	 * until the close, as the results are.
	 */
	@GetMapping("/t/{slug:[a-z][a-z0-9-]{1,62}}/consultations/{id}/results.pdf")
	ResponseEntity<byte[]> resultsOnPaper(@PathVariable String slug, @PathVariable UUID id,
			HttpServletRequest request) {
		Consultation consultation = opened(slug, id);
		Results results = consultation.closed() ? results(slug, id) : null;
		if (results == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("compact", site(slug).name());
		variables.put("slug", slug);
		variables.put("consultation", consultation);
		variables.put("results", results);
		variables.put("answered", answered(slug, id));
		return paper.pdf("consultation/results-pdf", variables,
				"consultation-results-" + consultation.closesOn() + ".pdf", request);
	}

	/** Not found while a draft: drafts are the workspace's. */
	private Consultation opened(String slug, UUID id) {
		Consultation consultation = Services
			.read(services.compacts().get().uri("/api/t/{slug}/consultations/{id}", slug, id), Consultation.class);
		if (consultation.isDraft()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return consultation;
	}

	private @Nullable Results results(String slug, UUID id) {
		Outcome<Results> results = Outcome
			.of(services.compacts().get().uri("/api/t/{slug}/consultations/{id}/results", slug, id), Results.class);
		return results.isRefused() ? null : results.body();
	}

	private List<Point> answered(String slug, UUID id) {
		Outcome<Point[]> points = Outcome
			.of(services.compacts().get().uri("/api/t/{slug}/consultations/{id}/points", slug, id), Point[].class);
		return points.isRefused() || points.body() == null ? List.of()
				: Stream.of(points.body()).filter(point -> point.reply() != null).toList();
	}

	private Site site(String slug) {
		return new Site(slug,
				Services.read(services.tenants().get().uri("/api/tenants/{slug}", slug), Site.class).name());
	}

}
