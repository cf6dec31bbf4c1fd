package org.compacts.portal.editor;

import java.util.List;
import java.util.stream.Stream;

import org.compacts.portal.backend.Services;
import org.compacts.portal.editor.Items.Item;
import org.compacts.portal.editor.Items.Kind;
import org.compacts.portal.site.RecentChanges;
import org.compacts.portal.workspace.Here;
import org.compacts.portal.workspace.WorkspacePage;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A compact's workspace at a glance: the visitor's role, what is being written, what is
 * out for comment, and the conflicts with the compact it follows that wait for an editor.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH)
class DashboardController {

	/** sync-service's view of what a compact receives, as much as the dashboard needs. */
	record Received(List<Received.ItemSync> items) {

		record ItemSync(String sourceTenant, String itemId, String kind, String state, @Nullable String detail) {
		}

	}

	private final Items items;

	private final Services services;

	private final RecentChanges recentChanges;

	DashboardController(Items items, Services services, RecentChanges recentChanges) {
		this.items = items;
		this.services = services;
		this.recentChanges = recentChanges;
	}

	@GetMapping
	String dashboard(@ModelAttribute(name = "here", binding = false) Here here, Authentication visitor, Model model) {
		List<Item> all = Stream.of(Kind.PRINCIPLES, Kind.CODES)
			.flatMap(kind -> items.all(here.slug(), kind).stream())
			.toList();
		model.addAttribute("drafts", all.stream().filter(item -> "DRAFT".equals(item.status())).toList());
		model.addAttribute("inConsultation",
				all.stream().filter(item -> "CONSULTATION".equals(item.status())).toList());
		List<Item> inConflict = List.of();
		if (here.hasParent()) {
			Received received = Services.read(services.sync().get().uri("/api/t/{slug}/sync", here.slug()),
					Received.class);
			List<String> conflicted = received.items()
				.stream()
				.filter(item -> "CONFLICT".equals(item.state()))
				.map(Received.ItemSync::itemId)
				.toList();
			inConflict = all.stream()
				.filter(item -> item.adoptedFrom() != null
						&& conflicted.contains(item.adoptedFrom().itemId().toString()))
				.toList();
		}
		model.addAttribute("inConflict", inConflict);
		model.addAttribute("recentChanges", recentChanges.of(here.slug(), 5, visitor));
		return "editor/dashboard";
	}

}
