package org.compacts.compact.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import org.compacts.compact.plan.PlanAction.Status;

/**
 * Where a plan's actions stand, counted: how many in each status (every status named,
 * none left out), overdue and not SMART, and the percentage done of those not dropped
 * (rounded down; 0 when there are none).
 */
record ActionTally(int actions, Map<Status, Integer> byStatus, int overdue, int notSmart, int percentDone) {

	static ActionTally of(Collection<PlanAction> actions, LocalDate today) {
		Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
		for (Status status : Status.values()) {
			byStatus.put(status, 0);
		}
		int overdue = 0;
		int notSmart = 0;
		for (PlanAction action : actions) {
			byStatus.merge(action.status(), 1, Integer::sum);
			overdue += action.isOverdue(today) ? 1 : 0;
			notSmart += action.notSmart().isEmpty() ? 0 : 1;
		}
		return new ActionTally(actions.size(), byStatus, overdue, notSmart, percentDone(byStatus));
	}

	/**
	 * Of the actions not dropped, those done, in percent rounded down; 0 when there are
	 * none.
	 * @param byStatus every status, each counted
	 */
	static int percentDone(Map<Status, Integer> byStatus) {
		int counted = byStatus.values().stream().mapToInt(Integer::intValue).sum() - byStatus.get(Status.DROPPED);
		return counted == 0 ? 0 : byStatus.get(Status.DONE) * 100 / counted;
	}

}
