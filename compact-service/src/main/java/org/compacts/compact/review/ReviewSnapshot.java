package org.compacts.compact.review;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.compacts.compact.dispute.DisputeYear;
import org.compacts.compact.plan.PlanRollup;
import org.compacts.compact.success.SuccessYear;
import org.jspecify.annotations.Nullable;

/**
 * What a review records of its year, as it stood on the day it was taken: the plans for
 * the year's period (actions by status, overdue, percentage done), the compact's
 * indicators by RAG, and the disputes raised and successes recorded in the year. Taken
 * afresh while the review is a draft and frozen when it is signed off: written once, its
 * own copy of every figure, so nothing done later to a plan, dispute or success changes
 * it.
 */
record ReviewSnapshot(int year, String period, LocalDate takenOn, PlanFigures plan, DisputeCounts disputes,
		SuccessCounts successes) {

	/**
	 * @param actionsByStatus every status by name, each counted
	 * @param indicatorsByRag every RAG by name, each counted
	 */
	record PlanFigures(int plans, int actions, Map<String, Integer> actionsByStatus, int overdue, int percentDone,
			int indicators, Map<String, Integer> indicatorsByRag) {
	}

	record DisputeCounts(int raised, int open, int resolved, int withdrawn, Map<String, Integer> openByStage,
			@Nullable Double medianDaysToResolve) {
	}

	record SuccessCounts(int recorded, int drafts, int approved, int caseStudies) {
	}

	/** The day a financial year starts: 1 April 2026 for 2026. */
	static LocalDate startOf(int year) {
		return LocalDate.of(year, 4, 1);
	}

	/** A financial year as a plan's period: 2026 is 2026-27. */
	static String periodOf(int year) {
		return year + "-" + String.format("%02d", (year + 1) % 100);
	}

	/**
	 * The figures as given, copied in their order, so later changes to them change
	 * nothing here.
	 */
	static ReviewSnapshot assemble(int year, LocalDate takenOn, PlanRollup.Summary plan, Map<String, Integer> byRag,
			DisputeYear.Figures disputes, SuccessYear.Figures successes) {
		int indicators = byRag.values().stream().mapToInt(Integer::intValue).sum();
		return new ReviewSnapshot(year, periodOf(year), takenOn,
				new PlanFigures(plan.plans().size(), plan.actions(), copy(plan.byStatus()), plan.overdue(),
						plan.percentDone(), indicators, copy(byRag)),
				new DisputeCounts(disputes.raised(), disputes.open(), disputes.resolved(), disputes.withdrawn(),
						copy(disputes.openByStage()), disputes.medianDaysToResolve()),
				new SuccessCounts(successes.recorded(), successes.drafts(), successes.approved(),
						successes.caseStudies()));
	}

	private static Map<String, Integer> copy(Map<String, Integer> counts) {
		return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
	}

}
