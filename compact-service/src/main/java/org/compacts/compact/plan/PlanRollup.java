package org.compacts.compact.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.compacts.compact.federation.Reach;
import org.compacts.compact.federation.Visibility;
import org.compacts.compact.plan.PlanAction.Status;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a compact shares with the county it follows, counted for the county's roll-up: its
 * plans the county sees (of one period, or of all), their actions counted as a plan's
 * are, and how many of those actions link to each item. Asked in the compact's own
 * tenant.
 *
 * <p>
 * A county reads this for each of its hundreds of districts in one request, so it is
 * counted by the database (three queries, a few rows each) rather than by loading every
 * action and its links; the rules stay the plan's: what the county sees is
 * {@link Reach#COUNTY}'s, and overdue is {@link PlanAction#isOverdue}'s and the
 * percentage done an {@link ActionTally}'s.
 */
@Component
public class PlanRollup {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

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

	private final EntityManager entities;

	private final Clock clock;

	PlanRollup(EntityManager entities, ObjectProvider<Clock> clock) {
		this.entities = entities;
		this.clock = clock.getIfAvailable(() -> Clock.system(ENGLAND));
	}

	/** A period as a plan's: 400 naming {@code period} otherwise. */
	public void requirePeriod(@Nullable String period) {
		if (period != null) {
			ActionPlan.requirePeriod(period);
		}
	}

	@Transactional(readOnly = true)
	public Summary sharedWithCounty(@Nullable String period) {
		return summary(Reach.COUNTY, period);
	}

	/**
	 * Every plan of the compact for the period, whoever may read it: what its own annual
	 * review records. Asked in the compact's own tenant.
	 */
	@Transactional(readOnly = true)
	public Summary ofCompact(String period) {
		return summary(Reach.MEMBER, period);
	}

	private Summary summary(Reach reach, @Nullable String period) {
		TypedQuery<Object[]> planQuery = entities
			.createQuery(
					"select p.id, p.title, p.period, p.visibility from ActionPlan p where p.visibility in :seen"
							+ (period == null ? "" : " and p.period = :period") + " order by p.period desc, p.title",
					Object[].class)
			.setParameter("seen", reach.visible());
		if (period != null) {
			planQuery.setParameter("period", period);
		}
		List<Plan> plans = planQuery.getResultList()
			.stream()
			.map(row -> new Plan((UUID) row[0], (String) row[1], (String) row[2], (Visibility) row[3]))
			.toList();
		Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
		for (Status status : Status.values()) {
			byStatus.put(status, 0);
		}
		Map<UUID, Integer> byItem = new LinkedHashMap<>();
		int overdue = 0;
		if (!plans.isEmpty()) {
			List<UUID> ids = plans.stream().map(Plan::id).toList();
			LocalDate today = LocalDate.now(clock);
			// overdue as PlanAction#isOverdue: due before today, and (below) not closed
			List<Object[]> counts = entities
				.createQuery("select a.status, count(a), sum(case when a.dueOn < :today then 1 else 0 end)"
						+ " from PlanAction a where a.planId in :plans group by a.status", Object[].class)
				.setParameter("today", today)
				.setParameter("plans", ids)
				.getResultList();
			for (Object[] row : counts) {
				Status status = (Status) row[0];
				byStatus.put(status, ((Number) row[1]).intValue());
				overdue += status.isClosed() ? 0 : ((Number) row[2]).intValue();
			}
			// an action that names an item twice counts once for it
			entities
				.createQuery("select l.itemId, count(distinct a.id) from PlanAction a join a.links l"
						+ " where a.planId in :plans group by l.itemId", Object[].class)
				.setParameter("plans", ids)
				.getResultList()
				.forEach(row -> byItem.put((UUID) row[0], ((Number) row[1]).intValue()));
		}
		Map<String, Integer> byName = new LinkedHashMap<>();
		byStatus.forEach((status, count) -> byName.put(status.name(), count));
		int actions = byStatus.values().stream().mapToInt(Integer::intValue).sum();
		return new Summary(plans, actions, byName, overdue, ActionTally.percentDone(byStatus), byItem);
	}

}
