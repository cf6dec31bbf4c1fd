package org.compacts.portal.update;

import java.util.UUID;

import org.compacts.portal.backend.Services;
import org.compacts.portal.update.Updates.Update;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A compact's public updates on its public site, and only those, whoever reads: a member
 * signed in finds the rest in the workspace.
 */
@Controller
class PublicUpdatesController {

	/** The compact as the site's breadcrumbs name it. */
	record Site(String slug, String name) {
	}

	private final Updates updates;

	private final Services services;

	PublicUpdatesController(Updates updates, Services services) {
		this.updates = updates;
		this.services = services;
	}

	@GetMapping("/t/{slug:[a-z0-9-]+}/updates")
	String updates(@PathVariable String slug, Model model) {
		model.addAttribute("compact", site(slug));
		model.addAttribute("updates", updates.all(slug).stream().filter(Update::published).toList());
		return "update/public-updates";
	}

	@GetMapping("/t/{slug:[a-z0-9-]+}/updates/{id}")
	String update(@PathVariable String slug, @PathVariable UUID id, Model model) {
		Update update = updates.one(slug, id);
		if (!update.published()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("compact", site(slug));
		model.addAttribute("update", update);
		return "update/public-update";
	}

	private Site site(String slug) {
		return new Site(slug,
				Services.read(services.tenants().get().uri("/api/tenants/{slug}", slug), Site.class).name());
	}

}
