package org.compacts.compact.review;

import java.util.List;

import org.compacts.servicekit.refusal.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A steering group's rules, without a database. */
class SteeringGroupTest {

	@Test
	void aReviewIsSignedOffForTheGroupAndItsChairWhenItHasOne() {
		SteeringGroup group = new SteeringGroup("Compact Steering Group", 3, List
			.of(new Member("Ann Officer", "DCC Policy Unit", "secretary"), new Member("Jo Chair", "CVS", "Chair")));
		assertThat(group.signingFor()).isEqualTo("Compact Steering Group, chaired by Jo Chair");

		group.change("Compact Steering Group", 4, List.of(new Member("Ann Officer", null, null)));
		assertThat(group.signingFor()).isEqualTo("Compact Steering Group");
		assertThat(group.meetingsPerYear()).isEqualTo(4);
	}

	@Test
	void itHasOneChairAtMost() {
		SteeringGroup group = new SteeringGroup("Group", 3, List.of());
		assertThatThrownBy(() -> group.change("Group", 3,
				List.of(new Member("A", null, "chair"), new Member("B", null, " CHAIR "))))
			.isInstanceOf(Refusal.class)
			.hasMessageContaining("one chair");
		assertThat(group.members()).isEmpty();
	}

}
