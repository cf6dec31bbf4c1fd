package org.compacts.portal.success;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.compacts.portal.backend.Forms;
import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Refused;
import org.compacts.portal.backend.Services;
import org.compacts.portal.site.Markdown;
import org.compacts.portal.workspace.Here;
import org.compacts.portal.workspace.WorkspacePage;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A compact's successes log: members read every success and where it stands; editors
 * record and change them, approve a draft, make an approved one public and withdraw a
 * public one, each from the version they saw.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH + "/successes")
class SuccessesController {

	private static final Map<String, String> DONE = Map.of("added", "The success is recorded as a draft.", "saved",
			"The success is saved.", "approval", "The success is approved.", "publication",
			"The success is public: a case study on the compact's site.", "withdrawal",
			"The case study is withdrawn from the public site.");

	private final Services services;

	private final Markdown markdown;

	SuccessesController(Services services, Markdown markdown) {
		this.services = services;
		this.markdown = markdown;
	}

	@ModelAttribute("md")
	Markdown markdown() {
		return markdown;
	}

	/** An organisation of the signatory register, offered on the form. */
	record Registered(UUID id, String name) {
	}

	/**
	 * A principle or code the compact has, its own or an adopted copy, offered on the
	 * form.
	 */
	record Item(UUID id, String kind, Title content, @Nullable AdoptedFrom adoptedFrom) {

		record Title(String title) {
		}

		record AdoptedFrom(String tenant) {
		}

		public String getWords() {
			return org.compacts.portal.backend.ItemNames.of(kind, content.title(),
					adoptedFrom == null ? null : adoptedFrom.tenant());
		}

	}

	@GetMapping
	String list(@PathVariable String slug, @RequestParam(required = false) @Nullable String done, Model model) {
		Forms.banner(done, DONE, model);
		model.addAttribute("successes", List
			.of(Services.read(services.compacts().get().uri("/api/t/{slug}/successes", slug), Success[].class)));
		return "success/successes";
	}

	@GetMapping("/new")
	String blank(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug, Model model) {
		here.requireEditor();
		return form(slug, model, SuccessForm.BLANK, null);
	}

	@PostMapping
	String add(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@ModelAttribute("form") SuccessForm form, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Success> added = Forms.send(services.compacts().post().uri("/api/t/{slug}/successes", slug),
				form::request, null, Success.class);
		if (added.isRefused()) {
			Forms.showRefusal(added.refused().inFormNames(SuccessForm.NAMES), model, response);
			return form(slug, model, form, null);
		}
		return "redirect:/t/" + slug + "/workspace/successes" + (added.body() == null ? "" : "/" + added.body().id())
				+ "?done=added";
	}

	@GetMapping("/{id}")
	String show(@PathVariable String slug, @PathVariable UUID id, @RequestParam(required = false) @Nullable String done,
			Model model) {
		Forms.banner(done, DONE, model);
		model.addAttribute("success", success(slug, id));
		return "success/success";
	}

	@GetMapping("/{id}/edit")
	String edit(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, Model model) {
		here.requireEditor();
		Success success = success(slug, id);
		return form(slug, model, SuccessForm.of(success), success);
	}

	/**
	 * Saves from the version the editor saw; when someone changed it meanwhile, the form
	 * shows what it says now and keeps what was typed.
	 */
	@PostMapping("/{id}")
	String save(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @ModelAttribute("form") SuccessForm form, Model model,
			HttpServletResponse response) {
		here.requireEditor();
		Outcome<Success> saved = Forms.send(services.compacts().put().uri("/api/t/{slug}/successes/{id}", slug, id),
				form::request, form.version(), Success.class);
		if (saved.isRefused()) {
			Forms.showRefusal(saved.refused().inFormNames(SuccessForm.NAMES), model, response);
			Success current = success(slug, id);
			if (saved.refused().isStale()) {
				model.addAttribute("current", current);
			}
			return form(slug, model, form, current);
		}
		return "redirect:/t/" + slug + "/workspace/successes/" + id + "?done=saved";
	}

	/**
	 * Approves, makes public or withdraws the success as the page showed it; refused (it
	 * moved on meanwhile), the page shows it as it is now, with the reason.
	 */
	@PostMapping("/{id}/{step:approval|publication|withdrawal}")
	String step(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @PathVariable String step, @RequestParam(required = false) @Nullable Long version,
			Model model, HttpServletResponse response) {
		here.requireEditor();
		var request = services.compacts().post().uri("/api/t/{slug}/successes/{id}/{step}", slug, id, step);
		if (version != null) {
			request.header(HttpHeaders.IF_MATCH, "\"" + version + "\"");
		}
		Outcome<Void> moved = Outcome.of(request);
		if (moved.isRefused()) {
			Refused refused = moved.refused();
			Forms.showRefusal(new Refused(refused.status(), refused.detail(), List.of(), refused.currentVersion()),
					model, response);
			model.addAttribute("success", success(slug, id));
			return "success/success";
		}
		return "redirect:/t/" + slug + "/workspace/successes/" + id + "?done=" + step;
	}

	private String form(String slug, Model model, SuccessForm form, @Nullable Success success) {
		List<Item> items = new ArrayList<>();
		for (String kind : List.of("principles", "codes")) {
			items.addAll(List
				.of(Services.read(services.compacts().get().uri("/api/t/{slug}/{kind}", slug, kind), Item[].class)));
		}
		model.addAttribute("form", form);
		model.addAttribute("success", success);
		model.addAttribute("items", items);
		model.addAttribute("registered", List
			.of(Services.read(services.compacts().get().uri("/api/t/{slug}/organisations", slug), Registered[].class)));
		return "success/form";
	}

	private Success success(String slug, UUID id) {
		return Services.read(services.compacts().get().uri("/api/t/{slug}/successes/{id}", slug, id), Success.class);
	}

}
