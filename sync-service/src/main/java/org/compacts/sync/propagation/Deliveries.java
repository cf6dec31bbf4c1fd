package org.compacts.sync.propagation;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.compacts.contracts.Topics;
import org.compacts.contracts.sync.ApplyOutcome;
import org.compacts.contracts.sync.SyncEvent;
import org.compacts.contracts.sync.SyncStatusChanged;
import org.compacts.sync.messaging.Outbound.Sends;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Moves districts' states on and says so: stores each {@link SyncState} that changed,
 * publishes a {@link SyncStatusChanged} for it, and sends an apply command wherever a
 * version is now awaited. Runs in its caller's transaction; the caller waits for the
 * sends before it commits.
 */
@Component
class Deliveries {

	private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

	private final SyncStates states;

	private final UpstreamItems upstream;

	Deliveries(SyncStates states, UpstreamItems upstream) {
		this.states = states;
		this.upstream = upstream;
	}

	/**
	 * A source published an item's latest version: every follower is sent it, unless it
	 * holds it already and the item did not move.
	 * @param moved whether the source gave the version it published before a new
	 * position: then every follower that holds or awaits it is sent it again, to move its
	 * copy
	 */
	void fanOut(UpstreamItem item, boolean moved, Collection<String> followers, Sends sends) {
		Map<String, SyncState> current = states.lockItem(item.sourceTenant(), item.itemId(), followers);
		for (String district : followers) {
			SyncState before = current.get(district);
			SyncState after = before == null ? SyncState.sent(item.version(), item.publishedAt())
					: before.upstreamPublished(item.version(), item.publishedAt());
			track(district, item, before, after, moved, sends);
		}
		log.info("{} {} v{}: {} followers", item.sourceTenant(), item.itemId(), item.version(), followers.size());
		log.debug("{} {} v{} followers: {}", item.sourceTenant(), item.itemId(), item.version(), followers);
	}

	/**
	 * A district starts (again) receiving a source's items: it is sent the latest version
	 * of every one.
	 */
	void catchUp(String district, String source, Sends sends) {
		Map<UUID, SyncState> current = states.lockSource(district, source);
		var items = upstream.latestFrom(source);
		for (UpstreamItem item : items) {
			SyncState before = current.get(item.itemId());
			SyncState after = before == null ? SyncState.sent(item.version(), item.publishedAt())
					: before.followed(item.version(), item.publishedAt());
			track(district, item, before, after, false, sends);
		}
		log.info("{} now follows {}: caught up with {} items", district, source, items.size());
	}

	/**
	 * A district stops receiving a source's items: it keeps what it has, marked as no
	 * longer followed.
	 */
	void stopFollowing(String district, String source, Sends sends) {
		Map<UUID, SyncState> current = states.lockSource(district, source);
		current.forEach((item, before) -> {
			SyncState after = before.unfollowed();
			if (!after.equals(before)) {
				states.save(district, source, item, after);
				sends.send(Topics.SYNC_STATUS, SyncStatusChanged.key(district, source, item),
						status(district, source, item, after));
			}
		});
		log.info("{} no longer follows {}: {} items marked not followed", district, source, current.size());
	}

	/**
	 * A district said how applying went: whether there was a state to move on (there is
	 * none yet when the answer overtook the commit of the transaction that sent the
	 * command).
	 */
	boolean record(ApplyOutcome outcome, Sends sends) {
		return states.lock(outcome.district(), outcome.sourceTenant(), outcome.itemId()).map(before -> {
			SyncState after = before.outcome(outcome.result(), outcome.version(), outcome.appliedAt(),
					outcome.detail());
			if (!after.equals(before)) {
				states.save(outcome.district(), outcome.sourceTenant(), outcome.itemId(), after);
				sends.send(Topics.SYNC_STATUS,
						SyncStatusChanged.key(outcome.district(), outcome.sourceTenant(), outcome.itemId()),
						status(outcome.district(), outcome.sourceTenant(), outcome.itemId(), after));
			}
			return true;
		}).orElse(false);
	}

	private void track(String district, UpstreamItem item, SyncState before, SyncState after, boolean moved,
			Sends sends) {
		if (!after.equals(before)) {
			states.save(district, item.sourceTenant(), item.itemId(), after);
			sends.send(Topics.SYNC_STATUS, SyncStatusChanged.key(district, item.sourceTenant(), item.itemId()),
					status(district, item.sourceTenant(), item.itemId(), after));
		}
		if (after.awaitsApply() || moved && after.state() != SyncStatusChanged.State.NOT_FOLLOWED) {
			sends.send(Topics.APPLY_COMMANDS, district, item.commandFor(district));
		}
	}

	private static SyncStatusChanged status(String district, String source, UUID item, SyncState state) {
		return new SyncStatusChanged(UUID.randomUUID(), SyncEvent.SCHEMA_VERSION, district, source, item,
				state.upstreamVersion(), state.appliedVersion(), state.state(), state.lag(), Instant.now());
	}

}
