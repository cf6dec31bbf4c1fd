package org.compacts.sync.federation;

import java.util.ArrayList;
import java.util.List;

import org.compacts.contracts.tenant.Adoption;
import org.compacts.contracts.tenant.TenantLevel;
import org.compacts.sync.federation.Followers.Change;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.contracts.tenant.Adoption.ADOPTS_PARENT_AS_FIRST;
import static org.compacts.contracts.tenant.Adoption.ADOPTS_PARENT_CORE;
import static org.compacts.contracts.tenant.Adoption.KEEPS_OWN;
import static org.compacts.contracts.tenant.TenantLevel.COUNTY;
import static org.compacts.contracts.tenant.TenantLevel.DISTRICT;
import static org.compacts.contracts.tenant.TenantLevel.NATIONAL;
import static org.compacts.contracts.tenant.TenantLevel.STANDALONE;

class FollowersTest {

	/** The demo federation, and Dover: a Kent district that keeps its own compact. */
	static List<FederationMember> demo() {
		List<FederationMember> graph = new ArrayList<>();
		graph.add(member("national", NATIONAL, null, KEEPS_OWN));
		graph.add(member("kent", COUNTY, "national", ADOPTS_PARENT_CORE));
		graph.add(member("derbyshire", COUNTY, "national", ADOPTS_PARENT_CORE));
		graph.add(member("swale", DISTRICT, "kent", ADOPTS_PARENT_CORE));
		graph.add(member("canterbury", DISTRICT, "kent", ADOPTS_PARENT_AS_FIRST));
		graph.add(member("dover", DISTRICT, "kent", KEEPS_OWN));
		graph.add(member("south-derbyshire", DISTRICT, "derbyshire", ADOPTS_PARENT_CORE));
		graph.add(member("hounslow", STANDALONE, null, KEEPS_OWN));
		return graph;
	}

	static FederationMember member(String slug, TenantLevel level, String parent, Adoption adoption) {
		return new FederationMember(slug, level, parent, adoption, false);
	}

	static FederationMember archived(FederationMember member) {
		return new FederationMember(member.slug(), member.level(), member.parentSlug(), member.adoption(), true);
	}

	@Test
	void kentsItemsReachItsAdoptingDistrictsOnly() {
		Followers followers = Followers.in(demo());

		assertThat(followers.of("kent")).containsExactly("canterbury", "swale")
			.doesNotContain("hounslow", "dover", "south-derbyshire", "derbyshire", "national");
	}

	@Test
	void derbyshiresItemsNeverReachAKentDistrict() {
		Followers followers = Followers.in(demo());

		assertThat(followers.of("derbyshire")).containsExactly("south-derbyshire");
	}

	@Test
	void nationalsItemsReachTheFollowingCountiesAndThroughThemTheirFollowingDistricts() {
		Followers followers = Followers.in(demo());

		assertThat(followers.of("national")).containsExactlyInAnyOrder("kent", "derbyshire", "swale", "canterbury",
				"south-derbyshire");
	}

	@Test
	void aDistrictReceivesFromItsCountyAndThroughItFromNationalNearestFirst() {
		Followers followers = Followers.in(demo());

		assertThat(followers.sourcesOf("swale")).containsExactly("kent", "national");
		assertThat(followers.sourcesOf("kent")).containsExactly("national");
	}

	@Test
	void aStandaloneCompactOrOneThatKeepsItsOwnReceivesNothing() {
		Followers followers = Followers.in(demo());

		assertThat(followers.sourcesOf("hounslow")).isEmpty();
		assertThat(followers.sourcesOf("dover")).isEmpty();
		assertThat(followers.sourcesOf("national")).isEmpty();
		assertThat(followers.of("hounslow")).isEmpty();
	}

	@Test
	void aStandaloneCompactReceivesNothingEvenWithAParentSet() {
		Followers followers = Followers.in(demo()).with(member("hounslow", STANDALONE, "kent", ADOPTS_PARENT_CORE));

		assertThat(followers.of("kent")).doesNotContain("hounslow");
	}

	@Test
	void aCountyThatKeepsItsOwnStillPassesItsItemsOnButNotNationals() {
		Followers followers = Followers.in(demo()).with(member("kent", COUNTY, "national", KEEPS_OWN));

		assertThat(followers.of("kent")).containsExactly("canterbury", "swale");
		assertThat(followers.of("national")).containsExactlyInAnyOrder("derbyshire", "south-derbyshire");
		assertThat(followers.sourcesOf("swale")).containsExactly("kent");
	}

	@Test
	void anArchivedDistrictReceivesNothing() {
		Followers followers = Followers.in(demo())
			.with(archived(member("swale", DISTRICT, "kent", ADOPTS_PARENT_CORE)));

		assertThat(followers.of("kent")).containsExactly("canterbury");
		assertThat(followers.of("national")).doesNotContain("swale");
	}

	@Test
	void anArchivedCountyPassesNothingOnNeitherItsOwnNorNationals() {
		Followers followers = Followers.in(demo())
			.with(archived(member("kent", COUNTY, "national", ADOPTS_PARENT_CORE)));

		assertThat(followers.of("kent")).isEmpty();
		assertThat(followers.of("national")).containsExactlyInAnyOrder("derbyshire", "south-derbyshire");
		assertThat(followers.sourcesOf("swale")).isEmpty();
	}

	@Test
	void anUnknownSourceHasNoFollowersAndAnUnknownParentPassesNothingOn() {
		Followers followers = Followers.in(List.of(member("swale", DISTRICT, "kent", ADOPTS_PARENT_CORE)));

		assertThat(followers.of("kent")).isEmpty();
		assertThat(followers.sourcesOf("swale")).isEmpty();
	}

	@Test
	void aCycleEndsTheWalkInsteadOfLoopingForever() {
		Followers followers = Followers.in(List.of(member("a", COUNTY, "b", ADOPTS_PARENT_CORE),
				member("b", COUNTY, "c", ADOPTS_PARENT_CORE), member("c", COUNTY, "a", ADOPTS_PARENT_CORE)));

		assertThat(followers.of("a")).containsExactlyInAnyOrder("b", "c");
		assertThat(followers.sourcesOf("a")).containsExactly("b", "c");
		assertThat(Followers.in(List.of(member("self", COUNTY, "self", ADOPTS_PARENT_CORE))).of("self")).isEmpty();
	}

	@Test
	void aDistrictThatStartsAdoptingGainsItsCountyAndNational() {
		Followers before = Followers.in(demo());

		List<Change> changes = Followers.changes(before,
				before.with(member("dover", DISTRICT, "kent", ADOPTS_PARENT_CORE)));

		assertThat(changes).containsExactly(new Change("dover", List.of("kent", "national"), List.of()));
	}

	@Test
	void aDistrictThatKeepsItsOwnLosesItsCountyAndNational() {
		Followers before = Followers.in(demo());

		List<Change> changes = Followers.changes(before, before.with(member("swale", DISTRICT, "kent", KEEPS_OWN)));

		assertThat(changes).containsExactly(new Change("swale", List.of(), List.of("kent", "national")));
	}

	@Test
	void aCountyThatStopsFollowingNationalTakesItsDistrictsWithIt() {
		Followers before = Followers.in(demo());

		List<Change> changes = Followers.changes(before, before.with(member("kent", COUNTY, "national", KEEPS_OWN)));

		assertThat(changes).containsExactly(new Change("canterbury", List.of(), List.of("national")),
				new Change("kent", List.of(), List.of("national")),
				new Change("swale", List.of(), List.of("national")));
	}

	@Test
	void aDistrictMovingToAnotherCountyLosesOneAndGainsTheOther() {
		Followers before = Followers.in(demo());

		List<Change> changes = Followers.changes(before,
				before.with(member("swale", DISTRICT, "derbyshire", ADOPTS_PARENT_CORE)));

		assertThat(changes).containsExactly(new Change("swale", List.of("derbyshire"), List.of("kent")));
	}

	@Test
	void aNewCountyArrivingAfterItsDistrictsGivesThemItsItemsAndNationals() {
		Followers before = Followers.in(List.of(member("national", NATIONAL, null, KEEPS_OWN),
				member("swale", DISTRICT, "kent", ADOPTS_PARENT_CORE)));

		List<Change> changes = Followers.changes(before,
				before.with(member("kent", COUNTY, "national", ADOPTS_PARENT_CORE)));

		assertThat(changes).containsExactly(new Change("kent", List.of("national"), List.of()),
				new Change("swale", List.of("kent", "national"), List.of()));
	}

}
