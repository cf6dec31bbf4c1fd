package org.compacts.compact.plan;

import org.compacts.compact.federation.Reach;
import org.compacts.compact.federation.Visibility;
import org.compacts.servicekit.refusal.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActionPlanTest {

	@ParameterizedTest
	@ValueSource(strings = { "2027-28", "1999-00", "2099-00", "2009-10" })
	void aPeriodIsAYearAndTheNextYearsLastTwoDigits(String period) {
		ActionPlan plan = new ActionPlan("  Swale Compact action plan ", period, Visibility.PUBLIC, "sam.editor");

		assertThat(plan.period()).isEqualTo(period);
		assertThat(plan.title()).isEqualTo("Swale Compact action plan");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2027-29", "2027-27", "2027-2028", "2027/28", "27-28", "2027-8", "", "abcd-ef", "2027-28 ",
			"２０２７-２８" })
	void anyOtherPeriodIsRefusedNamingThePeriod(String period) {
		assertThatThrownBy(() -> new ActionPlan("Plan", period, Visibility.COUNTY, "sam.editor"))
			.isInstanceOfSatisfying(Refusal.class, refusal -> {
				assertThat(refusal.ground()).isEqualTo(Refusal.Ground.INVALID);
				assertThat(refusal.fields()).singleElement()
					.satisfies(field -> assertThat(field.field()).isEqualTo("period"));
			});
	}

	@Test
	void aChangedPeriodIsCheckedAndARefusedOneChangesNothing() {
		ActionPlan plan = new ActionPlan("Plan", "2027-28", Visibility.COUNTY, "sam.editor");

		assertThatThrownBy(() -> plan.describe("Other", "2028-30", Visibility.PUBLIC)).isInstanceOf(Refusal.class);

		assertThat(plan.title()).isEqualTo("Plan");
		assertThat(plan.visibility()).isEqualTo(Visibility.COUNTY);
		plan.describe("Other", "2028-29", Visibility.PUBLIC);
		assertThat(plan.period()).isEqualTo("2028-29");
	}

	@Test
	void membersReadEveryPlanTheirCountyTheSharedOnesAndAnyoneElseOnlyAPublicOne() {
		ActionPlan members = new ActionPlan("A", "2027-28", Visibility.MEMBERS, "sam.editor");
		ActionPlan county = new ActionPlan("B", "2027-28", Visibility.COUNTY, "sam.editor");
		ActionPlan open = new ActionPlan("C", "2027-28", Visibility.PUBLIC, "sam.editor");

		assertThat(members.isReadableBy(Reach.MEMBER)).isTrue();
		assertThat(county.isReadableBy(Reach.MEMBER)).isTrue();
		assertThat(open.isReadableBy(Reach.MEMBER)).isTrue();
		assertThat(members.isReadableBy(Reach.COUNTY)).isFalse();
		assertThat(county.isReadableBy(Reach.COUNTY)).isTrue();
		assertThat(open.isReadableBy(Reach.COUNTY)).isTrue();
		assertThat(members.isReadableBy(Reach.PUBLIC)).isFalse();
		assertThat(county.isReadableBy(Reach.PUBLIC)).isFalse();
		assertThat(open.isReadableBy(Reach.PUBLIC)).isTrue();
	}

}
