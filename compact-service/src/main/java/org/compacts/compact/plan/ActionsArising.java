package org.compacts.compact.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.compacts.compact.federation.Visibility;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's door for the actions arising from a compact's meetings: each becomes an
 * action of the plan for the financial year the meeting was held in (a plan "Actions
 * arising from meetings" is started for that year when the compact has none), marked with
 * the meeting it arose from; the meeting reads back how each stands. Called in the
 * meeting's own transaction and tenant.
 */
@Component
public class ActionsArising {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	/** Where an action arising went. */
	public record Arisen(UUID planId, UUID actionId) {
	}

	/** How an action arising stands now, as the plan says. */
	public record Standing(UUID planId, UUID actionId, String status, int progress, boolean overdue) {

		/** Neither done nor dropped: still a matter arising. */
		public boolean isOpen() {
			return !PlanAction.Status.valueOf(status).isClosed();
		}

	}

	private final Plans plans;

	private final PlanActions actions;

	private final Clock clock;

	ActionsArising(Plans plans, PlanActions actions, ObjectProvider<Clock> clock) {
		this.plans = plans;
		this.actions = actions;
		this.clock = clock.getIfAvailable(() -> Clock.system(ENGLAND));
	}

	/**
	 * @param ownerPeople whom it is given to, as the minutes name them
	 * @param ownerOrganisations their organisations, when known
	 */
	@Transactional
	public Arisen add(UUID meetingId, LocalDate heldOn, String title, String ownerPeople,
			@Nullable String ownerOrganisations, LocalDate dueOn, String by) {
		String period = periodOf(heldOn);
		ActionPlan plan = plans.findAllByOrderByPeriodDescTitleAsc()
			.stream()
			.filter(candidate -> candidate.period().equals(period))
			.findFirst()
			.orElseGet(() -> plans
				.saveAndFlush(new ActionPlan("Actions arising from meetings", period, Visibility.MEMBERS, by)));
		PlanAction action = new PlanAction(
				plan.id(), new PlanAction.Details(title, null, null, null, ownerOrganisations, ownerPeople, List.of(),
						null, dueOn, PlanAction.Priority.MEDIUM, PlanAction.Ambition.ACHIEVABLE, List.of()),
				by, Instant.now(clock));
		action.ariseFrom(meetingId, heldOn);
		actions.saveAndFlush(action);
		return new Arisen(plan.id(), action.id());
	}

	/** Each of these actions of the current compact that is still there, by id. */
	@Transactional(readOnly = true)
	public Map<UUID, Standing> standing(Collection<UUID> actionIds) {
		LocalDate today = LocalDate.now(clock);
		return actions.findAllById(actionIds)
			.stream()
			.map(action -> new Standing(action.planId(), action.id(), action.status().name(), action.progress(),
					action.isOverdue(today)))
			.collect(Collectors.toMap(Standing::actionId, Function.identity()));
	}

	/**
	 * The financial year a day falls in, as a plan's period: 23 September 2010 is
	 * 2010-11.
	 */
	static String periodOf(LocalDate day) {
		int start = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
		return start + "-" + String.format("%02d", (start + 1) % 100);
	}

}
