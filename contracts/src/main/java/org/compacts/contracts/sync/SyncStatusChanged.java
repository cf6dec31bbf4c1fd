package org.compacts.contracts.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Where a district now stands with an upstream item. On
 * {@link org.compacts.contracts.Topics#SYNC_STATUS}, keyed by
 * {@link #key(String, String, UUID)}; the topic is log-compacted, so its latest record
 * per key is the current state.
 *
 * @param eventId unique per event
 * @param upstreamVersion the latest version the source published
 * @param appliedVersion the latest version the district holds, {@code null} before its
 * first
 * @param lag how long the district took to hold the upstream version after it was
 * published; {@code null} while it does not hold it
 * @param at when sync-service saw the change
 */
public record SyncStatusChanged(UUID eventId, int schemaVersion, String district, String sourceTenant, UUID itemId,
		int upstreamVersion, Integer appliedVersion, State state, Duration lag, Instant at) implements SyncEvent {

	public static String key(String district, String sourceTenant, UUID itemId) {
		return district + "/" + sourceTenant + "/" + itemId;
	}

	public enum State {

		/** The district holds the latest upstream version. */
		IN_SYNC,

		/** A newer version was sent to the district and has not been applied yet. */
		PENDING,

		/** The district amended what the source changed: one of its editors decides. */
		CONFLICT,

		/**
		 * The district no longer follows the source; it keeps what it has and receives
		 * nothing more.
		 */
		NOT_FOLLOWED

	}

}
