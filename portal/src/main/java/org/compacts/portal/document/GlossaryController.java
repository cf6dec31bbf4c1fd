package org.compacts.portal.document;

import java.util.Map;
import java.util.UUID;

import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Refused;
import org.compacts.portal.backend.Services;
import org.compacts.portal.workspace.WorkspacePage;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The compact's glossary: members read it, its editors add terms (changing and removing
 * one is still to come).
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH + "/glossary")
class GlossaryController {

	record Entry(UUID id, String term, String meaning, long version) {
	}

	record EntryForm(@Nullable String term, @Nullable String meaning) {

		Map<String, String> request() {
			return Map.of("term", term == null ? "" : term, "meaning", meaning == null ? "" : meaning);
		}

	}

	private final Services services;

	GlossaryController(Services services) {
		this.services = services;
	}

	@GetMapping
	String list(@PathVariable String slug, Model model) {
		model.addAttribute("form", new EntryForm("", ""));
		return page(slug, model);
	}

	@PostMapping
	String add(@PathVariable String slug, @ModelAttribute EntryForm form, Model model, HttpServletResponse response) {
		Outcome<Void> added = Outcome.of(services.compacts()
			.post()
			.uri("/api/t/{slug}/glossary", slug)
			.contentType(MediaType.APPLICATION_JSON)
			.body(form.request()));
		if (added.isRefused()) {
			Refused refused = added.refused();
			if (refused.isForbidden() || refused.isNotFound()) {
				throw new ResponseStatusException(HttpStatus.valueOf(refused.status()));
			}
			model.addAttribute("refused", refused);
			model.addAttribute("form", form);
			response.setStatus(refused.status());
			return page(slug, model);
		}
		return "redirect:/t/" + slug + "/workspace/glossary?done=added";
	}

	private String page(String slug, Model model) {
		model.addAttribute("entries",
				Services.read(services.compacts().get().uri("/api/t/{slug}/glossary", slug), Entry[].class));
		return "document/glossary";
	}

}
