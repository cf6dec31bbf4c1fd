package org.compacts.compact.federation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReachTest {

	@Test
	void aMemberSeesEverything() {
		assertThat(Reach.MEMBER.visible()).containsExactly(Visibility.MEMBERS, Visibility.COUNTY, Visibility.PUBLIC);
	}

	@Test
	void theCountySeesWhatIsSharedWithItAndWhatIsPublicButNotWhatIsKeptToMembers() {
		assertThat(Reach.COUNTY.sees(Visibility.MEMBERS)).isFalse();
		assertThat(Reach.COUNTY.visible()).containsExactly(Visibility.COUNTY, Visibility.PUBLIC);
	}

	@Test
	void anyoneElseSeesWhatIsPublicOnly() {
		assertThat(Reach.PUBLIC.visible()).containsExactly(Visibility.PUBLIC);
	}

	@Test
	void membershipOfTheCompactCountsBeforeMembershipOfItsCounty() {
		assertThat(Reach.of(true, true)).isEqualTo(Reach.MEMBER);
		assertThat(Reach.of(true, false)).isEqualTo(Reach.MEMBER);
		assertThat(Reach.of(false, true)).isEqualTo(Reach.COUNTY);
		assertThat(Reach.of(false, false)).isEqualTo(Reach.PUBLIC);
	}

}
