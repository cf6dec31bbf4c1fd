package org.compacts.compact.versioning;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MeasurableCommitmentTest {

	@Test
	void theConsultationCodeCommitsToPeriodsInWeeks() {
		assertThat(KentCodes.consultation().measurableCommitments()).containsExactly(
				new MeasurableCommitment("standard consultation period", MeasurableCommitment.Kind.STANDARD,
						new MeasurableCommitment.Quantity(12, "weeks")),
				new MeasurableCommitment("minimum consultation period", MeasurableCommitment.Kind.MINIMUM,
						new MeasurableCommitment.Quantity(8, "weeks")));
	}

	@Test
	void theFundingCodeCommitsToPracticesWithoutAQuantity() {
		assertThat(KentCodes.funding().measurableCommitments()).allSatisfy(commitment -> {
			assertThat(commitment.kind()).isEqualTo(MeasurableCommitment.Kind.PRACTICE);
			assertThat(commitment.quantity()).isNull();
		});
	}

	@Test
	void aPracticeHasNoQuantityAndAPeriodHasOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MeasurableCommitment("payment in advance",
				MeasurableCommitment.Kind.PRACTICE, new MeasurableCommitment.Quantity(1, "year")));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new MeasurableCommitment("minimum consultation period", MeasurableCommitment.Kind.MINIMUM, null));
	}

	@Test
	void aCodeNamesEachOfItsCommitmentsOnce() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> KentCodes.withCommitments(KentCodes.consultation(),
					List.of(MeasurableCommitment.minimum("minimum consultation period", 8, "weeks"),
							MeasurableCommitment.minimum("minimum consultation period", 6, "weeks"))))
			.withMessageContaining("share a name");
	}

	@Test
	void aVersionCannotBeChangedThroughTheListItWasBuiltFrom() {
		// given
		List<String> undertakings = new java.util.ArrayList<>(List.of("Sharing information on consultations"));
		CodeOfPracticeContent code = KentCodes.withVcsUndertakings(KentCodes.consultation(), undertakings);

		// when
		undertakings.add("Something slipped in later");

		// then
		assertThat(code.vcsUndertakings()).containsExactly("Sharing information on consultations");
	}

}
