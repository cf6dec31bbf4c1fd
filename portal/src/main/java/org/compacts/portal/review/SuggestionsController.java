package org.compacts.portal.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.compacts.portal.backend.Forms;
import org.compacts.portal.backend.ItemNames;
import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Services;
import org.compacts.portal.backend.Typed;
import org.compacts.portal.workspace.WorkspacePage;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The standing register of feedback and suggested amendments: any member reads it and
 * suggests, at any time; the next annual review (or the one in draft) takes each on board
 * and decides it. A suggestion's author changes it from the version they saw until then.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH + "/suggestions")
class SuggestionsController {

	private static final Map<String, String> DONE = Map.of("suggested",
			"Your suggestion is in the register: the compact's next annual review will decide it.", "saved",
			"Your suggestion is saved.");

	/** A suggestion as compact-service gives it. */
	record Suggestion(UUID id, String suggestion, @Nullable UUID itemId, String suggestedBy, LocalDate receivedOn,
			@Nullable Integer gatheredInto, boolean yours, long version) {

		/** Its author may change it until a review takes it on board. */
		public boolean isChangeable() {
			return yours && gatheredInto == null;
		}

	}

	/** A principle or code it may name, as the compact lists them. */
	record Item(UUID id, String kind, Content content, @Nullable Source adoptedFrom) {

		public String getNamed() {
			return ItemNames.of(kind, content.title(), adoptedFrom == null ? null : adoptedFrom.tenant());
		}

	}

	record Content(String title) {
	}

	record Source(String tenant) {
	}

	/** As typed; version is the one the author saw, absent for a new suggestion. */
	record SuggestionForm(@Nullable String suggestion, @Nullable String itemId, @Nullable String suggestedBy,
			@Nullable Long version) {

		static final SuggestionForm BLANK = new SuggestionForm("", "", "", null);

		static SuggestionForm of(Suggestion made) {
			return new SuggestionForm(made.suggestion(), made.itemId() == null ? "" : made.itemId().toString(),
					made.suggestedBy(), made.version());
		}

		Map<String, @Nullable Object> request(Typed typed) {
			Map<String, @Nullable Object> body = new LinkedHashMap<>();
			body.put("suggestion", suggestion);
			body.put("itemId", Forms.blankAsNull(itemId));
			body.put("suggestedBy", suggestedBy);
			return body;
		}

	}

	private final Services services;

	SuggestionsController(Services services) {
		this.services = services;
	}

	@GetMapping
	String list(@PathVariable String slug, @RequestParam(required = false) @Nullable String done, Model model) {
		Forms.banner(done, DONE, model);
		return page(slug, model, SuggestionForm.BLANK);
	}

	@PostMapping
	String suggest(@PathVariable String slug, @ModelAttribute SuggestionForm form, Model model,
			HttpServletResponse response) {
		Outcome<Void> made = Forms.send(services.compacts().post().uri("/api/t/{slug}/amendment-suggestions", slug),
				form::request, null);
		if (made.isRefused()) {
			Forms.showRefusal(made.refused(), model, response);
			return page(slug, model, form);
		}
		return "redirect:/t/" + slug + "/workspace/suggestions?done=suggested";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable String slug, @PathVariable UUID id, Model model) {
		Suggestion made = one(slug, id);
		return form(slug, model, SuggestionForm.of(made), made);
	}

	/**
	 * Saves from the version the author saw; changed meanwhile or taken on board, the
	 * page says so and keeps what was typed.
	 */
	@PostMapping("/{id}")
	String save(@PathVariable String slug, @PathVariable UUID id, @ModelAttribute SuggestionForm form, Model model,
			HttpServletResponse response) {
		Outcome<Void> saved = Forms.send(
				services.compacts().put().uri("/api/t/{slug}/amendment-suggestions/{id}", slug, id), form::request,
				form.version());
		if (saved.isRefused()) {
			Forms.showRefusal(saved.refused(), model, response);
			return form(slug, model, form, one(slug, id));
		}
		return "redirect:/t/" + slug + "/workspace/suggestions?done=saved";
	}

	private Suggestion one(String slug, UUID id) {
		return Services.read(services.compacts().get().uri("/api/t/{slug}/amendment-suggestions/{id}", slug, id),
				Suggestion.class);
	}

	private String page(String slug, Model model, SuggestionForm form) {
		List<Item> items = items(slug);
		model.addAttribute("suggestions", List.of(Services
			.read(services.compacts().get().uri("/api/t/{slug}/amendment-suggestions", slug), Suggestion[].class)));
		model.addAttribute("items", items);
		model.addAttribute("names", names(items));
		model.addAttribute("form", form);
		return "review/suggestions";
	}

	private String form(String slug, Model model, SuggestionForm form, Suggestion made) {
		model.addAttribute("items", items(slug));
		model.addAttribute("form", form);
		model.addAttribute("suggestion", made);
		return "review/suggestion-form";
	}

	private List<Item> items(String slug) {
		List<Item> items = new ArrayList<>();
		for (String kind : List.of("principles", "codes")) {
			items.addAll(List
				.of(Services.read(services.compacts().get().uri("/api/t/{slug}/{kind}", slug, kind), Item[].class)));
		}
		return items;
	}

	private static Map<UUID, String> names(List<Item> items) {
		Map<UUID, String> names = new LinkedHashMap<>();
		items.forEach(item -> names.put(item.id(), item.getNamed()));
		return names;
	}

}
