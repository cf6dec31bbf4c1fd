package org.compacts.portal.funding;

import java.util.UUID;

import org.compacts.portal.backend.Services;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A quality mark's public page, the same for everyone: who holds it, since when and until
 * when, the codes it covers and the evidence, or that it was revoked and why.
 */
@Controller
class MarkPageController {

	private final Services services;

	MarkPageController(Services services) {
		this.services = services;
	}

	record Site(String slug, String name) {
	}

	@GetMapping("/t/{slug:[a-z][a-z0-9-]{1,62}}/quality-marks/{id}")
	String mark(@PathVariable String slug, @PathVariable UUID id, Model model) {
		model.addAttribute("compact", new Site(slug,
				Services.read(services.tenants().get().uri("/api/tenants/{slug}", slug), Site.class).name()));
		model.addAttribute("mark",
				Services.read(services.compacts().get().uri("/api/t/{slug}/quality-marks/{id}", slug, id), Mark.class));
		return "funding/mark";
	}

}
