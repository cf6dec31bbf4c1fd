package org.compacts.compact.dispute;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTest {

	static final LocalDate MONDAY = LocalDate.of(2027, 5, 3);

	@Test
	void workingDaysSkipTheWeekend() {
		assertThat(WorkingDays.after(MONDAY, 0)).isEqualTo(MONDAY);
		assertThat(WorkingDays.after(MONDAY, 4)).isEqualTo(LocalDate.of(2027, 5, 7));
		assertThat(WorkingDays.after(MONDAY, 5)).isEqualTo(LocalDate.of(2027, 5, 10));
		// twenty working days are four weeks
		assertThat(WorkingDays.after(MONDAY, 20)).isEqualTo(MONDAY.plusWeeks(4));
	}

	@Test
	void fromAWeekendTheFirstWorkingDayIsMonday() {
		assertThat(WorkingDays.after(LocalDate.of(2027, 5, 7), 1)).isEqualTo(LocalDate.of(2027, 5, 10));
		assertThat(WorkingDays.after(LocalDate.of(2027, 5, 8), 1)).isEqualTo(LocalDate.of(2027, 5, 10));
	}

	@Test
	void theDefaultDeadlinesGiveInformalResolutionTwentyWorkingDaysAndAClosedStageNone() {
		assertThat(StageDeadlines.DEFAULTS.deadline(DisputeStage.INFORMAL_RESOLUTION, MONDAY))
			.isEqualTo(MONDAY.plusWeeks(4));
		assertThat(StageDeadlines.DEFAULTS.deadline(DisputeStage.RESOLVED, MONDAY)).isNull();
	}

}
