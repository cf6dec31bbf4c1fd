package org.compacts.portal.update;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.compacts.portal.backend.Forms;
import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Services;
import org.compacts.portal.backend.Typed;
import org.compacts.portal.update.Updates.Update;
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

/**
 * The compact's updates to its champions and members: members read them; editors send one
 * (it goes by e-mail as each person chose) and correct its page or make it public.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH + "/updates")
class UpdatesController {

	private static final Map<String, String> DONE = Map.of("sent",
			"The update is sent: each person gets it as they chose, at once or in their digest.", "saved",
			"The update's page is saved.");

	/**
	 * An update as the editor typed it; version is the one they saw, absent for a new
	 * one.
	 */
	record UpdateForm(@Nullable String audience, @Nullable String title, @Nullable String body,
			@Nullable String published, @Nullable Long version) {

		static final UpdateForm BLANK = new UpdateForm("CHAMPIONS", "", "", null, null);

		static UpdateForm of(Update update) {
			return new UpdateForm(update.audience(), update.title(), update.body(), update.published() ? "true" : null,
					update.version());
		}

		public boolean isPublic() {
			return "true".equals(published);
		}

		Map<String, @Nullable Object> request(Typed typed) {
			Map<String, @Nullable Object> body = new LinkedHashMap<>();
			if (version == null) {
				body.put("audience", Forms.blankAsNull(audience));
			}
			body.put("title", title);
			body.put("body", this.body);
			body.put("published", isPublic());
			return body;
		}

	}

	private final Updates updates;

	private final Services services;

	UpdatesController(Updates updates, Services services) {
		this.updates = updates;
		this.services = services;
	}

	@GetMapping
	String list(@PathVariable String slug, @RequestParam(required = false) @Nullable String done, Model model) {
		Forms.banner(done, DONE, model);
		model.addAttribute("updates", updates.all(slug));
		return "update/updates";
	}

	@GetMapping("/new")
	String blank(@ModelAttribute(name = "here", binding = false) Here here, Model model) {
		here.requireEditor();
		return form(model, UpdateForm.BLANK, null);
	}

	@PostMapping
	String send(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@ModelAttribute UpdateForm form, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Update> sent = Forms.send(services.compacts().post().uri("/api/t/{slug}/updates", slug), form::request,
				null, Update.class);
		if (sent.isRefused()) {
			Forms.showRefusal(sent.refused(), model, response);
			return form(model, form, null);
		}
		Update update = sent.body();
		return "redirect:/t/" + slug + "/workspace/updates" + (update == null ? "" : "/" + update.id()) + "?done=sent";
	}

	@GetMapping("/{id}")
	String update(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String done, Model model) {
		Forms.banner(done, DONE, model);
		model.addAttribute("update", updates.one(slug, id));
		return "update/update";
	}

	@GetMapping("/{id}/edit")
	String edit(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, Model model) {
		here.requireEditor();
		Update update = updates.one(slug, id);
		return form(model, UpdateForm.of(update), update);
	}

	/**
	 * Saves the page from the version the editor saw; when someone changed it meanwhile,
	 * the page shows that and keeps what was typed.
	 */
	@PostMapping("/{id}")
	String save(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @ModelAttribute UpdateForm form, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Void> saved = Forms.send(services.compacts().put().uri("/api/t/{slug}/updates/{id}", slug, id),
				form::request, form.version());
		if (saved.isRefused()) {
			Forms.showRefusal(saved.refused(), model, response);
			return form(model, form, updates.one(slug, id));
		}
		return "redirect:/t/" + slug + "/workspace/updates/" + id + "?done=saved";
	}

	private static String form(Model model, UpdateForm form, @Nullable Update update) {
		model.addAttribute("form", form);
		model.addAttribute("update", update);
		return "update/update-form";
	}

}
