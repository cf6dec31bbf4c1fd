package org.compacts.compact.versioning;

import java.util.Objects;

/**
 * An operation that was not carried out, and why. Nothing changed. The ground lets the
 * API choose a status without reading the reason text: STALE and NOT_ALLOWED are
 * conflicts (409), UNKNOWN_VERSION is a 404, INVALID a 400 or 422.
 */
public record Refused(Ground ground, String reason) implements Transition, Outcome, Comparison {

	public enum Ground {

		/** The operation started from a version that is no longer the latest. */
		STALE,
		/** The lifecycle does not allow it from where the version or item stands. */
		NOT_ALLOWED,
		/** No version with that number. */
		UNKNOWN_VERSION,
		/**
		 * The request itself does not fit the item (e.g. a principle's text for a code).
		 */
		INVALID

	}

	public Refused {
		Objects.requireNonNull(ground, "ground");
		Objects.requireNonNull(reason, "reason");
	}

	static Refused stale(int startedFrom, int current) {
		return new Refused(Ground.STALE, "stale: started from v" + startedFrom + ", current is v" + current);
	}

}
