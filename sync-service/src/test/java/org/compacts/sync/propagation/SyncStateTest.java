package org.compacts.sync.propagation;

import java.time.Duration;
import java.time.Instant;

import org.compacts.contracts.sync.ApplyOutcome.Result;
import org.compacts.contracts.sync.SyncStatusChanged.State;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SyncStateTest {

	static final Instant PUBLISHED = Instant.parse("2026-03-02T09:00:00Z");

	static final Instant APPLIED = PUBLISHED.plusMillis(250);

	@Test
	void aSentVersionIsPendingUntilTheDistrictAppliesItThenInSyncWithItsLag() {
		SyncState sent = SyncState.sent(1, PUBLISHED);

		SyncState applied = sent.outcome(Result.APPLIED, 1, APPLIED, null);

		assertThat(sent.state()).isEqualTo(State.PENDING);
		assertThat(sent.awaitsApply()).isTrue();
		assertThat(applied.state()).isEqualTo(State.IN_SYNC);
		assertThat(applied.appliedVersion()).isEqualTo(1);
		assertThat(applied.lag()).isEqualTo(Duration.ofMillis(250));
		assertThat(applied.awaitsApply()).isFalse();
	}

	@Test
	void alreadyAppliedAndMergedAreInSyncToo() {
		assertThat(SyncState.sent(1, PUBLISHED).outcome(Result.ALREADY_APPLIED, 1, APPLIED, null).state())
			.isEqualTo(State.IN_SYNC);
		SyncState merged = SyncState.sent(1, PUBLISHED).outcome(Result.MERGED, 1, APPLIED, "kept the local aim");
		assertThat(merged.state()).isEqualTo(State.IN_SYNC);
		assertThat(merged.detail()).isEqualTo("kept the local aim");
	}

	@Test
	void aNewerVersionMakesItPendingAgainAndAnOlderOrTheSameChangesNothing() {
		SyncState inSync = SyncState.sent(2, PUBLISHED).outcome(Result.APPLIED, 2, APPLIED, null);

		SyncState newer = inSync.upstreamPublished(3, PUBLISHED.plusSeconds(60));

		assertThat(newer.state()).isEqualTo(State.PENDING);
		assertThat(newer.upstreamVersion()).isEqualTo(3);
		assertThat(newer.appliedVersion()).isEqualTo(2);
		assertThat(newer.lag()).isNull();
		assertThat(inSync.upstreamPublished(2, PUBLISHED)).isSameAs(inSync);
		assertThat(inSync.upstreamPublished(1, PUBLISHED)).isSameAs(inSync);
	}

	@Test
	void theSameVersionAgainWhilePendingIsStillAwaitedSoItIsSentAgain() {
		SyncState pending = SyncState.sent(2, PUBLISHED);

		SyncState again = pending.upstreamPublished(2, PUBLISHED);

		assertThat(again).isSameAs(pending);
		assertThat(again.awaitsApply()).isTrue();
	}

	@Test
	void aConflictWaitsForTheDistrictAndIsNotSentAgain() {
		SyncState conflict = SyncState.sent(2, PUBLISHED).outcome(Result.CONFLICT, 2, APPLIED, "both changed the aim");

		assertThat(conflict.state()).isEqualTo(State.CONFLICT);
		assertThat(conflict.detail()).isEqualTo("both changed the aim");
		assertThat(conflict.awaitsApply()).isFalse();
		assertThat(conflict.upstreamPublished(2, PUBLISHED)).isSameAs(conflict);
	}

	@Test
	void aResolvedConflictIsInSyncAgainAndARedeliveredConflictDoesNotUndoIt() {
		SyncState conflict = SyncState.sent(2, PUBLISHED).outcome(Result.CONFLICT, 2, APPLIED, "both changed the aim");

		SyncState resolved = conflict.outcome(Result.MERGED, 2, APPLIED.plusSeconds(3600), "kept the local aim");

		assertThat(resolved.state()).isEqualTo(State.IN_SYNC);
		assertThat(resolved.outcome(Result.CONFLICT, 2, APPLIED, "both changed the aim")).isSameAs(resolved);
	}

	@Test
	void aRefusalStaysPendingWithTheReason() {
		SyncState refused = SyncState.sent(1, PUBLISHED).outcome(Result.REFUSED, 1, APPLIED, "item is local");

		assertThat(refused.state()).isEqualTo(State.PENDING);
		assertThat(refused.detail()).isEqualTo("item is local");
		assertThat(refused.outcome(Result.REFUSED, 1, APPLIED, "item is local")).isSameAs(refused);
	}

	@Test
	void anOutcomeForAnOlderVersionRecordsWhatTheDistrictHoldsButStaysPending() {
		SyncState pending = SyncState.sent(1, PUBLISHED).upstreamPublished(2, PUBLISHED.plusSeconds(1));

		SyncState olderApplied = pending.outcome(Result.APPLIED, 1, APPLIED, null);

		assertThat(olderApplied.state()).isEqualTo(State.PENDING);
		assertThat(olderApplied.appliedVersion()).isEqualTo(1);
		assertThat(olderApplied.outcome(Result.CONFLICT, 1, APPLIED, "old")).isSameAs(olderApplied);
	}

	@Test
	void aRepeatedAnswerChangesNothing() {
		SyncState inSync = SyncState.sent(1, PUBLISHED).outcome(Result.APPLIED, 1, APPLIED, null);

		assertThat(inSync.outcome(Result.ALREADY_APPLIED, 1, APPLIED.plusSeconds(5), null)).isSameAs(inSync);
		assertThat(inSync.outcome(Result.APPLIED, 1, APPLIED, null)).isSameAs(inSync);
	}

	@Test
	void aDistrictThatStopsFollowingKeepsWhatItHoldsAndNothingMoves() {
		SyncState inSync = SyncState.sent(1, PUBLISHED).outcome(Result.APPLIED, 1, APPLIED, null);

		SyncState unfollowed = inSync.unfollowed();

		assertThat(unfollowed.state()).isEqualTo(State.NOT_FOLLOWED);
		assertThat(unfollowed.appliedVersion()).isEqualTo(1);
		assertThat(unfollowed.awaitsApply()).isFalse();
		assertThat(unfollowed.unfollowed()).isSameAs(unfollowed);
		assertThat(unfollowed.outcome(Result.CONFLICT, 1, APPLIED, "late")).isSameAs(unfollowed);
		assertThat(unfollowed.outcome(Result.REFUSED, 1, APPLIED, "late")).isSameAs(unfollowed);
	}

	@Test
	void aLateOutcomeAfterLeavingRecordsTheVersionHeldButNotTheState() {
		SyncState unfollowed = SyncState.sent(1, PUBLISHED).unfollowed();

		SyncState late = unfollowed.outcome(Result.APPLIED, 1, APPLIED, null);

		assertThat(late.state()).isEqualTo(State.NOT_FOLLOWED);
		assertThat(late.appliedVersion()).isEqualTo(1);
	}

	@Test
	void aDistrictFollowingAgainIsSentTheLatestWhateverItHolds() {
		SyncState unfollowed = SyncState.sent(1, PUBLISHED).outcome(Result.APPLIED, 1, APPLIED, null).unfollowed();

		SyncState followed = unfollowed.followed(1, PUBLISHED);

		assertThat(followed.state()).isEqualTo(State.PENDING);
		assertThat(followed.awaitsApply()).isTrue();
		assertThat(followed.outcome(Result.ALREADY_APPLIED, 1, APPLIED.plusSeconds(9), null).state())
			.isEqualTo(State.IN_SYNC);
	}

	@Test
	void theLagIsNeverNegativeWhenClocksDisagree() {
		SyncState applied = SyncState.sent(1, PUBLISHED).outcome(Result.APPLIED, 1, PUBLISHED.minusMillis(40), null);

		assertThat(applied.lag()).isEqualTo(Duration.ZERO);
	}

}
