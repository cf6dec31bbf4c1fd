package org.compacts.sync.propagation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.compacts.contracts.sync.ApplyOutcome.Result;
import org.compacts.contracts.sync.SyncStatusChanged.State;

/**
 * Where one district stands with one upstream item, and how that changes: a state machine
 * without Spring. Every transition returns the next state, the same one when nothing
 * changes, so that a repeated or late message changes nothing and the caller publishes a
 * status only when there is something new to say.
 *
 * @param upstreamVersion the latest version the source published
 * @param appliedVersion the latest version the district holds, {@code null} before its
 * first
 * @param publishedAt when the source published {@code upstreamVersion}
 * @param appliedAt when the district took {@code appliedVersion}
 * @param lag from publishing to holding, once the district holds the latest version
 * @param detail what the district said about a merge, a conflict or a refusal
 */
record SyncState(int upstreamVersion, Integer appliedVersion, State state, Instant publishedAt, Instant appliedAt,
		Duration lag, String detail) {

	/**
	 * A district that starts receiving an item: a command for its latest version is on
	 * its way.
	 */
	static SyncState sent(int version, Instant publishedAt) {
		return new SyncState(version, null, State.PENDING, publishedAt, null, null, null);
	}

	/**
	 * The source published a version. An older or the same one changes nothing (a replay,
	 * a duplicate); a newer one is pending until the district says it holds it.
	 */
	SyncState upstreamPublished(int version, Instant published) {
		if (version < upstreamVersion || version == upstreamVersion && state != State.NOT_FOLLOWED) {
			return this;
		}
		return followed(version, published);
	}

	/**
	 * The district (again) follows the source: it is sent the source's latest version
	 * whatever it holds, and is pending until it answers (a district that kept its
	 * version answers "already applied").
	 */
	SyncState followed(int version, Instant published) {
		return new SyncState(version, appliedVersion, State.PENDING, published, appliedAt, null, null);
	}

	/**
	 * The district stops following the source: it keeps what it has, and nothing more is
	 * sent.
	 */
	SyncState unfollowed() {
		return state == State.NOT_FOLLOWED ? this
				: new SyncState(upstreamVersion, appliedVersion, State.NOT_FOLLOWED, publishedAt, appliedAt, lag, null);
	}

	/** Whether the district should be sent the upstream version. */
	boolean awaitsApply() {
		return state == State.PENDING;
	}

	/** What the district said about a version it was sent. */
	SyncState outcome(Result result, int version, Instant at, String said) {
		return switch (result) {
			case APPLIED, ALREADY_APPLIED -> holds(version, at, null);
			case MERGED -> holds(version, at, said);
			case CONFLICT -> stuck(version, State.CONFLICT, said);
			case REFUSED -> stuck(version, State.PENDING, said);
		};
	}

	private SyncState holds(int version, Instant at, String said) {
		boolean sameAsHeld = appliedVersion != null && version == appliedVersion;
		if (appliedVersion != null && version < appliedVersion) {
			return this;
		}
		if (state == State.NOT_FOLLOWED || version < upstreamVersion) {
			// a command sent before it stopped following, or an older version while a
			// newer one is on its
			// way: what the district holds is worth knowing, the state stays
			return sameAsHeld ? this : new SyncState(upstreamVersion, version, state, publishedAt, at, lag, detail);
		}
		if (state == State.IN_SYNC && sameAsHeld) {
			return this;
		}
		Duration took = version == upstreamVersion ? nonNegative(Duration.between(publishedAt, at)) : null;
		return new SyncState(upstreamVersion, version, State.IN_SYNC, publishedAt, at, took, said);
	}

	private SyncState stuck(int version, State next, String said) {
		boolean aboutTheLatest = version == upstreamVersion;
		boolean heldAlready = appliedVersion != null && appliedVersion >= version;
		boolean saidAlready = state == next && Objects.equals(detail, said);
		if (state == State.NOT_FOLLOWED || !aboutTheLatest || heldAlready || saidAlready) {
			return this;
		}
		return new SyncState(upstreamVersion, appliedVersion, next, publishedAt, appliedAt, null, said);
	}

	private static Duration nonNegative(Duration duration) {
		// the two instants come from different machines' clocks
		return duration.isNegative() ? Duration.ZERO : duration;
	}

}
