package org.compacts.portal.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Refused;
import org.compacts.portal.backend.Services;
import org.compacts.portal.site.Dates;
import org.compacts.portal.workspace.Here;
import org.compacts.portal.workspace.WorkspacePage;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.server.ResponseStatusException;

/**
 * A compact's performance indicators: members read each one's definition, readings and
 * RAG; editors define indicators, change them from the version they saw, and add
 * readings. A reading is never changed or removed, so there is no control for it.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH + "/indicators")
class IndicatorsController {

	private static final Map<String, String> DONE = Map.of("added", "The indicator is added.", "saved",
			"The indicator is saved.", "reading", "The reading is added.");

	private final Services services;

	private final Dates dates;

	IndicatorsController(Services services, Dates dates) {
		this.services = services;
		this.dates = dates;
	}

	@ModelAttribute("dates")
	Dates dates() {
		return dates;
	}

	@GetMapping
	String list(@PathVariable String slug, @RequestParam(required = false) @Nullable String done, Model model) {
		model.addAttribute("done", done == null ? null : DONE.get(done));
		model.addAttribute("indicators", List
			.of(Services.read(services.compacts().get().uri("/api/t/{slug}/indicators", slug), Indicator[].class)));
		return "indicator/indicators";
	}

	@GetMapping("/new")
	String blank(@PathVariable String slug, Model model) {
		return form(slug, model, IndicatorForm.BLANK, null);
	}

	@PostMapping
	String add(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@ModelAttribute("form") IndicatorForm form, Model model, HttpServletResponse response) {
		requireEditor(here);
		Outcome<Indicator> added = send(services.compacts().post().uri("/api/t/{slug}/indicators", slug), form::request,
				null);
		if (added.isRefused()) {
			showRefusal(added.refused(), IndicatorForm.NAMES, model, response);
			return form(slug, model, form, null);
		}
		return "redirect:/t/" + slug + "/workspace/indicators" + (added.body() == null ? "" : "/" + added.body().id())
				+ "?done=added";
	}

	@GetMapping("/{id}")
	String show(@PathVariable String slug, @PathVariable UUID id, @RequestParam(required = false) @Nullable String done,
			Model model) {
		model.addAttribute("done", done == null ? null : DONE.get(done));
		return page(model, indicator(slug, id), ReadingForm.BLANK);
	}

	/**
	 * Adds a reading to the indicator as the page showed it; when it changed meanwhile,
	 * or the service refuses the reading, the page shows the indicator as it is now with
	 * what was typed kept.
	 */
	@PostMapping("/{id}/readings")
	String addReading(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @ModelAttribute("reading") ReadingForm form, Model model,
			HttpServletResponse response) {
		requireEditor(here);
		Outcome<Indicator> added = send(
				services.compacts().post().uri("/api/t/{slug}/indicators/{id}/readings", slug, id), form::request,
				form.version());
		if (added.isRefused()) {
			showRefusal(added.refused(), ReadingForm.NAMES, model, response);
			return page(model, indicator(slug, id), form);
		}
		return "redirect:/t/" + slug + "/workspace/indicators/" + id + "?done=reading";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable String slug, @PathVariable UUID id, Model model) {
		Indicator indicator = indicator(slug, id);
		return form(slug, model, IndicatorForm.of(indicator), indicator);
	}

	/**
	 * Saves the definition from the version the editor saw; when someone changed it
	 * meanwhile, the page shows what it says now and keeps what was typed.
	 */
	@PostMapping("/{id}")
	String save(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @ModelAttribute("form") IndicatorForm form, Model model,
			HttpServletResponse response) {
		requireEditor(here);
		Outcome<Indicator> saved = send(services.compacts().put().uri("/api/t/{slug}/indicators/{id}", slug, id),
				form::request, form.version());
		if (saved.isRefused()) {
			showRefusal(saved.refused(), IndicatorForm.NAMES, model, response);
			Indicator current = indicator(slug, id);
			if (saved.refused().isStale()) {
				model.addAttribute("current", current);
			}
			return form(slug, model, form, current);
		}
		return "redirect:/t/" + slug + "/workspace/indicators/" + id + "?done=saved";
	}

	private String page(Model model, Indicator indicator, ReadingForm reading) {
		model.addAttribute("indicator", indicator);
		model.addAttribute("sparkline", Sparkline.of(indicator, dates::day));
		model.addAttribute("reading", reading);
		return "indicator/indicator";
	}

	private String form(String slug, Model model, IndicatorForm form, @Nullable Indicator indicator) {
		List<Evidence> evidence = new ArrayList<>();
		for (String kind : List.of("principles", "codes")) {
			evidence.addAll(List.of(Services.read(services.compacts().get().uri("/api/t/{slug}/{kind}", slug, kind),
					Evidence[].class)));
		}
		model.addAttribute("form", form);
		model.addAttribute("indicator", indicator);
		model.addAttribute("evidence", evidence);
		model.addAttribute("directions", Choice.DIRECTIONS.all());
		model.addAttribute("visibilities", Choice.VISIBILITIES.all());
		return "indicator/form";
	}

	private Indicator indicator(String slug, UUID id) {
		return Services.read(services.compacts().get().uri("/api/t/{slug}/indicators/{id}", slug, id), Indicator.class);
	}

	/**
	 * Refuses a post from a member without the editor role before anything is sent: the
	 * service would refuse it too, but the page must not even try.
	 */
	private static void requireEditor(Here here) {
		if (!here.canEdit()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	/**
	 * Sends the change as the visitor, with the version seen as If-Match where there is
	 * one; a form with a day or a number that cannot be read is refused without asking.
	 */
	private static Outcome<Indicator> send(RestClient.RequestBodySpec request,
			Function<Typed, ? extends Map<String, ?>> form, @Nullable Long version) {
		Typed typed = new Typed();
		Map<String, ?> body = form.apply(typed);
		Optional<Refused> unsendable = typed.refusal();
		if (unsendable.isPresent()) {
			return new Outcome<>(null, null, unsendable.get());
		}
		request.contentType(MediaType.APPLICATION_JSON);
		if (version != null) {
			request.header(HttpHeaders.IF_MATCH, "\"" + version + "\"");
		}
		return Outcome.of(request.body(body), Indicator.class);
	}

	/**
	 * Puts the refusal, in the form's names, on the page about to be shown again, with
	 * the service's status; one no form can fix (not found, not allowed) is the page's
	 * answer instead.
	 */
	private static void showRefusal(Refused refused, Map<String, String> names, Model model,
			HttpServletResponse response) {
		if (refused.isForbidden() || refused.isNotFound()) {
			throw new ResponseStatusException(HttpStatus.valueOf(refused.status()));
		}
		model.addAttribute("refused", Typed.inFormNames(refused, names));
		response.setStatus(refused.status());
	}

}
