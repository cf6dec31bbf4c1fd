package org.compacts.portal.success;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.compacts.portal.backend.Services;
import org.compacts.portal.site.Markdown;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Case studies on the public site: a compact's, each one's page, and the search across
 * every compact. Only what a compact made public is shown here, whoever reads: a member
 * signed in finds drafts and approved ones in the workspace.
 */
@Controller
class CaseStudiesController {

	/** The compact as the site's breadcrumbs name it. */
	record Site(String slug, String name) {
	}

	/** A case study found, and the compact it belongs to. */
	record Found(String tenant, Success caseStudy) {
	}

	/** A hit of the search as the page shows it: its compact named. */
	record Hit(Site compact, Success caseStudy) {
	}

	/** The search as typed, shown again in its fields. */
	record Search(@Nullable String code, @Nullable String sector, @Nullable String place) {

		boolean isAsked() {
			return code != null || sector != null || place != null;
		}

	}

	private final Services services;

	private final Markdown markdown;

	CaseStudiesController(Services services, Markdown markdown) {
		this.services = services;
		this.markdown = markdown;
	}

	@ModelAttribute("md")
	Markdown markdown() {
		return markdown;
	}

	@GetMapping("/t/{slug:[a-z][a-z0-9-]{1,62}}/case-studies")
	String caseStudies(@PathVariable String slug, Model model) {
		model.addAttribute("compact", site(slug));
		model.addAttribute("caseStudies", List
			.of(Services.read(services.compacts().get().uri("/api/t/{slug}/case-studies", slug), Success[].class)));
		return "success/public-list";
	}

	@GetMapping("/t/{slug:[a-z][a-z0-9-]{1,62}}/case-studies/{id}")
	String caseStudy(@PathVariable String slug, @PathVariable UUID id, Model model) {
		model.addAttribute("compact", site(slug));
		Success success = Services.read(services.compacts().get().uri("/api/t/{slug}/successes/{id}", slug, id),
				Success.class);
		if (!success.isPublic()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("caseStudy", success);
		return "success/public-one";
	}

	/**
	 * The public case studies of every compact, by the title of a code or principle they
	 * show, a sector and a place: a GET form, so a search is a link and needs no
	 * JavaScript.
	 */
	@GetMapping("/case-studies")
	String search(@RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String sector,
			@RequestParam(required = false) @Nullable String place, Model model) {
		Search search = new Search(term(code), term(sector), term(place));
		Found[] found = Services.read(services.compacts()
			.get()
			.uri(uri -> uri.path("/api/case-studies")
				.queryParamIfPresent("code", java.util.Optional.ofNullable(search.code()))
				.queryParamIfPresent("sector", java.util.Optional.ofNullable(search.sector()))
				.queryParamIfPresent("place", java.util.Optional.ofNullable(search.place()))
				.build()), Found[].class);
		Map<String, Site> names = List.of(Services.read(services.tenants().get().uri("/api/tenants"), Site[].class))
			.stream()
			.collect(Collectors.toMap(Site::slug, Function.identity(), (a, b) -> a));
		model.addAttribute("search", search);
		model.addAttribute("hits",
				List.of(found)
					.stream()
					.map(hit -> new Hit(names.getOrDefault(hit.tenant(), new Site(hit.tenant(), hit.tenant())),
							hit.caseStudy()))
					.toList());
		return "success/search";
	}

	/** Blank is no term; a long one is cut to what the service searches by. */
	private static @Nullable String term(@Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String term = typed.strip();
		return term.length() > 100 ? term.substring(0, 100) : term;
	}

	private Site site(String slug) {
		return new Site(slug,
				Services.read(services.tenants().get().uri("/api/tenants/{slug}", slug), Site.class).name());
	}

}
