package org.compacts.compact.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.compacts.compact.federation.Reach;
import org.compacts.compact.federation.Visibility;
import org.compacts.compact.indicator.IndicatorSummaries;
import org.compacts.compact.item.ItemKind;
import org.compacts.compact.item.ItemLinks;
import org.compacts.compact.item.ItemLinks.Link;
import org.compacts.compact.item.SharedItems;
import org.compacts.compact.plan.PlanApi.ActionInput;
import org.compacts.compact.plan.PlanApi.ActionView;
import org.compacts.compact.plan.PlanApi.IndicatorLink;
import org.compacts.compact.plan.PlanApi.Owner;
import org.compacts.compact.plan.PlanApi.PlanSummary;
import org.compacts.compact.plan.PlanApi.PlanView;
import org.compacts.compact.plan.PlanApi.Recorded;
import org.compacts.compact.signatory.OrganisationNames;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.refusal.Refusal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's action plans and their actions, each change in one transaction: it
 * finds what a rule needs (the organisation, the linked items, today) and lets the plan
 * and the action decide. What it answers is read inside the transaction, lazy parts
 * included.
 */
@Service
@Transactional
class PlanRegister {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final Plans plans;

	private final PlanActions actions;

	private final OrganisationNames organisations;

	private final SharedItems items;

	private final ItemLinks itemLinks;

	private final IndicatorSummaries indicators;

	private final Clock clock;

	private final EntityManager entities;

	private final ApplicationEventPublisher events;

	PlanRegister(Plans plans, PlanActions actions, OrganisationNames organisations, SharedItems items,
			ItemLinks itemLinks, IndicatorSummaries indicators, ObjectProvider<Clock> clock, EntityManager entities,
			ApplicationEventPublisher events) {
		this.events = events;
		this.itemLinks = itemLinks;
		this.indicators = indicators;
		this.plans = plans;
		this.actions = actions;
		this.entities = entities;
		this.organisations = organisations;
		this.items = items;
		this.clock = clock.getIfAvailable(() -> Clock.system(ENGLAND));
	}

	/**
	 * @param reach how far the reader sees into the compact: its members every plan, its
	 * county's members the plans shared with the county, anyone else the public ones
	 */
	@Transactional(readOnly = true)
	List<PlanSummary> plans(Reach reach) {
		List<ActionPlan> readable = plans.findAllByOrderByPeriodDescTitleAsc()
			.stream()
			.filter(plan -> plan.isReadableBy(reach))
			.toList();
		Map<UUID, List<PlanAction>> byPlan = actions.findByPlanIdIn(readable.stream().map(ActionPlan::id).toList())
			.stream()
			.collect(Collectors.groupingBy(PlanAction::planId));
		LocalDate today = today();
		return readable.stream()
			.map(plan -> PlanSummary.of(plan, ActionTally.of(byPlan.getOrDefault(plan.id(), List.of()), today)))
			.toList();
	}

	@Transactional(readOnly = true)
	PlanView plan(UUID id, Reach reach) {
		return plan(id, reach, ActionFilter.NONE);
	}

	/**
	 * The plan with the actions the filter leaves; a code to filter by is one of this
	 * compact's principles and codes, as an action's link is.
	 */
	@Transactional(readOnly = true)
	PlanView plan(UUID id, Reach reach, ActionFilter filter) {
		ActionPlan plan = readable(id, reach);
		if (filter.code() != null && kindOf(filter.code()).isEmpty()) {
			throw Refusal.invalid("A plan's actions are filtered by a principle or code of practice of this compact.",
					"code", filter.code() + " is not a principle or code of practice of this compact");
		}
		return view(plan, reach).filtered(filter);
	}

	PlanView create(String title, String period, Visibility visibility, String by) {
		ActionPlan plan = new ActionPlan(title, period, visibility, by);
		if (plans.existsByTitleAndPeriod(plan.title(), plan.period())) {
			throw titleTaken();
		}
		return view(plans.saveAndFlush(plan));
	}

	PlanView describe(UUID id, ExpectedVersion expected, String title, String period, Visibility visibility) {
		ActionPlan plan = find(id);
		expected.require(plan.version());
		ActionPlan.requirePeriod(period);
		// asked before the change: the query would flush a changed title into the unique
		// index
		if (plans.existsByTitleAndPeriodAndIdNot(title.strip(), period, id)) {
			throw titleTaken();
		}
		plan.describe(title, period, visibility);
		return view(plans.saveAndFlush(plan));
	}

	@Transactional(readOnly = true)
	ActionView action(UUID planId, UUID actionId, Reach reach) {
		readable(planId, reach);
		return view(findAction(planId, actionId), today(), reach);
	}

	ActionView addAction(UUID planId, ActionInput input, String by) {
		ActionPlan plan = find(planId);
		PlanAction.Details details = details(input);
		PlanAction action = new PlanAction(plan.id(), details, by, Instant.now(clock));
		boolean given = action.giveTo(input.ownerEmail());
		PlanAction saved = actions.saveAndFlush(action);
		if (given) {
			events.publishEvent(ActionGiven.of(saved, by));
		}
		return view(saved);
	}

	ActionView describeAction(UUID planId, UUID actionId, ExpectedVersion expected, ActionInput input, String by) {
		PlanAction action = findAction(planId, actionId);
		expected.require(action.version());
		action.describe(details(input));
		boolean given = action.giveTo(input.ownerEmail());
		PlanAction saved = actions.saveAndFlush(action);
		if (given) {
			events.publishEvent(ActionGiven.of(saved, by));
		}
		return view(saved);
	}

	Recorded record(UUID planId, UUID actionId, ExpectedVersion expected, PlanAction.Progress progress, String by) {
		PlanAction action = findAction(planId, actionId);
		expected.require(action.version());
		ActionUpdate update = action.record(progress, by, today(), Instant.now(clock));
		// persisted as itself, not merged with the action: the action's history is
		// loaded lazily, and a merge would look the new update up as if it were stored
		entities.persist(update);
		actions.flush();
		return new Recorded(update.id(), view(action));
	}

	/**
	 * The details as the action keeps them, once what they name is found in this compact:
	 * the owner organisation in its register, each item among its principles and codes
	 * (another compact's ids are not).
	 */
	private PlanAction.Details details(ActionInput input) {
		if (input.ownerOrganisationId() != null && organisations.of(input.ownerOrganisationId()).isEmpty()) {
			throw Refusal.invalid("An action's owner named by id is one of this compact's organisations.",
					"ownerOrganisationId", "is not an organisation of this compact");
		}
		List<ActionLink> links = new ArrayList<>();
		for (UUID itemId : input.itemIds()) {
			links.add(kindOf(itemId).map(kind -> new ActionLink(itemId, kind))
				.orElseThrow(() -> Refusal.invalid(
						"An action links to principles and codes of practice of this " + "compact, its own or adopted.",
						"itemIds", itemId + " is not a principle or code of practice of this compact")));
		}
		List<UUID> known = indicators.of(input.indicatorIds(), Reach.MEMBER)
			.stream()
			.map(IndicatorSummaries.Summary::id)
			.toList();
		for (UUID indicatorId : input.indicatorIds()) {
			if (!known.contains(indicatorId)) {
				throw Refusal.invalid("An action moves performance indicators of this compact.", "indicatorIds",
						indicatorId + " is not an indicator of this compact");
			}
		}
		return input.details(links);
	}

	private Optional<ItemKind> kindOf(UUID itemId) {
		for (ItemKind kind : ItemKind.values()) {
			if (items.find(kind, itemId).isPresent()) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

	/** The plan as an editor, a member, reads it. */
	PlanView view(ActionPlan plan) {
		return view(plan, Reach.MEMBER);
	}

	/**
	 * @param reach how far the reader sees: the indicators an action moves are shown as
	 * far as the plan's reader may read them
	 */
	private PlanView view(ActionPlan plan, Reach reach) {
		LocalDate today = today();
		List<PlanAction> planActions = actions.findByPlanId(plan.id()).stream().sorted(PlanAction.PLAN_ORDER).toList();
		Neighbours neighbours = neighbours(planActions, reach);
		return PlanView.of(plan, planActions.stream().map(action -> view(action, today, neighbours)).toList());
	}

	private ActionView view(PlanAction action) {
		return view(action, today(), Reach.MEMBER);
	}

	private ActionView view(PlanAction action, LocalDate today, Reach reach) {
		return view(action, today, neighbours(List.of(action), reach));
	}

	private ActionView view(PlanAction action, LocalDate today, Neighbours neighbours) {
		String organisationName = action.ownerOrganisationId() == null ? action.ownerOrganisationName()
				: neighbours.organisations().getOrDefault(action.ownerOrganisationId(), action.ownerOrganisationName());
		Owner owner = new Owner(action.ownerOrganisationId(), organisationName, action.ownerPerson(),
				action.ownerEmail());
		List<IndicatorLink> moved = action.indicatorIds()
			.stream()
			.map(neighbours.indicators()::get)
			.filter(Objects::nonNull)
			.toList();
		List<Link> links = action.links()
			.stream()
			.map(link -> neighbours.items().get(link.itemId()))
			.filter(Objects::nonNull)
			.toList();
		return ActionView.of(action, owner, links, moved, today);
	}

	/**
	 * What the actions point at (their owners' organisations, the indicators they move,
	 * the items they serve), read for all of them at once: a plan of 500 actions read
	 * action by action took a few queries per action.
	 */
	private Neighbours neighbours(List<PlanAction> planActions, Reach reach) {
		Set<UUID> organisationIds = new LinkedHashSet<>();
		Set<UUID> indicatorIds = new LinkedHashSet<>();
		Set<UUID> itemIds = new LinkedHashSet<>();
		for (PlanAction action : planActions) {
			if (action.ownerOrganisationId() != null) {
				organisationIds.add(action.ownerOrganisationId());
			}
			indicatorIds.addAll(action.indicatorIds());
			action.links().forEach(link -> itemIds.add(link.itemId()));
		}
		Map<UUID, String> names = organisationIds.isEmpty() ? Map.of() : organisations.of(organisationIds);
		Map<UUID, IndicatorLink> moved = indicators.of(indicatorIds, reach)
			.stream()
			.collect(Collectors.toMap(IndicatorSummaries.Summary::id,
					indicator -> new IndicatorLink(indicator.id(), indicator.name(), indicator.rag())));
		Map<UUID, Link> links = itemLinks.of(itemIds).stream().collect(Collectors.toMap(Link::itemId, link -> link));
		return new Neighbours(names, moved, links);
	}

	private record Neighbours(Map<UUID, String> organisations, Map<UUID, IndicatorLink> indicators,
			Map<UUID, Link> items) {
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private ActionPlan readable(UUID id, Reach reach) {
		return plans.findById(id).filter(plan -> plan.isReadableBy(reach)).orElseThrow(PlanRegister::noSuchPlan);
	}

	private ActionPlan find(UUID id) {
		return plans.findById(id).orElseThrow(PlanRegister::noSuchPlan);
	}

	private PlanAction findAction(UUID planId, UUID actionId) {
		return actions.findByIdAndPlanId(actionId, planId)
			.orElseThrow(() -> Refusal.notFound("No such action in this plan."));
	}

	/** The same for a plan that is not there and one the reader may not see. */
	private static Refusal noSuchPlan() {
		return Refusal.notFound("No such plan in this compact.");
	}

	private static Refusal titleTaken() {
		return Refusal.conflict("This compact already has a plan of that title for that period.", "title",
				"is already a plan of this compact for the period");
	}

}
