package org.compacts.compact.dispute;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How many working days each open stage has in one compact: the last day of a stage is
 * that many working days after the day it began.
 */
record StageDeadlines(Map<DisputeStage, Integer> workingDays) {

	/**
	 * Until a compact sets its own: ours, not a statute's; informal resolution has the 20
	 * working days the brief names.
	 */
	static final StageDeadlines DEFAULTS = new StageDeadlines(
			Map.of(DisputeStage.RAISED, 10, DisputeStage.INFORMAL_RESOLUTION, 20, DisputeStage.LOCAL_PROCEDURE, 30,
					DisputeStage.MEDIATION, 40, DisputeStage.ADVOCACY, 40, DisputeStage.OMBUDSMAN, 60));

	StageDeadlines {
		Map<DisputeStage, Integer> days = new EnumMap<>(DisputeStage.class);
		days.putAll(workingDays);
		workingDays = Collections.unmodifiableMap(days);
	}

	/** The last day of a stage begun on {@code since}; none for resolved or withdrawn. */
	@Nullable LocalDate deadline(DisputeStage stage, LocalDate since) {
		if (stage.isClosed()) {
			return null;
		}
		return WorkingDays.after(since, workingDays.get(stage));
	}

}
