package org.compacts.compact.champion;

import java.time.LocalDate;
import java.util.UUID;

import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A nomination ends once, and not before it began. */
class ChampionTest {

	static final LocalDate NOMINATED = LocalDate.of(2010, 9, 1);

	static Champion alexForVoluntaryAction() {
		return new Champion("alex.champion", UUID.randomUUID(), NOMINATED, null, "sam.editor");
	}

	@Test
	void aChampionStandsDownOnADayAfterTheirNomination() {
		Champion champion = alexForVoluntaryAction();

		champion.standDown(LocalDate.of(2012, 3, 31));

		assertThat(champion.isActive()).isFalse();
		assertThat(champion.stoodDownOn()).isEqualTo(LocalDate.of(2012, 3, 31));
	}

	@Test
	void aChampionStandsDownOnceAndTheFirstDayStands() {
		Champion champion = alexForVoluntaryAction();
		champion.standDown(LocalDate.of(2012, 3, 31));

		Refusal refusal = catchThrowableOfType(Refusal.class, () -> champion.standDown(LocalDate.of(2013, 1, 1)));

		assertThat(refusal.ground()).isEqualTo(Refusal.Ground.CONFLICT);
		assertThat(refusal.detail()).contains("stood down on 2012-03-31 already");
		assertThat(champion.stoodDownOn()).isEqualTo(LocalDate.of(2012, 3, 31));
	}

	@Test
	void aChampionDoesNotStandDownBeforeTheyWereNominated() {
		Champion champion = alexForVoluntaryAction();

		Refusal refusal = catchThrowableOfType(Refusal.class, () -> champion.standDown(NOMINATED.minusDays(1)));

		assertThat(refusal.ground()).isEqualTo(Refusal.Ground.INVALID);
		assertThat(refusal.fields())
			.containsExactly(new InvalidField("stoodDownOn", "is before the nomination on 2010-09-01"));
		assertThat(champion.isActive()).isTrue();
	}

}
