package org.compacts.compact.plan;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.compacts.compact.federation.Visibility;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What a compact shares with the county it follows, counted for the county's roll-up: its
 * plans the county sees (of one period, or of all), their actions counted as a plan's
 * are, and how many of those actions link to each item. Asked in the compact's own
 * tenant.
 */
@Component
public class PlanRollup {

	public record Plan(UUID id, String title, String period, Visibility visibility) {
	}

	/**
	 * @param byStatus every status by name, each counted
	 * @param percentDone of the actions not dropped, rounded down; 0 when there are none
	 * @param actionsByItem per item of this compact (its own or a copy), the counted
	 * actions that link to it
	 */
	public record Summary(List<Plan> plans, int actions, Map<String, Integer> byStatus, int overdue, int percentDone,
			Map<UUID, Integer> actionsByItem) {
	}

	private final PlanRegister register;

	PlanRollup(PlanRegister register) {
		this.register = register;
	}

	/** A period as a plan's: 400 naming {@code period} otherwise. */
	public void requirePeriod(@Nullable String period) {
		if (period != null) {
			ActionPlan.requirePeriod(period);
		}
	}

	public Summary sharedWithCounty(@Nullable String period) {
		return register.sharedWithCounty(period);
	}

}
