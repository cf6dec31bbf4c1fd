package org.compacts.portal.dispute;

import org.compacts.portal.backend.Services;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The agreed, anonymised summaries of a compact's resolved disputes on its public site,
 * the same for every visitor: the log itself is its members', in the workspace.
 */
@Controller
class PublicDisputesController {

	/** The compact as the site's breadcrumbs name it. */
	record Site(String slug, String name) {
	}

	private final DisputeBook book;

	private final Services services;

	PublicDisputesController(DisputeBook book, Services services) {
		this.book = book;
		this.services = services;
	}

	@GetMapping("/t/{slug:[a-z0-9-]+}/disputes")
	String published(@PathVariable String slug, Model model) {
		model.addAttribute("compact", new Site(slug,
				Services.read(services.tenants().get().uri("/api/tenants/{slug}", slug), Site.class).name()));
		model.addAttribute("summaries", book.published(slug));
		return "dispute/public-disputes";
	}

}
