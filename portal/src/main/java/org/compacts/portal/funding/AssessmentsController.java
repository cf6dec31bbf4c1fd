package org.compacts.portal.funding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.compacts.portal.backend.Forms;
import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Refused;
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
 * Compliance self-assessments and the quality mark: members read them; editors (the
 * steering group, for now) begin one for a signatory, answer it, submit it, and review
 * it: award the mark, send it back, or revoke an awarded one with a reason. Every step
 * names the version seen.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH + "/self-assessments")
class AssessmentsController {

	private static final Map<String, String> DONE = Map.of("begun",
			"The self-assessment is begun: answer each undertaking.", "answers", "The answers are saved.", "submission",
			"The self-assessment is submitted for review.", "return",
			"The self-assessment is sent back to be answered again.", "award",
			"The quality mark is awarded: Compact compliant.", "revocation", "The quality mark is revoked.");

	private final Services services;

	AssessmentsController(Services services) {
		this.services = services;
	}

	record Registered(UUID id, String name) {
	}

	@GetMapping
	String list(@PathVariable String slug, @RequestParam(required = false) @Nullable String done, Model model) {
		Forms.banner(done, DONE, model);
		model.addAttribute("assessments", List.of(Services
			.read(services.compacts().get().uri("/api/t/{slug}/self-assessments", slug), Assessment[].class)));
		model.addAttribute("registered", List
			.of(Services.read(services.compacts().get().uri("/api/t/{slug}/organisations", slug), Registered[].class)));
		return "funding/assessments";
	}

	@PostMapping
	String begin(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@RequestParam(required = false) @Nullable String organisationId, Model model,
			HttpServletResponse response) {
		here.requireEditor();
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("organisationId", Forms.blankAsNull(organisationId));
		Outcome<Assessment> begun = Forms.send(services.compacts().post().uri("/api/t/{slug}/self-assessments", slug),
				typed -> body, null, Assessment.class);
		if (begun.isRefused()) {
			Forms.showRefusal(begun.refused(), model, response);
			return list(slug, null, model);
		}
		Assessment assessment = begun.body();
		return "redirect:/t/" + slug + "/workspace/self-assessments" + (assessment == null ? "" : "/" + assessment.id())
				+ "?done=begun";
	}

	@GetMapping("/{id}")
	String show(@PathVariable String slug, @PathVariable UUID id, @RequestParam(required = false) @Nullable String done,
			Model model) {
		Forms.banner(done, DONE, model);
		model.addAttribute("assessment", assessment(slug, id));
		return "funding/assessment";
	}

	/**
	 * Saves the answers as typed, each undertaking's {@code response-<n>} and
	 * {@code evidence-<n>}; refused, the page shows what was typed with the reasons.
	 */
	@PostMapping("/{id}/answers")
	String answer(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @RequestParam Map<String, String> typed, Model model, HttpServletResponse response) {
		here.requireEditor();
		Assessment shown = assessment(slug, id);
		List<Map<String, @Nullable String>> answers = new ArrayList<>();
		for (int i = 0; i < shown.answers().size(); i++) {
			Map<String, @Nullable String> answer = new LinkedHashMap<>();
			answer.put("response", Forms.blankAsNull(typed.get("response-" + i)));
			answer.put("evidence", Forms.blankAsNull(typed.get("evidence-" + i)));
			answers.add(answer);
		}
		Outcome<Void> saved = Forms.send(
				services.compacts().put().uri("/api/t/{slug}/self-assessments/{id}/answers", slug, id),
				Map.of("answers", answers), version(typed.get("version")));
		if (saved.isRefused()) {
			Forms.showRefusal(saved.refused(), model, response);
			model.addAttribute("assessment", shown);
			model.addAttribute("typed", typed);
			return "funding/assessment";
		}
		return "redirect:/t/" + slug + "/workspace/self-assessments/" + id + "?done=answers";
	}

	/** Submits, sends back, awards or revokes it as the page showed it. */
	@PostMapping("/{id}/{step:submission|return|award|revocation}")
	String step(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@PathVariable UUID id, @PathVariable String step, @RequestParam Map<String, String> typed, Model model,
			HttpServletResponse response) {
		here.requireEditor();
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		if (step.equals("revocation")) {
			body.put("reason", Forms.blankAsNull(typed.get("reason")));
		}
		Outcome<Void> moved = Forms.send(
				services.compacts().post().uri("/api/t/{slug}/self-assessments/{id}/{step}", slug, id, step),
				ignored -> body, version(typed.get("version")));
		if (moved.isRefused()) {
			Forms.showRefusal(moved.refused(), model, response);
			model.addAttribute("assessment", assessment(slug, id));
			return "funding/assessment";
		}
		return "redirect:/t/" + slug + "/workspace/self-assessments/" + id + "?done=" + step;
	}

	private static @Nullable Long version(@Nullable String typed) {
		try {
			return typed == null || typed.isBlank() ? null : Long.valueOf(typed.strip());
		}
		catch (NumberFormatException notANumber) {
			throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.BAD_REQUEST, "version is no number");
		}
	}

	private Assessment assessment(String slug, UUID id) {
		return Services.read(services.compacts().get().uri("/api/t/{slug}/self-assessments/{id}", slug, id),
				Assessment.class);
	}

	/**
	 * For the template: the id of an answer's field, as the error summary links to it.
	 */
	static String anchor(String field) {
		return Refused.anchor(field);
	}

}
