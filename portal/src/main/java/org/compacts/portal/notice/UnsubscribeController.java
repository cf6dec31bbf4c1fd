package org.compacts.portal.notice;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.compacts.portal.backend.Outcome;
import org.compacts.portal.backend.Services;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where the unsubscribe link at the foot of each mail leads, signed in or not. Opening it
 * changes nothing (mail scanners open links); the button does, as the mail client's
 * one-click POST (RFC 8058) to compact-service does.
 */
@Controller
@RequestMapping("/t/{slug:[a-z][a-z0-9-]{1,62}}/unsubscribe")
class UnsubscribeController {

	private final Services services;

	UnsubscribeController(Services services) {
		this.services = services;
	}

	@GetMapping
	String confirm(@PathVariable String slug, @RequestParam String person, @RequestParam String list,
			@RequestParam String sig, Model model) {
		model.addAllAttributes(Map.of("slug", slug, "person", person, "list", list, "sig", sig));
		return "notice/unsubscribe";
	}

	@PostMapping
	String unsubscribe(@PathVariable String slug, @RequestParam String person, @RequestParam String list,
			@RequestParam String sig, Model model, HttpServletResponse response) {
		Outcome<Void> done = Outcome.of(services.compacts()
			.post()
			.uri("/api/t/{slug}/notices/unsubscribe?person={person}&list={list}&sig={sig}", slug, person, list, sig));
		model.addAllAttributes(Map.of("slug", slug, "person", person, "list", list, "sig", sig));
		if (done.isRefused()) {
			model.addAttribute("refused", done.refused());
			response.setStatus(done.refused().status());
			return "notice/unsubscribe";
		}
		model.addAttribute("unsubscribed", true);
		return "notice/unsubscribe";
	}

}
