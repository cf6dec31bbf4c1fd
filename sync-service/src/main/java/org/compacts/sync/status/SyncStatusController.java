package org.compacts.sync.status;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sync status for the members of a compact; who may ask is the security configuration's
 * rule.
 */
@RestController
@RequestMapping("/api/t/{tenant}/sync")
@Tag(name = "Sync status", description = "Where a compact stands with the shared items it receives or passes on")
class SyncStatusController {

	private final SyncViews views;

	SyncStatusController(SyncViews views) {
		this.views = views;
	}

	@GetMapping
	@Operation(summary = "What this compact receives",
			description = "Per upstream item: its source, kind, the latest version published, the version this"
					+ " compact holds, the state (IN_SYNC, PENDING, CONFLICT, NOT_FOLLOWED) and the lag.")
	DistrictSync district(@PathVariable String tenant) {
		return views.district(tenant);
	}

	@GetMapping("/followers")
	@Operation(summary = "Who receives this compact's items",
			description = "Each follower (directly, or through a county in between), and each one that stopped"
					+ " following, with its state per item this compact published.")
	FollowersSync followers(@PathVariable String tenant) {
		return views.followers(tenant);
	}

}
