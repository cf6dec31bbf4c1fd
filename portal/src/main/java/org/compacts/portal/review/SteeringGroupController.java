package org.compacts.portal.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * The compact's steering group: its members, how often it meets, and what its next agenda
 * starts from (the matters arising from the last meeting, still open); editors set it up
 * and change it from the version they saw.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH + "/steering-group")
class SteeringGroupController {

	private final Services services;

	SteeringGroupController(Services services) {
		this.services = services;
	}

	/**
	 * The group as typed: members one a line, "Name | Organisation | Role".
	 */
	record GroupForm(@Nullable String name, @Nullable String meetingsPerYear, @Nullable String members,
			@Nullable Long version) {

		static final GroupForm BLANK = new GroupForm("Compact Steering Group", "3", "", null);

		static GroupForm of(SteeringGroup group) {
			return new GroupForm(group.name(), Integer.toString(group.meetingsPerYear()), group.membersAsLines(),
					group.version());
		}

		/** The contract's GroupInput. */
		Map<String, @Nullable Object> request() {
			List<Map<String, @Nullable String>> people = new ArrayList<>();
			for (String line : members == null ? new String[0] : members.split("\\R")) {
				if (line.isBlank()) {
					continue;
				}
				String[] parts = line.split("\\|", -1);
				Map<String, @Nullable String> member = new LinkedHashMap<>();
				member.put("name", parts[0].strip());
				member.put("organisation", parts.length > 1 ? Forms.blankAsNull(parts[1]) : null);
				member.put("role", parts.length > 2 ? Forms.blankAsNull(parts[2]) : null);
				people.add(member);
			}
			String typed = meetingsPerYear == null ? "" : meetingsPerYear.strip();
			Map<String, @Nullable Object> body = new LinkedHashMap<>();
			body.put("name", name);
			// a number goes as one; anything else as typed, for the service to refuse
			body.put("meetingsPerYear",
					typed.matches("\\d{1,9}") ? Integer.valueOf(typed) : typed.isEmpty() ? null : typed);
			body.put("members", people);
			return body;
		}

	}

	@GetMapping
	String show(@PathVariable String slug, @RequestParam(required = false) @Nullable String done, Model model) {
		Forms.banner(done, Map.of("saved", "The steering group is saved."), model);
		return page(slug, model, null);
	}

	@PostMapping
	String save(@ModelAttribute(name = "here", binding = false) Here here, @PathVariable String slug,
			@ModelAttribute("form") GroupForm form, Model model, HttpServletResponse response) {
		here.requireEditor();
		Outcome<Void> saved = Forms.send(services.compacts().put().uri("/api/t/{slug}/steering-group", slug),
				typed -> form.request(), form.version());
		if (saved.isRefused()) {
			Forms.showRefusal(saved.refused(), model, response);
			return page(slug, model, form);
		}
		return "redirect:/t/" + slug + "/workspace/steering-group?done=saved";
	}

	private String page(String slug, Model model, @Nullable GroupForm typed) {
		Outcome<SteeringGroup.Agenda> agenda = Outcome.of(
				services.compacts().get().uri("/api/t/{slug}/steering-group/next-agenda", slug),
				SteeringGroup.Agenda.class);
		if (agenda.isRefused() && !agenda.refused().isNotFound()) {
			throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.valueOf(agenda.refused().status()));
		}
		SteeringGroup.Agenda found = agenda.body();
		model.addAttribute("agenda", found);
		model.addAttribute("form",
				typed != null ? typed : found == null ? GroupForm.BLANK : GroupForm.of(found.group()));
		return "review/steering-group";
	}

}
