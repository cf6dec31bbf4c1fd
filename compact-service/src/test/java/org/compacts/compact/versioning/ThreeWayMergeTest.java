package org.compacts.compact.versioning;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.compact.versioning.KentCodes.withAim;
import static org.compacts.compact.versioning.KentCodes.withSubCodes;
import static org.compacts.compact.versioning.KentCodes.withVcsUndertakings;

class ThreeWayMergeTest {

	static final CodeOfPracticeContent BASE = KentCodes.consultation();

	@Test
	void districtKeepsLocalAimWhenCountyChangesUndertakings() {
		CodeOfPracticeContent local = withAim(BASE, "Swale's own aim.");
		CodeOfPracticeContent upstream = withVcsUndertakings(BASE, List.of("Sharing information early"));

		ThreeWayMerge.Result result = ThreeWayMerge.merge(BASE, local, upstream);

		assertThat(result).isInstanceOf(ThreeWayMerge.Merged.class);
		CodeOfPracticeContent merged = (CodeOfPracticeContent) ((ThreeWayMerge.Merged) result).content();
		assertThat(merged.aim()).isEqualTo("Swale's own aim.");
		assertThat(merged.vcsUndertakings()).containsExactly("Sharing information early");
		assertThat(merged).isEqualTo(withVcsUndertakings(local, List.of("Sharing information early")));
	}

	@Test
	void bothChangingTheAimDifferentlyIsAConflictNamingTheAim() {
		CodeOfPracticeContent local = withAim(BASE, "Swale's own aim.");
		CodeOfPracticeContent upstream = withVcsUndertakings(withAim(BASE, "Kent's new aim."), List.of("Sharing"));

		ThreeWayMerge.Result result = ThreeWayMerge.merge(BASE, local, upstream);

		assertThat(result).isEqualTo(new ThreeWayMerge.Conflict(List.of("aim"), BASE, local, upstream));
	}

	@Test
	void bothChangingAFieldTheSameWayIsNoConflict() {
		CodeOfPracticeContent local = withAim(BASE, "The same new aim.");
		CodeOfPracticeContent upstream = withVcsUndertakings(withAim(BASE, "The same new aim."), List.of("Sharing"));

		assertThat(ThreeWayMerge.merge(BASE, local, upstream)).isEqualTo(new ThreeWayMerge.Merged(upstream));
	}

	@Test
	void anUnamendedCopyTakesUpstreamAsItIs() {
		CodeOfPracticeContent upstream = withAim(BASE, "Kent's new aim.");

		assertThat(ThreeWayMerge.merge(BASE, BASE, upstream)).isEqualTo(new ThreeWayMerge.Merged(upstream));
	}

	@Test
	void anUnchangedUpstreamKeepsTheLocalCopy() {
		CodeOfPracticeContent local = withAim(BASE, "Swale's own aim.");

		assertThat(ThreeWayMerge.merge(BASE, local, BASE)).isEqualTo(new ThreeWayMerge.Merged(local));
	}

	@Test
	void listsAreComparedAsWholeFields() {
		CodeOfPracticeContent local = withVcsUndertakings(BASE,
				List.of("Sharing information on consultations", "Ours"));
		CodeOfPracticeContent upstream = withVcsUndertakings(BASE,
				List.of("Sharing information on consultations", "Kent's"));

		ThreeWayMerge.Result result = ThreeWayMerge.merge(BASE, local, upstream);

		assertThat(((ThreeWayMerge.Conflict) result).fields()).containsExactly("vcsUndertakings");
	}

	@Test
	void everyConflictingFieldIsNamedInTheContentsOrder() {
		CodeOfPracticeContent local = withVcsUndertakings(withAim(BASE, "Local aim."), List.of("Local"));
		CodeOfPracticeContent upstream = withVcsUndertakings(withAim(BASE, "Kent aim."), List.of("Kent"));

		assertThat(((ThreeWayMerge.Conflict) ThreeWayMerge.merge(BASE, local, upstream)).fields())
			.containsExactly("aim", "vcsUndertakings");
	}

	@Test
	void aLocalSubCodeSurvivesAnUpstreamUpdate() {
		CodeOfPracticeContent base = KentCodes.equalityAndDiversity();
		CodeOfPracticeContent local = withSubCodes(base, plus(base.subCodes(),
				new SubCode("Gypsy and Traveller", "Swale's Gypsy and Traveller communities are consulted on site.")));
		CodeOfPracticeContent upstream = withSubCodes(withAim(base, "Kent's new aim."),
				List.of(new SubCode("Carers", "Carers are consulted at times and places they can reach."),
						new SubCode("Young People", "Young people are heard in their own words."),
						new SubCode("Faith", "Faith groups are partners.")));

		ThreeWayMerge.Result result = ThreeWayMerge.merge(base, local, upstream);

		CodeOfPracticeContent merged = (CodeOfPracticeContent) ((ThreeWayMerge.Merged) result).content();
		assertThat(merged.aim()).isEqualTo("Kent's new aim.");
		assertThat(merged.subCodes()).containsExactly(
				new SubCode("Carers", "Carers are consulted at times and places they can reach."),
				new SubCode("Young People", "Young people are heard in their own words."),
				new SubCode("Faith", "Faith groups are partners."),
				new SubCode("Gypsy and Traveller", "Swale's Gypsy and Traveller communities are consulted on site."));
	}

	@Test
	void aSharedSubCodeChangedOnBothSidesIsAConflictNamingIt() {
		CodeOfPracticeContent base = KentCodes.equalityAndDiversity();
		CodeOfPracticeContent local = withSubCodes(base,
				List.of(new SubCode("Carers", "Swale's carers."), base.subCodes().get(1)));
		CodeOfPracticeContent upstream = withSubCodes(base,
				List.of(new SubCode("Carers", "Kent's carers."), base.subCodes().get(1)));

		assertThat(((ThreeWayMerge.Conflict) ThreeWayMerge.merge(base, local, upstream)).fields())
			.containsExactly("subCodes[Carers]");
	}

	@Test
	void aSubCodeUpstreamDropsGoesUnlessTheDistrictChangedIt() {
		CodeOfPracticeContent base = KentCodes.equalityAndDiversity();
		CodeOfPracticeContent upstream = withSubCodes(base, List.of(base.subCodes().get(0)));
		CodeOfPracticeContent unchanged = withAim(base, "Local aim.");
		CodeOfPracticeContent changed = withSubCodes(base,
				List.of(base.subCodes().get(0), new SubCode("Young People", "Swale's young people.")));

		ThreeWayMerge.Result dropped = ThreeWayMerge.merge(base, unchanged, upstream);
		ThreeWayMerge.Result disputed = ThreeWayMerge.merge(base, changed, upstream);

		assertThat(((CodeOfPracticeContent) ((ThreeWayMerge.Merged) dropped).content()).subCodes())
			.containsExactly(base.subCodes().get(0));
		assertThat(((ThreeWayMerge.Conflict) disputed).fields()).containsExactly("subCodes[Young People]");
	}

	@Test
	void principlesMergeByTitleAndText() {
		PrincipleContent base = new PrincipleContent("Openness", "We will be open.");
		PrincipleContent local = new PrincipleContent("Openness", "We will be open with Swale's partners.");
		PrincipleContent upstream = new PrincipleContent("Openness and Honesty", "We will be open.");
		PrincipleContent rival = new PrincipleContent("Openness", "We will be open with Kent.");

		assertThat(ThreeWayMerge.merge(base, local, upstream)).isEqualTo(new ThreeWayMerge.Merged(
				new PrincipleContent("Openness and Honesty", "We will be open with Swale's partners.")));
		assertThat(((ThreeWayMerge.Conflict) ThreeWayMerge.merge(base, local, rival)).fields()).containsExactly("text");
	}

	private static <T> List<T> plus(List<T> list, T element) {
		List<T> more = new ArrayList<>(list);
		more.add(element);
		return more;
	}

}
