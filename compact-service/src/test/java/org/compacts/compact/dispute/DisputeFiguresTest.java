package org.compacts.compact.dispute;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.compacts.compact.dispute.DisputeFigures.ByItem;
import org.compacts.compact.dispute.DisputeFigures.Counted;
import org.compacts.compact.dispute.DisputeFigures.Figures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisputeFiguresTest {

	static final UUID FUNDING = UUID.randomUUID();

	static final UUID CONSULTATION = UUID.randomUUID();

	static final LocalDate MAY = LocalDate.of(2027, 5, 3);

	@Test
	void theMedianOfAnOddCountIsTheMiddleValueAndOfAnEvenCountTheMeanOfTheTwoMiddleOnes() {
		assertThat(DisputeFigures.median(List.of(30L, 5L, 12L))).isEqualTo(12.0);
		assertThat(DisputeFigures.median(List.of(30L, 5L, 12L, 13L))).isEqualTo(12.5);
		assertThat(DisputeFigures.median(List.of(7L))).isEqualTo(7.0);
		assertThat(DisputeFigures.median(List.of())).isNull();
	}

	@Test
	void openDisputesAreCountedByStageAndEachCodeByOpenAndAllWhileOnlyResolvedOnesMakeTheMedian() {
		Figures figures = DisputeFigures
			.of(List.of(new Counted(DisputeStage.MEDIATION, MAY, null, List.of(FUNDING, CONSULTATION)),
					new Counted(DisputeStage.RAISED, MAY, null, List.of(CONSULTATION, CONSULTATION)),
					new Counted(DisputeStage.RESOLVED, MAY, MAY.plusDays(10), List.of(FUNDING)),
					new Counted(DisputeStage.RESOLVED, MAY, MAY.plusDays(40), List.of(FUNDING)),
					new Counted(DisputeStage.WITHDRAWN, MAY, MAY.plusDays(1), List.of(FUNDING))));

		assertThat(figures.open()).isEqualTo(2);
		assertThat(figures.resolved()).isEqualTo(2);
		assertThat(figures.withdrawn()).isEqualTo(1);
		assertThat(figures.openByStage()).containsEntry(DisputeStage.MEDIATION, 1)
			.containsEntry(DisputeStage.RAISED, 1)
			.containsEntry(DisputeStage.OMBUDSMAN, 0)
			.doesNotContainKeys(DisputeStage.RESOLVED, DisputeStage.WITHDRAWN);
		// a code named twice in one dispute is one dispute
		assertThat(figures.byItem()).containsExactly(new ByItem(CONSULTATION, 2, 2), new ByItem(FUNDING, 1, 4));
		// the withdrawn one, a day, is no resolution
		assertThat(figures.medianDaysToResolve()).isEqualTo(25.0);
	}

	@Test
	void aLogWithNoDisputesHasNoMedian() {
		Figures figures = DisputeFigures.of(List.of());
		assertThat(figures.open()).isZero();
		assertThat(figures.byItem()).isEmpty();
		assertThat(figures.medianDaysToResolve()).isNull();
	}

}
