package org.compacts.portal.funding;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
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

/**
 * The funding register: members read each record and how it stands against the funding
 * code; editors record and change them, from the version they saw.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH + "/funding")
class FundingController {

	private static final Map<String, String> DONE = Map.of("added", "The funding record is added and checked.", "saved",
			"The funding record is saved and checked again.");

	private final Services services;

	FundingController(Services services) {
		this.services = services;
	}

	/** An organisation of the signatory register, offered on the form. */
	record Registered(UUID id, String name) {
	}

	@GetMapping
	String list(@PathVariable String slug, @RequestParam(required = false) @Nullable String done, Model model) {
		Forms.banner(done, DONE, model);
		model.addAttribute("records", List
			.of(Services.read(services.compacts().get().uri("/api/t/{slug}/funding-records", slug), Funding[].class)));
		return "funding/register";
	}

	@GetMapping("/new")
	String blank(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug, Model model) {
		here.requireEditor();
		return form(slug, model, FundingForm.BLANK, null);
	}

	@PostMapping
	String add(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@ModelAttribute("form") FundingForm form, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Funding> added = Forms.send(services.compacts().post().uri("/api/t/{slug}/funding-records", slug),
				form::request, null, Funding.class);
		if (added.isRefused()) {
			Forms.showRefusal(added.refused(), model, response);
			return form(slug, model, form, null);
		}
		return "redirect:/t/" + slug + "/workspace/funding?done=added";
	}

	@GetMapping("/{id}")
	String edit(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, Model model) {
		here.requireEditor();
		Funding funding = funding(slug, id);
		return form(slug, model, FundingForm.of(funding), funding);
	}

	/**
	 * Saves from the version the editor saw; when someone changed it meanwhile, the form
	 * shows what it says now and keeps what was typed.
	 */
	@PostMapping("/{id}")
	String save(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @ModelAttribute("form") FundingForm form, Model model,
			HttpServletResponse response) {
		here.requireEditor();
		Outcome<Funding> saved = Forms.send(
				services.compacts().put().uri("/api/t/{slug}/funding-records/{id}", slug, id), form::request,
				form.version(), Funding.class);
		if (saved.isRefused()) {
			Forms.showRefusal(saved.refused(), model, response);
			Funding current = funding(slug, id);
			if (saved.refused().isStale()) {
				model.addAttribute("current", current);
			}
			return form(slug, model, form, current);
		}
		return "redirect:/t/" + slug + "/workspace/funding?done=saved";
	}

	private String form(String slug, Model model, FundingForm form, @Nullable Funding funding) {
		model.addAttribute("form", form);
		model.addAttribute("funding", funding);
		model.addAttribute("kinds", Choice.Kind.values());
		model.addAttribute("payments", Choice.Payment.values());
		model.addAttribute("registered", List
			.of(Services.read(services.compacts().get().uri("/api/t/{slug}/organisations", slug), Registered[].class)));
		return "funding/form";
	}

	private Funding funding(String slug, UUID id) {
		return Services.read(services.compacts().get().uri("/api/t/{slug}/funding-records/{id}", slug, id),
				Funding.class);
	}

}
