package org.compacts.sync.status;

import java.util.List;

/**
 * A county's (or national's) view of its followers: each tenant that receives its items,
 * directly or through a county in between, or once did, with where it stands with each of
 * them.
 */
record FollowersSync(String tenant, List<Follower> followers) {

	/**
	 * @param following whether it receives the items now; {@code false} for one that
	 * stopped, whose items are then {@code NOT_FOLLOWED}
	 */
	record Follower(String tenant, boolean following, List<ItemSync> items) {
	}

}
