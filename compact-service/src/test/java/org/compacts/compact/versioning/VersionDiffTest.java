package org.compacts.compact.versioning;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.compact.versioning.ItemHistoryTest.applied;
import static org.compacts.compact.versioning.KentCodes.ALICE;
import static org.compacts.compact.versioning.KentCodes.BOB;
import static org.compacts.compact.versioning.KentCodes.consultation;
import static org.compacts.compact.versioning.KentCodes.equalityAndDiversity;
import static org.compacts.compact.versioning.KentCodes.funding;
import static org.compacts.compact.versioning.KentCodes.openness;
import static org.compacts.compact.versioning.KentCodes.withAim;
import static org.compacts.compact.versioning.KentCodes.withCommitments;
import static org.compacts.compact.versioning.KentCodes.withSubCodes;
import static org.compacts.compact.versioning.KentCodes.withVcsUndertakings;

class VersionDiffTest {

	@Test
	void showsTheShorterMinimumPeriodAndTheNewVcsUndertakingOfTheKentConsultationCode() {
		// given the Kent Consultation code published, then a draft with 6 weeks minimum
		// and one more VCS undertaking
		CodeOfPracticeContent revised = withCommitments(
				withVcsUndertakings(consultation(),
						List.of("Sharing information on consultations",
								"Feeding back the views of their members and service users")),
				List.of(MeasurableCommitment.standard("standard consultation period", 12, "weeks"),
						MeasurableCommitment.minimum("minimum consultation period", 6, "weeks")));
		ItemHistory history = twoVersions(consultation(), revised);

		// when
		Comparison comparison = history.diff(1, 2);

		// then
		VersionDiff diff = (VersionDiff) comparison;
		assertThat(diff.changes()).containsExactly(
				FieldChange.unchanged("VCS undertakings", "Sharing information on consultations"),
				FieldChange.added("VCS undertakings", "Feeding back the views of their members and service users"),
				FieldChange.changed("minimum consultation period", "8 weeks", "6 weeks"));
		assertThat(diff.toPlainText()).isEqualTo("""
				Changes from v1 to v2:
				VCS undertakings: added "Feeding back the views of their members and service users"
				minimum consultation period: 8 weeks → 6 weeks""");
	}

	@Test
	void twoVersionsWithTheSameContentHaveNoChanges() {
		// given a version re-saved unchanged
		ItemHistory history = twoVersions(consultation(), consultation());

		// when
		VersionDiff diff = (VersionDiff) history.diff(1, 2);

		// then
		assertThat(diff.hasChanges()).isFalse();
		assertThat(diff.changes()).isEmpty();
		assertThat(diff.toPlainText()).isEqualTo("No changes from v1 to v2.");
	}

	@Test
	void aChangedAimIsShownWordByWord() {
		// given
		ItemHistory history = twoVersions(consultation(), withAim(consultation(),
				"This code aims to ensure that the VCS is able to shape policy, strategy and service delivery plans."));

		// when
		VersionDiff diff = (VersionDiff) history.diff(1, 2);

		// then
		assertThat(diff.changes()).singleElement().satisfies(change -> {
			assertThat(change.field()).isEqualTo("Aim");
			assertThat(change.kind()).isEqualTo(FieldChange.Kind.CHANGED);
			assertThat(change.before()).isEqualTo(consultation().aim());
			assertThat(change.wordChanges()).contains(
					new WordChange(WordChange.Kind.REMOVED, "comment on and influence"),
					new WordChange(WordChange.Kind.ADDED, "shape"));
		});
		assertThat(diff.toPlainText()).endsWith("Aim: This code aims to ensure that the VCS is able to "
				+ "[-comment on and influence-] {+shape+} policy, strategy and service delivery plans.");
	}

	@Test
	void aPrinciplesTitleAndTextAreCompared() {
		// given
		ItemHistory history = twoVersions(openness(),
				new PrincipleContent("Openness and honesty", "Partners share information openly and in good time."));

		// when
		VersionDiff diff = (VersionDiff) history.diff(1, 2);

		// then
		assertThat(diff.toPlainText()).isEqualTo("""
				Changes from v1 to v2:
				Title: Openness {+and honesty+}""");
	}

	@Test
	void aDiffMayGoFromTheNewerVersionBackToTheOlder() {
		// given
		ItemHistory history = twoVersions(consultation(), withVcsUndertakings(consultation(), List.of()));

		// when
		VersionDiff diff = (VersionDiff) history.diff(2, 1);

		// then
		assertThat(diff.toPlainText()).isEqualTo("""
				Changes from v2 to v1:
				VCS undertakings: added "Sharing information on consultations\"""");
	}

	@Test
	void fundingPracticesAddedAndDroppedReadAsCommitments() {
		// given "payment in advance" dropped, "longer contracts" added
		ItemHistory history = twoVersions(funding(),
				withCommitments(funding(),
						List.of(MeasurableCommitment.practice("multi-year funding where appropriate"),
								MeasurableCommitment.practice("full cost recovery"),
								MeasurableCommitment.minimum("contract length", 3, "years"))));

		// when
		VersionDiff diff = (VersionDiff) history.diff(1, 2);

		// then
		assertThat(diff.toPlainText()).isEqualTo("""
				Changes from v1 to v2:
				Measurable commitments: removed "payment in advance"
				Measurable commitments: added "contract length: 3 years (minimum)\"""");
	}

	@Test
	void aCommitmentThatChangesKindSaysSo() {
		// given the national standard of 12 weeks made a hard minimum
		ItemHistory history = twoVersions(consultation(),
				withCommitments(consultation(),
						List.of(MeasurableCommitment.minimum("standard consultation period", 12, "weeks"),
								MeasurableCommitment.minimum("minimum consultation period", 8, "weeks"))));

		// when
		VersionDiff diff = (VersionDiff) history.diff(1, 2);

		// then
		assertThat(diff.toPlainText())
			.endsWith("standard consultation period: 12 weeks (standard) → 12 weeks (minimum)");
	}

	@Test
	void subCodesAreMatchedByTitle() {
		// given the Carers sub-code reworded, Young People dropped, Faith added
		ItemHistory history = twoVersions(equalityAndDiversity(),
				withSubCodes(equalityAndDiversity(),
						List.of(new SubCode("Carers", "Carers are consulted at times and places they can attend."),
								new SubCode("Faith", "Faith groups are partners in their own right."))));

		// when
		VersionDiff diff = (VersionDiff) history.diff(1, 2);

		// then
		assertThat(diff.toPlainText()).isEqualTo("""
				Changes from v1 to v2:
				Sub-code Carers: Carers are consulted at times {+and places+} they can attend.
				Sub-codes: removed "Young People: Young people are heard in their own words."
				Sub-codes: added "Faith: Faith groups are partners in their own right.\"""");
	}

	@Test
	void aChangeOfModeIsShown() {
		// given
		ItemHistory history = applied(ItemHistory.start(consultation(), Mode.ADAPTABLE, ALICE)
			.edit(new Edit(1, consultation(), Mode.CORE, BOB)));

		// when
		VersionDiff diff = (VersionDiff) history.diff(1, 2);

		// then
		assertThat(diff.changes()).containsExactly(FieldChange.changed("Mode", "adaptable", "core"));
		assertThat(diff.toPlainText()).endsWith("Mode: adaptable → core");
	}

	@Test
	void aReorderedListShowsWhatMovedAsRemovedAndAdded() {
		// given
		ItemHistory history = twoVersions(
				withVcsUndertakings(consultation(), List.of("Share information", "Respond on time")),
				withVcsUndertakings(consultation(), List.of("Respond on time", "Share information")));

		// when
		VersionDiff diff = (VersionDiff) history.diff(1, 2);

		// then
		assertThat(diff.changes()).extracting(FieldChange::kind)
			.containsExactly(FieldChange.Kind.REMOVED, FieldChange.Kind.UNCHANGED, FieldChange.Kind.ADDED);
	}

	/** v1 drafted with the first content by alice, v2 edited to the second by bob. */
	private static ItemHistory twoVersions(ItemContent first, ItemContent second) {
		return applied(ItemHistory.start(first, Mode.CORE, ALICE).edit(new Edit(1, second, Mode.CORE, BOB)));
	}

}
