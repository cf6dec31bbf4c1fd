package org.compacts.portal.federation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.compacts.portal.federation.FollowersView.Followers;
import org.compacts.portal.federation.FollowersView.Item;
import org.compacts.portal.federation.FollowersView.Row;
import org.compacts.portal.workspace.Here;
import org.compacts.portal.workspace.WorkspacePage;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * "Who follows us, and are they in sync?": for the members of a county (or of national),
 * each follower against each item the compact shared. Only a compact others may follow
 * has the page; a district's members get 404, as for a page that is not there.
 */
@WorkspacePage
@RequestMapping(WorkspacePage.PATH + "/followers")
class FollowersController {

	private final FollowerReads reads;

	private final Clock clock;

	FollowersController(FollowerReads reads, ObjectProvider<Clock> clock) {
		this.reads = reads;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * The filters are GET parameters, applied here, so the form works without JavaScript
	 * and a filtered view can be bookmarked; a value that names nothing filters nothing.
	 */
	@GetMapping
	String followers(@ModelAttribute(name = "here", binding = false) Here here,
			@RequestParam(name = "follower", required = false) @Nullable String follower,
			@RequestParam(name = "state", required = false) @Nullable String state, Model model) {
		if (!here.isFollowed()) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		Followers sync = reads.followers(here.slug());
		List<Item> items = sync.followers().isEmpty() ? List.of() : reads.items(here.slug());
		Map<String, String> names = sync.followers().isEmpty() ? Map.of() : reads.names();
		Instant now = clock.instant();
		FollowersView all = FollowersView.of(sync, items, names, Map.of(), now);

		String chosen = all.followers().stream().anyMatch(choice -> choice.slug().equals(follower)) ? follower : null;
		Optional<SyncState> inState = SyncState.fromParam(state);
		// the copies are read only for the followers shown, and only those that hold a
		// version: one read per kind and follower
		Set<String> holding = all.filtered(chosen, inState)
			.stream()
			.filter(row -> row.held() != null)
			.map(Row::follower)
			.collect(Collectors.toSet());
		Map<String, Map<UUID, Item>> copies = holding.isEmpty() ? Map.of() : reads.copies(holding);
		FollowersView view = copies.isEmpty() ? all : FollowersView.of(sync, items, names, copies, now);

		model.addAttribute("hasItems", !view.rows().isEmpty());
		model.addAttribute("rows", view.filtered(chosen, inState));
		model.addAttribute("followerChoices", view.followers());
		model.addAttribute("states", SyncState.values());
		model.addAttribute("chosenFollower", chosen);
		model.addAttribute("chosenState", inState.orElse(null));
		model.addAttribute("counts", view.counts());
		return "federation/followers";
	}

}
