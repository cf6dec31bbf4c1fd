package org.compacts.portal.meeting;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.compacts.portal.site.PaperPages;
import org.compacts.portal.backend.Services;
import org.compacts.portal.meeting.Meetings.Meeting;
import org.compacts.portal.meeting.Meetings.Summary;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A compact's published minutes on its public site, and only those, whoever reads: a
 * member signed in finds the rest in the workspace.
 */
@Controller
class PublicMeetingsController {

	/** The compact as the site's breadcrumbs name it. */
	record Site(String slug, String name) {
	}

	private final Meetings meetings;

	private final Services services;

	private final PaperPages paper;

	PublicMeetingsController(Meetings meetings, Services services, PaperPages paper) {
		this.meetings = meetings;
		this.services = services;
		this.paper = paper;
	}

	@GetMapping("/t/{slug:[a-z0-9-]+}/meetings")
	String meetings(@PathVariable String slug, Model model) {
		model.addAttribute("compact", site(slug));
		List<Summary> published = meetings.all(slug).stream().filter(Summary::published).toList();
		model.addAttribute("meetings", published);
		return "meeting/public-meetings";
	}

	@GetMapping("/t/{slug:[a-z0-9-]+}/meetings/{id}")
	String meeting(@PathVariable String slug, @PathVariable UUID id, Model model) {
		model.addAttribute("compact", site(slug));
		model.addAttribute("meeting", published(slug, id));
		return "meeting/public-meeting";
	}

	@GetMapping("/t/{slug:[a-z0-9-]+}/meetings/{id}/minutes.pdf")
	ResponseEntity<byte[]> minutes(@PathVariable String slug, @PathVariable UUID id, HttpServletRequest request) {
		Meeting meeting = published(slug, id);
		return paper.pdf("meeting/minutes-pdf", Map.of("compact", site(slug).name(), "meeting", meeting),
				"minutes-" + meeting.heldOn() + ".pdf", request);
	}

	private Meeting published(String slug, UUID id) {
		Meeting meeting = meetings.meeting(slug, id);
		if (!meeting.minutes().published()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return meeting;
	}

	private Site site(String slug) {
		return new Site(slug,
				Services.read(services.tenants().get().uri("/api/tenants/{slug}", slug), Site.class).name());
	}

}
