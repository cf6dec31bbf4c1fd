package org.compacts.portal.federation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.compacts.portal.federation.FollowersView.AdoptedFrom;
import org.compacts.portal.federation.FollowersView.Content;
import org.compacts.portal.federation.FollowersView.Follower;
import org.compacts.portal.federation.FollowersView.Followers;
import org.compacts.portal.federation.FollowersView.Item;
import org.compacts.portal.federation.FollowersView.ItemSync;
import org.compacts.portal.federation.FollowersView.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FollowersViewTest {

	static final Instant PUBLISHED = Instant.parse("2027-05-01T09:00:00Z");

	static final Instant NOW = PUBLISHED.plus(Duration.ofMinutes(45));

	static final UUID OPENNESS = UUID.randomUUID();

	static final UUID VOLUNTEERING = UUID.randomUUID();

	static final UUID RETIRED = UUID.randomUUID();

	static final List<Item> KENT = List.of(item(OPENNESS, "PRINCIPLE", "Openness", "PUBLISHED", 2),
			item(UUID.randomUUID(), "PRINCIPLE", "Draft only", "DRAFT", null),
			item(VOLUNTEERING, "CODE", "Volunteering", "PUBLISHED", 3),
			item(RETIRED, "CODE", "Old code", "RETIRED", null));

	@Test
	void aFollowerSyncServiceHasNotReachedYetIsPendingForEverySharedItemTheRetiredIncluded() {
		FollowersView view = FollowersView.of(new Followers("kent", List.of(new Follower("swale", true, List.of()))),
				KENT, Map.of("swale", "Swale Compact"), Map.of(), NOW);

		assertThat(view.rows()).extracting(Row::title).containsExactly("Openness", "Volunteering", "Old code");
		assertThat(view.rows()).allSatisfy(row -> {
			assertThat(row.state()).isEqualTo(SyncState.PENDING);
			assertThat(row.held()).isNull();
			assertThat(row.lag()).isEmpty();
		});
	}

	@Test
	void aRetiredItemSyncServiceStillTracksIsShownAtItsRetiredVersion() {
		FollowersView view = FollowersView.of(
				new Followers("kent",
						List.of(new Follower("swale", true,
								List.of(sync(RETIRED, "CODE", 4, 4, "IN_SYNC", Duration.ofSeconds(30)))))),
				KENT, Map.of(), Map.of(), NOW);

		Row retired = view.rows().get(2);
		assertThat(retired.title()).isEqualTo("Old code");
		assertThat(retired.retired()).isTrue();
		assertThat(retired.inForce()).isEqualTo(4);
		assertThat(retired.state()).isEqualTo(SyncState.IN_SYNC);
		assertThat(retired.lag()).isEqualTo("took under a minute");
		assertThat(retired.followerName()).isEqualTo("swale");
	}

	@Test
	void aVersionCompactServicePublishedThatSyncServiceHasNotHeardOfIsPendingWithNoLagToShow() {
		FollowersView view = FollowersView.of(
				new Followers("kent",
						List.of(new Follower("swale", true,
								List.of(sync(VOLUNTEERING, "CODE", 2, 2, "IN_SYNC", Duration.ofMinutes(1)))))),
				KENT, Map.of(), Map.of(), NOW);

		Row volunteering = view.filtered("swale", Optional.of(SyncState.PENDING))
			.stream()
			.filter(row -> row.itemId().equals(VOLUNTEERING))
			.findFirst()
			.orElseThrow();
		assertThat(volunteering.state()).isEqualTo(SyncState.PENDING);
		assertThat(volunteering.title()).isEqualTo("Volunteering");
		assertThat(volunteering.held()).isEqualTo(2);
		assertThat(volunteering.inForce()).isEqualTo(3);
		assertThat(volunteering.lag()).isEmpty();
	}

	@Test
	void followersReadByNameAndALinkGoesOnlyToACopyThatWasPublished() {
		UUID swaleCopy = UUID.randomUUID();
		Map<UUID, Item> swaleCopies = FollowersView.byUpstream(List.of(
				new Item(swaleCopy, "PRINCIPLE", "PUBLISHED", new Content("Openness"), 1,
						new AdoptedFrom("kent", OPENNESS, 1)),
				new Item(UUID.randomUUID(), "CODE", "DRAFT", new Content("Volunteering"), null,
						new AdoptedFrom("kent", VOLUNTEERING, 1))));
		FollowersView view = FollowersView.of(
				new Followers("kent",
						List.of(new Follower("swale", true, List.of()), new Follower("ashford", false, List.of()))),
				KENT, Map.of("swale", "Swale Compact", "ashford", "Ashford Compact"), Map.of("swale", swaleCopies),
				NOW);

		assertThat(view.followers()).extracting(FollowersView.Choice::name)
			.containsExactly("Ashford Compact", "Swale Compact");
		assertThat(view.filtered("swale", Optional.empty())).extracting(Row::copyPath)
			.containsExactly("/t/swale/principles/" + swaleCopy, null, null);
		assertThat(view.filtered("ashford", Optional.empty())).extracting(Row::state)
			.containsOnly(SyncState.NOT_FOLLOWED);
		assertThat(view.counts()).containsEntry(SyncState.NOT_FOLLOWED, 3L).containsEntry(SyncState.PENDING, 3L);
	}

	static Item item(UUID id, String kind, String title, String status, Integer published) {
		return new Item(id, kind, status, new Content(title), published, null);
	}

	static ItemSync sync(UUID item, String kind, int upstream, Integer applied, String state, Duration lag) {
		return new ItemSync("kent", item, kind, upstream, applied, state, lag, PUBLISHED, null);
	}

}
