package org.compacts.portal.federation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SyncStateTest {

	@Test
	void sayWhatSyncServiceSaysWhenItKnowsTheVersionInForce() {
		assertThat(SyncState.of("IN_SYNC", true, 3, 3)).isEqualTo(SyncState.IN_SYNC);
		assertThat(SyncState.of("PENDING", true, 3, 2)).isEqualTo(SyncState.PENDING);
		assertThat(SyncState.of("CONFLICT", true, 3, 2)).isEqualTo(SyncState.CONFLICT);
	}

	@Test
	void aFollowerThatStoppedIsNotFollowedWhateverItHolds() {
		assertThat(SyncState.of("IN_SYNC", false, 3, 3)).isEqualTo(SyncState.NOT_FOLLOWED);
		assertThat(SyncState.of("NOT_FOLLOWED", true, 3, 1)).isEqualTo(SyncState.NOT_FOLLOWED);
		assertThat(SyncState.of(null, false, 3, null)).isEqualTo(SyncState.NOT_FOLLOWED);
	}

	@Test
	void aPublicationSyncServiceHasNotHeardOfYetIsPending() {
		assertThat(SyncState.of("IN_SYNC", true, 4, 3)).isEqualTo(SyncState.PENDING);
		assertThat(SyncState.of(null, true, 1, null)).isEqualTo(SyncState.PENDING);
	}

	@Test
	void aStateThePortalDoesNotKnowIsPendingRatherThanAnError() {
		assertThat(SyncState.of("SOMETHING_NEW", true, 1, 1)).isEqualTo(SyncState.PENDING);
	}

	@Test
	void filtersNameStatesInTheirQueryParameter() {
		assertThat(SyncState.IN_SYNC.queryValue()).isEqualTo("in-sync");
		assertThat(SyncState.fromParam("not-followed")).contains(SyncState.NOT_FOLLOWED);
		assertThat(SyncState.fromParam("NOT_FOLLOWED")).isEmpty();
		assertThat(SyncState.fromParam(null)).isEmpty();
	}

}
