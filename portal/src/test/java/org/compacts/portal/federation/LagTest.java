package org.compacts.portal.federation;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LagTest {

	static final Instant PUBLISHED = Instant.parse("2027-05-01T09:00:00Z");

	@Test
	void aDelayReadsInItsTwoLargestUnits() {
		assertThat(Lag.of(Duration.ofSeconds(40))).isEqualTo("under a minute");
		assertThat(Lag.of(Duration.ofMinutes(1))).isEqualTo("1 minute");
		assertThat(Lag.of(Duration.ofMinutes(25).plusSeconds(59))).isEqualTo("25 minutes");
		assertThat(Lag.of(Duration.ofHours(1))).isEqualTo("1 hour");
		assertThat(Lag.of(Duration.ofHours(2).plusMinutes(5))).isEqualTo("2 hours 5 minutes");
		assertThat(Lag.of(Duration.ofDays(1).plusMinutes(30))).isEqualTo("1 day");
		assertThat(Lag.of(Duration.ofDays(3).plusHours(4).plusMinutes(10))).isEqualTo("3 days 4 hours");
	}

	@Test
	void clocksThatDisagreeMakeNoNegativeDelay() {
		assertThat(Lag.of(Duration.ofSeconds(-5))).isEqualTo("under a minute");
	}

	@Test
	void aFollowerInSyncSaysHowLongItTookAndOneWaitingHowLongItHasWaited() {
		Instant now = PUBLISHED.plus(Duration.ofHours(3));

		assertThat(Lag.forRow(SyncState.IN_SYNC, Duration.ofMinutes(2), PUBLISHED, now)).isEqualTo("took 2 minutes");
		assertThat(Lag.forRow(SyncState.PENDING, null, PUBLISHED, now)).isEqualTo("3 hours since publication");
		assertThat(Lag.forRow(SyncState.CONFLICT, null, PUBLISHED, now.plus(Duration.ofDays(2))))
			.isEqualTo("2 days 3 hours since publication");
		assertThat(Lag.forRow(SyncState.NOT_FOLLOWED, Duration.ofMinutes(2), PUBLISHED, now)).isEmpty();
		assertThat(Lag.forRow(SyncState.PENDING, null, null, now)).isEmpty();
	}

}
