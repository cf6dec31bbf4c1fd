package org.compacts.portal.document;

import java.util.Map;
import java.util.UUID;

import org.compacts.portal.backend.Forms;
import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Services;
import org.compacts.portal.workspace.Here;
import org.compacts.portal.workspace.WorkspacePage;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The compact's glossary: members read it, its editors add, change and remove terms. A
 * change names the version the editor saw, so one made meanwhile is shown to them instead
 * of overwritten. Shaped like the contacts pages in {@code people}.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH + "/glossary")
class GlossaryController {

	private static final Map<String, String> DONE = Map.of("added", "The term is added.", "changed",
			"The term is changed.", "removed", "The term is removed.");

	record Entry(UUID id, String term, String meaning, long version) {
	}

	/** What the editor typed; version is the one they saw, absent for a new term. */
	record EntryForm(@Nullable String term, @Nullable String meaning, @Nullable Long version) {

		static final EntryForm BLANK = new EntryForm("", "", null);

		static EntryForm of(Entry entry) {
			return new EntryForm(entry.term(), entry.meaning(), entry.version());
		}

		Map<String, String> request() {
			return Map.of("term", term == null ? "" : term, "meaning", meaning == null ? "" : meaning);
		}

	}

	private final Services services;

	GlossaryController(Services services) {
		this.services = services;
	}

	@GetMapping
	String list(@PathVariable String slug, @RequestParam(required = false) @Nullable String done, Model model) {
		Forms.banner(done, DONE, model);
		model.addAttribute("form", EntryForm.BLANK);
		return page(slug, model);
	}

	@PostMapping
	String add(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@ModelAttribute("form") EntryForm form, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Void> added = Forms.send(services.compacts().post().uri("/api/t/{slug}/glossary", slug), form.request(),
				null);
		if (added.isRefused()) {
			Forms.showRefusal(added.refused(), model, response);
			return page(slug, model);
		}
		return "redirect:/t/" + slug + "/workspace/glossary?done=added";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable String slug, @PathVariable UUID id, Model model) {
		Entry entry = one(slug, id);
		model.addAttribute("entry", entry);
		model.addAttribute("form", EntryForm.of(entry));
		return "document/glossary-entry";
	}

	/**
	 * Puts the term whole. When someone changed it meanwhile, the page shows what it says
	 * now beside what this editor typed, and the next save starts from it.
	 */
	@PostMapping("/{id}")
	String change(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @ModelAttribute("form") EntryForm form, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Void> changed = Forms.send(services.compacts().put().uri("/api/t/{slug}/glossary/{id}", slug, id),
				form.request(), form.version());
		if (changed.isRefused()) {
			Forms.showRefusal(changed.refused(), model, response);
			Entry current = one(slug, id);
			model.addAttribute("entry", current);
			if (changed.refused().isStale()) {
				model.addAttribute("current", current);
			}
			return "document/glossary-entry";
		}
		return "redirect:/t/" + slug + "/workspace/glossary?done=changed";
	}

	@GetMapping("/{id}/remove")
	String confirmRemoval(@PathVariable String slug, @PathVariable UUID id, Model model) {
		model.addAttribute("entry", one(slug, id));
		return "document/glossary-remove";
	}

	@PostMapping("/{id}/remove")
	String remove(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Void> removed = Outcome.of(services.compacts().delete().uri("/api/t/{slug}/glossary/{id}", slug, id));
		if (removed.isRefused()) {
			Forms.showRefusal(removed.refused(), model, response);
			model.addAttribute("entry", one(slug, id));
			return "document/glossary-remove";
		}
		return "redirect:/t/" + slug + "/workspace/glossary?done=removed";
	}

	private String page(String slug, Model model) {
		model.addAttribute("entries",
				Services.read(services.compacts().get().uri("/api/t/{slug}/glossary", slug), Entry[].class));
		return "document/glossary";
	}

	private Entry one(String slug, UUID id) {
		return Services.read(services.compacts().get().uri("/api/t/{slug}/glossary/{id}", slug, id), Entry.class);
	}

}
