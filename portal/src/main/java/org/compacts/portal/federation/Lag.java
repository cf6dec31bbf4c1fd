package org.compacts.portal.federation;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A time a follower took, or has been waiting, to hold a publication, in words: at most
 * two units, the larger first ("3 days 4 hours", "25 minutes"), since a person reading
 * the page wants the size of a delay, not its second.
 */
final class Lag {

	private Lag() {
	}

	/** The duration in words; a negative one (two machines' clocks) reads as none. */
	static String of(Duration duration) {
		Duration lag = duration.isNegative() ? Duration.ZERO : duration;
		long days = lag.toDays();
		int hours = lag.toHoursPart();
		int minutes = lag.toMinutesPart();
		if (days > 0) {
			return hours == 0 ? count(days, "day") : count(days, "day") + " " + count(hours, "hour");
		}
		if (hours > 0) {
			return minutes == 0 ? count(hours, "hour") : count(hours, "hour") + " " + count(minutes, "minute");
		}
		if (minutes > 0) {
			return count(minutes, "minute");
		}
		return "under a minute";
	}

	/**
	 * What a row says of its lag: how long a follower that holds the version in force
	 * took, how long one still waiting has waited, and nothing for one that no longer
	 * follows.
	 * @param took the time from publication to holding, as sync-service measured it
	 */
	static String forRow(SyncState state, @Nullable Duration took, @Nullable Instant publishedAt, Instant now) {
		return switch (state) {
			case IN_SYNC -> took == null ? "" : "took " + of(took);
			case PENDING, CONFLICT ->
				publishedAt == null ? "" : of(Duration.between(publishedAt, now)) + " since publication";
			case NOT_FOLLOWED -> "";
		};
	}

	private static String count(long amount, String unit) {
		return amount + " " + unit + (amount == 1 ? "" : "s");
	}

}
