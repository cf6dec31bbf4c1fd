package org.compacts.portal.notice;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.compacts.portal.backend.Forms;
import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Services;
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
 * A member's own e-mail preferences for the compact: every member may choose theirs, so
 * no editor role is needed; compact-service knows the person by their token's address.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH + "/notifications")
class NotificationsController {

	private static final Map<String, String> DONE = Map.of("saved", "Your e-mail preferences are saved.");

	/** The choices, as the service names them, with what a person reads. */
	static final List<Choice> CHOICES = List.of(
			new Choice("AT_ONCE", "At once", "An e-mail for each reminder, as it comes."),
			new Choice("DAILY", "A daily digest", "One e-mail a day with what came up, if anything did."),
			new Choice("WEEKLY", "A weekly digest", "One e-mail on Mondays with the week's reminders."),
			new Choice("NONE", "None", "No e-mail from this compact."));

	record Choice(String value, String label, String hint) {
	}

	record Preference(String person, String cadence, boolean chosen, long version) {
	}

	record PreferenceForm(@Nullable String cadence, long version) {

		Map<String, @Nullable Object> request() {
			return java.util.Collections.singletonMap("cadence", Forms.blankAsNull(cadence));
		}

	}

	private final Services services;

	NotificationsController(Services services) {
		this.services = services;
	}

	@GetMapping
	String preferences(@PathVariable String slug, @RequestParam(required = false) @Nullable String done, Model model) {
		Preference preference = Services
			.read(services.compacts().get().uri("/api/t/{slug}/notices/preferences/me", slug), Preference.class);
		Forms.banner(done, DONE, model);
		return page(model, preference, new PreferenceForm(preference.cadence(), preference.version()));
	}

	@PostMapping
	String choose(@PathVariable String slug, @ModelAttribute PreferenceForm form, Model model,
			HttpServletResponse response) {
		Outcome<Void> saved = Forms.send(services.compacts().put().uri("/api/t/{slug}/notices/preferences/me", slug),
				form.request(), form.version());
		if (saved.isRefused()) {
			Forms.showRefusal(saved.refused(), model, response);
			Preference current = Services
				.read(services.compacts().get().uri("/api/t/{slug}/notices/preferences/me", slug), Preference.class);
			return page(model, current, new PreferenceForm(form.cadence(), current.version()));
		}
		return "redirect:/t/" + slug + "/workspace/notifications?done=saved";
	}

	private static String page(Model model, Preference preference, PreferenceForm form) {
		model.addAttribute("preference", preference);
		model.addAttribute("form", form);
		model.addAttribute("choices", CHOICES);
		return "notice/preferences";
	}

}
