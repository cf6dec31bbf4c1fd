package org.compacts.compact.dispute;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.compacts.compact.dispute.DisputeApi.DeadlinesView;
import org.compacts.compact.dispute.DisputeApi.DetailsInput;
import org.compacts.compact.dispute.DisputeApi.DisputeSummary;
import org.compacts.compact.dispute.DisputeApi.DisputeView;
import org.compacts.compact.dispute.DisputeApi.FiguresView;
import org.compacts.compact.dispute.DisputeApi.ItemCount;
import org.compacts.compact.dispute.DisputeApi.PartyInput;
import org.compacts.compact.dispute.DisputeApi.PartyView;
import org.compacts.compact.dispute.DisputeApi.PublishedSummary;
import org.compacts.compact.dispute.DisputeApi.RaiseInput;
import org.compacts.compact.item.ItemLinks;
import org.compacts.compact.item.ItemLinks.Link;
import org.compacts.compact.signatory.OrganisationNames;
import org.compacts.compact.tenancy.CurrentTenant;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.refusal.Refusal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's disputes log, each change in one transaction: it finds what a rule
 * needs (the organisations, the linked items, the compact's deadlines, today) and lets
 * the dispute decide; every raise and move publishes {@link DisputeStageChanged} with it.
 * Only the compact's members reach it (the security configuration), bar the published
 * summaries.
 */
@Service
@Transactional
class DisputeLog {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final Disputes disputes;

	private final Deadlines deadlines;

	private final OrganisationNames organisations;

	private final ItemLinks itemLinks;

	private final ApplicationEventPublisher events;

	private final EntityManager entities;

	private final Clock clock;

	DisputeLog(Disputes disputes, Deadlines deadlines, OrganisationNames organisations, ItemLinks itemLinks,
			ApplicationEventPublisher events, EntityManager entities, ObjectProvider<Clock> clock) {
		this.disputes = disputes;
		this.deadlines = deadlines;
		this.organisations = organisations;
		this.itemLinks = itemLinks;
		this.events = events;
		this.entities = entities;
		this.clock = clock.getIfAvailable(() -> Clock.system(ENGLAND));
	}

	@Transactional(readOnly = true)
	List<DisputeSummary> all() {
		LocalDate today = today();
		List<Dispute> all = disputes.findAllByOrderByRaisedOnDescTitleAsc();
		Map<UUID, String> names = organisations.all();
		return all.stream()
			.map(dispute -> DisputeSummary.of(dispute, parties(dispute, names), links(dispute.links()), today))
			.toList();
	}

	@Transactional(readOnly = true)
	DisputeView dispute(UUID id) {
		return view(find(id));
	}

	@Transactional(readOnly = true)
	FiguresView figures() {
		List<Dispute> all = disputes.findAll();
		DisputeFigures.Figures figures = DisputeFigures.of(all.stream()
			.map(dispute -> new DisputeFigures.Counted(dispute.stage(), dispute.raisedOn(), dispute.closedOn(),
					dispute.links().stream().map(DisputeLink::itemId).toList()))
			.toList());
		Map<UUID, Link> links = itemLinks.of(figures.byItem().stream().map(DisputeFigures.ByItem::itemId).toList())
			.stream()
			.collect(Collectors.toMap(Link::itemId, Function.identity()));
		List<ItemCount> byItem = figures.byItem()
			.stream()
			.filter(count -> links.containsKey(count.itemId()))
			.map(count -> new ItemCount(links.get(count.itemId()), count.open(), count.all()))
			.toList();
		return new FiguresView(figures.open(), figures.resolved(), figures.withdrawn(), figures.openByStage(), byItem,
				figures.medianDaysToResolve());
	}

	/** What anyone reads: the published summaries of resolved disputes, newest first. */
	@Transactional(readOnly = true)
	List<PublishedSummary> published() {
		return disputes.findBySummaryPublishedOnNotNullOrderByStageSinceDesc()
			.stream()
			.map(dispute -> PublishedSummary.of(dispute, links(dispute.links())))
			.toList();
	}

	DisputeView raise(RaiseInput input, Dispute.Mover by) {
		Dispute dispute = new Dispute(details(input.details()), input.stage(), input.raisedOn(), input.note(), by,
				currentDeadlines(), today(), now());
		// persisted, not merged: the id is given, and a merge would look the first move
		// up as if it were stored
		entities.persist(dispute);
		disputes.flush();
		announce(dispute);
		return view(dispute);
	}

	DisputeView describe(UUID id, ExpectedVersion expected, DetailsInput input) {
		Dispute dispute = find(id);
		expected.require(dispute.version());
		dispute.describe(details(input));
		return view(disputes.saveAndFlush(dispute));
	}

	/**
	 * @return the move's id, and the dispute after it
	 */
	Moved move(UUID id, ExpectedVersion expected, Dispute.Move move, Dispute.Mover by) {
		Dispute dispute = find(id);
		expected.require(dispute.version());
		StageChange change = dispute.move(move, by, currentDeadlines(), today(), now());
		// persisted as itself, as a plan action's update: a merge would look the new
		// change up as if it were stored
		entities.persist(change);
		disputes.flush();
		announce(dispute);
		return new Moved(change.id(), view(dispute));
	}

	record Moved(UUID changeId, DisputeView dispute) {
	}

	DisputeView writePublicSummary(UUID id, ExpectedVersion expected, String text) {
		Dispute dispute = find(id);
		expected.require(dispute.version());
		dispute.writePublicSummary(text);
		return view(disputes.saveAndFlush(dispute));
	}

	DisputeView publishSummary(UUID id, ExpectedVersion expected) {
		Dispute dispute = find(id);
		expected.require(dispute.version());
		dispute.publishSummary(today());
		return view(disputes.saveAndFlush(dispute));
	}

	DisputeView withdrawSummary(UUID id, ExpectedVersion expected) {
		Dispute dispute = find(id);
		expected.require(dispute.version());
		dispute.withdrawSummary();
		return view(disputes.saveAndFlush(dispute));
	}

	@Transactional(readOnly = true)
	DeadlinesView deadlines() {
		return deadlines.findFirstBy()
			.map(own -> DeadlinesView.of(own.deadlines(), true, exposed(own)))
			.orElseGet(() -> DeadlinesView.of(StageDeadlines.DEFAULTS, false, 0));
	}

	/**
	 * Sets the compact's deadlines from the version its editor saw: 0 while the defaults
	 * hold.
	 */
	DeadlinesView setDeadlines(ExpectedVersion expected, StageDeadlines days, String by) {
		DeadlineSettings settings = deadlines.findFirstBy().orElse(null);
		if (settings == null) {
			expected.require(0);
			settings = new DeadlineSettings(days, by);
		}
		else {
			expected.require(exposed(settings));
			settings.set(days, by);
		}
		DeadlineSettings saved;
		try {
			saved = deadlines.saveAndFlush(settings);
		}
		catch (DataIntegrityViolationException ex) {
			// two first settings from the defaults at once: the compact's one row is the
			// other's, so this one started from a version that is gone (found by the
			// concurrent-writers test, which was told 409)
			throw ExpectedVersion.stale("The deadlines were set meanwhile; read them again and make your change.",
					null);
		}
		return DeadlinesView.of(saved.deadlines(), true, exposed(saved));
	}

	/**
	 * The version a client sees: one more than the row's, so that the defaults (no row)
	 * are 0 and a first change from them is told apart from a later one.
	 */
	private static long exposed(DeadlineSettings settings) {
		return settings.version() + 1;
	}

	private StageDeadlines currentDeadlines() {
		return deadlines.findFirstBy().map(DeadlineSettings::deadlines).orElse(StageDeadlines.DEFAULTS);
	}

	private void announce(Dispute dispute) {
		events.publishEvent(new DisputeStageChanged(CurrentTenant.require(), dispute.id(), dispute.stage(),
				dispute.stageSince(), dispute.stageDeadline(), dispute.ownerUsername(), dispute.ownerEmail()));
	}

	/**
	 * The details as the dispute keeps them, once what they name is found in this
	 * compact: each organisation in its register, each item among its principles and
	 * codes (another compact's ids are not).
	 */
	private Dispute.Details details(DetailsInput input) {
		List<DisputeParty> parties = new ArrayList<>();
		for (int i = 0; i < input.parties().size(); i++) {
			PartyInput party = input.parties().get(i);
			if ((party.organisationId() == null) == (party.name() == null)) {
				throw Refusal.invalid("A party is an organisation of the register or a name, one of the two.",
						"parties[" + i + "]", "must name an organisation of the register or a name, not both");
			}
			if (party.organisationId() != null && organisations.of(party.organisationId()).isEmpty()) {
				throw Refusal.invalid("A party named by id is one of this compact's organisations.",
						"parties[" + i + "].organisationId", "is not an organisation of this compact");
			}
			parties.add(new DisputeParty(party.organisationId(), party.name()));
		}
		// an item named twice is found twice
		Map<UUID, Link> found = itemLinks.of(input.itemIds())
			.stream()
			.collect(Collectors.toMap(Link::itemId, Function.identity(), (first, again) -> first));
		List<DisputeLink> links = new ArrayList<>();
		for (UUID itemId : input.itemIds()) {
			Link link = found.get(itemId);
			if (link == null) {
				throw Refusal.invalid(
						"A dispute concerns principles and codes of practice of this compact, its own " + "or adopted.",
						"itemIds", itemId + " is not a principle or code of practice of this compact");
			}
			links.add(new DisputeLink(itemId, link.kind()));
		}
		return new Dispute.Details(input.title(), input.summary(), parties, links);
	}

	private DisputeView view(Dispute dispute) {
		Set<UUID> ids = dispute.parties()
			.stream()
			.map(DisputeParty::organisationId)
			.filter(id -> id != null)
			.collect(Collectors.toSet());
		return DisputeView.of(dispute, parties(dispute, organisations.of(ids)), links(dispute.links()), today());
	}

	private static List<PartyView> parties(Dispute dispute, Map<UUID, String> names) {
		return dispute.parties()
			.stream()
			.map(party -> new PartyView(party.organisationId(),
					party.organisationId() == null ? party.name() : names.getOrDefault(party.organisationId(), "")))
			.toList();
	}

	/** Each link as the item reads now, and where a copy was adopted from. */
	private List<Link> links(Collection<DisputeLink> links) {
		return itemLinks.of(links.stream().map(DisputeLink::itemId).toList());
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private Dispute find(UUID id) {
		return disputes.findById(id).orElseThrow(() -> Refusal.notFound("No such dispute in this compact."));
	}

	/**
	 * To the microsecond, as PostgreSQL keeps it: the answer to a change then says what a
	 * later read of it says.
	 */
	private Instant now() {
		return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

}
