package org.compacts.portal.people;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.compacts.portal.backend.DateInput;
import org.compacts.portal.backend.Forms;
import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Services;
import org.compacts.portal.backend.Typed;
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
 * The compact's Compact Champions, serving and stood down: members read them, editors
 * appoint one for an organisation of the compact and record their standing down. A
 * nomination stays in the record once ended.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH + "/champions")
class ChampionsController {

	private static final Map<String, String> DONE = Map.of("appointed", "The champion is appointed.", "stood-down",
			"The champion has stood down.");

	record Champion(UUID id, String username, UUID organisationId, @Nullable String organisationName,
			LocalDate nominatedOn, @Nullable LocalDate stoodDownOn, boolean active, @Nullable String email,
			@Nullable List<Training> training, long version) {

		Champion {
			training = training == null ? List.of() : training;
		}

	}

	/** A training session the champion is recorded as having attended. */
	record Training(UUID meetingId, String title, LocalDate heldOn, String kindLabel) {
	}

	record Organisation(UUID id, String name) {
	}

	/** A nomination as the editor typed it. */
	record NominationForm(@Nullable String username, @Nullable String organisationId, @Nullable DateInput nominatedOn,
			@Nullable String email) {

		static final NominationForm BLANK = new NominationForm("", "", DateInput.BLANK, "");

		NominationForm {
			nominatedOn = DateInput.orBlank(nominatedOn);
		}

		Map<String, @Nullable Object> request(Typed typed) {
			Map<String, @Nullable Object> body = new LinkedHashMap<>();
			body.put("username", username);
			body.put("organisationId", Forms.blankAsNull(organisationId));
			body.put("nominatedOn", typed.day("nominatedOn", nominatedOn));
			body.put("email", Forms.blankAsNull(email));
			return body;
		}

	}

	record StandingDownForm(@Nullable DateInput stoodDownOn, @Nullable Long version) {

		StandingDownForm {
			stoodDownOn = DateInput.orBlank(stoodDownOn);
		}

		Map<String, @Nullable Object> request(Typed typed) {
			Map<String, @Nullable Object> body = new LinkedHashMap<>();
			body.put("stoodDownOn", typed.day("stoodDownOn", stoodDownOn));
			return body;
		}

	}

	private final Services services;

	ChampionsController(Services services) {
		this.services = services;
	}

	@GetMapping
	String list(@PathVariable String slug, @RequestParam(required = false) @Nullable String done, Model model) {
		Forms.banner(done, DONE, model);
		List<Champion> all = List
			.of(Services.read(services.compacts().get().uri("/api/t/{slug}/champions", slug), Champion[].class));
		model.addAttribute("serving", all.stream().filter(Champion::active).toList());
		model.addAttribute("stoodDown", all.stream().filter(champion -> !champion.active()).toList());
		return "people/champions";
	}

	@GetMapping("/new")
	String blank(@PathVariable String slug, Model model) {
		return nominationForm(slug, model, NominationForm.BLANK);
	}

	@PostMapping
	String appoint(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@ModelAttribute NominationForm form, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Void> appointed = Forms.send(services.compacts().post().uri("/api/t/{slug}/champions", slug),
				form::request, null);
		if (appointed.isRefused()) {
			Forms.showRefusal(appointed.refused(), model, response);
			return nominationForm(slug, model, form);
		}
		return "redirect:/t/" + slug + "/workspace/champions?done=appointed";
	}

	@GetMapping("/{id}/stand-down")
	String confirmStandingDown(@PathVariable String slug, @PathVariable UUID id, Model model) {
		Champion champion = champion(slug, id);
		model.addAttribute("champion", champion);
		model.addAttribute("form", new StandingDownForm(DateInput.BLANK, champion.version()));
		return "people/stand-down";
	}

	/**
	 * Ends the nomination the editor confirmed, in the version they saw; refused, the
	 * page shows the champion as they are now.
	 */
	@PostMapping("/{id}/stand-down")
	String standDown(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @ModelAttribute StandingDownForm form, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Void> stoodDown = Forms.send(
				services.compacts().post().uri("/api/t/{slug}/champions/{id}/stand-down", slug, id), form::request,
				form.version());
		if (stoodDown.isRefused()) {
			Forms.showRefusal(stoodDown.refused(), model, response);
			Champion current = champion(slug, id);
			model.addAttribute("champion", current);
			model.addAttribute("form", new StandingDownForm(form.stoodDownOn(), current.version()));
			return "people/stand-down";
		}
		return "redirect:/t/" + slug + "/workspace/champions?done=stood-down";
	}

	private String nominationForm(String slug, Model model, NominationForm form) {
		model.addAttribute("organisations", List.of(Services
			.read(services.compacts().get().uri("/api/t/{slug}/organisations", slug), Organisation[].class)));
		model.addAttribute("form", form);
		return "people/champion";
	}

	private Champion champion(String slug, UUID id) {
		return Services.read(services.compacts().get().uri("/api/t/{slug}/champions/{id}", slug, id), Champion.class);
	}

}
