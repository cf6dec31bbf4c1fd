package org.compacts.compact.review;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.compacts.compact.dispute.DisputeYear;
import org.compacts.compact.federation.Visibility;
import org.compacts.compact.plan.PlanRollup;
import org.compacts.compact.success.SuccessYear;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The snapshot a review keeps, assembled from the year's figures, without Spring. */
class ReviewSnapshotTest {

	static final LocalDate TAKEN = LocalDate.of(2027, 3, 20);

	static Map<String, Integer> counts(Object... nameThenCount) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (int index = 0; index < nameThenCount.length; index += 2) {
			counts.put((String) nameThenCount[index], (Integer) nameThenCount[index + 1]);
		}
		return counts;
	}

	static PlanRollup.Summary plan(Map<String, Integer> byStatus) {
		return new PlanRollup.Summary(
				List.of(new PlanRollup.Plan(UUID.randomUUID(), "Swale action plan", "2026-27", Visibility.PUBLIC),
						new PlanRollup.Plan(UUID.randomUUID(), "Actions arising", "2026-27", Visibility.MEMBERS)),
				byStatus.values().stream().mapToInt(Integer::intValue).sum(), byStatus, 2, 40, Map.of());
	}

	@Test
	void theFinancialYearIsNamedAsAPlansPeriodAndStartsInApril() {
		assertThat(ReviewSnapshot.periodOf(2026)).isEqualTo("2026-27");
		assertThat(ReviewSnapshot.periodOf(1999)).isEqualTo("1999-00");
		assertThat(ReviewSnapshot.startOf(2026)).isEqualTo(LocalDate.of(2026, 4, 1));
	}

	@Test
	void itKeepsEachFigureInItsOrderAndCountsThePlansAndIndicators() {
		Map<String, Integer> byStatus = counts("NOT_STARTED", 1, "ON_TRACK", 3, "AT_RISK", 0, "OFF_TRACK", 1, "DONE", 4,
				"DROPPED", 1);
		Map<String, Integer> byRag = counts("GREEN", 2, "AMBER", 1, "RED", 0, "NONE", 3);
		ReviewSnapshot snapshot = ReviewSnapshot.assemble(2026, TAKEN, plan(byStatus), byRag,
				new DisputeYear.Figures(3, 1, 1, 1, counts("INFORMAL", 1, "FORMAL", 0), 12.5),
				new SuccessYear.Figures(5, 1, 2, 2));

		assertThat(snapshot.period()).isEqualTo("2026-27");
		assertThat(snapshot.takenOn()).isEqualTo(TAKEN);
		assertThat(snapshot.plan().plans()).isEqualTo(2);
		assertThat(snapshot.plan().actions()).isEqualTo(10);
		assertThat(snapshot.plan().actionsByStatus()).containsExactlyEntriesOf(byStatus);
		assertThat(snapshot.plan().overdue()).isEqualTo(2);
		assertThat(snapshot.plan().percentDone()).isEqualTo(40);
		assertThat(snapshot.plan().indicators()).isEqualTo(6);
		assertThat(snapshot.plan().indicatorsByRag()).containsExactlyEntriesOf(byRag);
		assertThat(snapshot.disputes())
			.isEqualTo(new ReviewSnapshot.DisputeCounts(3, 1, 1, 1, counts("INFORMAL", 1, "FORMAL", 0), 12.5));
		assertThat(snapshot.successes()).isEqualTo(new ReviewSnapshot.SuccessCounts(5, 1, 2, 2));
	}

	@Test
	void whatItWasGivenMayChangeAfterwardsWithoutChangingIt() {
		Map<String, Integer> byStatus = counts("ON_TRACK", 1, "DONE", 1);
		Map<String, Integer> byRag = counts("GREEN", 1);
		Map<String, Integer> byStage = counts("INFORMAL", 1);
		ReviewSnapshot snapshot = ReviewSnapshot.assemble(2026, TAKEN, plan(byStatus), byRag,
				new DisputeYear.Figures(1, 1, 0, 0, byStage, null), new SuccessYear.Figures(0, 0, 0, 0));

		byStatus.put("DONE", 7);
		byRag.put("RED", 4);
		byStage.put("FORMAL", 2);

		assertThat(snapshot.plan().actionsByStatus()).containsExactly(Map.entry("ON_TRACK", 1), Map.entry("DONE", 1));
		assertThat(snapshot.plan().indicatorsByRag()).containsExactly(Map.entry("GREEN", 1));
		assertThat(snapshot.disputes().openByStage()).containsExactly(Map.entry("INFORMAL", 1));
		assertThat(snapshot.disputes().medianDaysToResolve()).isNull();
		assertThatThrownBy(() -> snapshot.plan().actionsByStatus().put("DONE", 9))
			.isInstanceOf(UnsupportedOperationException.class);
	}

}
