package org.compacts.compact.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import org.compacts.compact.tenancy.VersionedTenantOwned;
import org.compacts.servicekit.refusal.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * One action of a plan: what it is to achieve and how that is measured, who owns it, when
 * it is due, and where it stands. Its details change freely; its status and progress
 * change only by an update, which stays in its history as it was made.
 */
@Entity
class PlanAction extends VersionedTenantOwned {

	enum Status {

		NOT_STARTED, ON_TRACK, AT_RISK, OFF_TRACK, DONE, DROPPED;

		/** Done or dropped: an update then reopens it, or is refused. */
		boolean isClosed() {
			return this == DONE || this == DROPPED;
		}

	}

	enum Priority {

		HIGH, MEDIUM, LOW

	}

	/** As Hounslow's champions tagged their points. */
	enum Ambition {

		ACHIEVABLE, ASPIRATIONAL

	}

	/** What an editor says of an action, everything but where it stands. */
	record Details(String title, @Nullable String outcome, @Nullable String measure, @Nullable UUID ownerOrganisationId,
			@Nullable String ownerOrganisationName, @Nullable String ownerPerson, List<String> partners,
			@Nullable LocalDate startOn, @Nullable LocalDate dueOn, Priority priority, Ambition ambition,
			List<ActionLink> links, List<UUID> indicatorIds) {

		Details {
			partners = List.copyOf(partners);
			// a link named twice is one link
			links = List.copyOf(new LinkedHashSet<>(links));
			indicatorIds = List.copyOf(new LinkedHashSet<>(indicatorIds));
		}

		/** The same details, moving these indicators instead. */
		Details withIndicators(List<UUID> moved) {
			return new Details(title, outcome, measure, ownerOrganisationId, ownerOrganisationName, ownerPerson,
					partners, startOn, dueOn, priority, ambition, links, moved);
		}

		/** Details that name no indicator. */
		Details(String title, @Nullable String outcome, @Nullable String measure, @Nullable UUID ownerOrganisationId,
				@Nullable String ownerOrganisationName, @Nullable String ownerPerson, List<String> partners,
				@Nullable LocalDate startOn, @Nullable LocalDate dueOn, Priority priority, Ambition ambition,
				List<ActionLink> links) {
			this(title, outcome, measure, ownerOrganisationId, ownerOrganisationName, ownerPerson, partners, startOn,
					dueOn, priority, ambition, links, List.of());
		}

	}

	/** An update as its author gives it. */
	record Progress(LocalDate on, Status status, int progress, String note, @Nullable LocalDate completedOn,
			@Nullable String reason) {
	}

	/** The SMART parts an action may lack, as the API names them. */
	static final String MEASURE = "measure";

	static final String OWNER = "owner";

	static final String DUE_ON = "dueOn";

	private UUID planId;

	private String title;

	private String outcome;

	private String measure;

	private UUID ownerOrganisationId;

	private String ownerOrganisationName;

	private String ownerPerson;

	/** Who the action is given to, by e-mail address (issue 12: they are reminded). */
	private String ownerEmail;

	@ElementCollection
	@CollectionTable(name = "plan_action_partner", joinColumns = @JoinColumn(name = "action_id"))
	@OrderColumn(name = "position")
	@Column(name = "name")
	private List<String> partners = new ArrayList<>();

	private LocalDate startOn;

	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private Priority priority;

	@Enumerated(EnumType.STRING)
	private Ambition ambition;

	@ElementCollection
	@CollectionTable(name = "plan_action_link", joinColumns = @JoinColumn(name = "action_id"))
	@OrderColumn(name = "position")
	private List<ActionLink> links = new ArrayList<>();

	/** The performance indicators it moves, by id. */
	@ElementCollection
	@CollectionTable(name = "plan_action_indicator", joinColumns = @JoinColumn(name = "action_id"))
	@OrderColumn(name = "position")
	@Column(name = "indicator_id")
	private List<UUID> indicatorIds = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private Status status;

	private int progress;

	private LocalDate completedOn;

	private String dropReason;

	@OneToMany(mappedBy = "action", cascade = CascadeType.PERSIST)
	private List<ActionUpdate> updates = new ArrayList<>();

	/**
	 * The meeting it arose from, and the day that meeting was held; null for the rest.
	 */
	private UUID arisingMeetingId;

	private LocalDate arisingMeetingOn;

	/** The consultation it arose from, and the point of it; null for the rest. */
	private UUID arisingConsultationId;

	private String arisingPoint;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	protected PlanAction() {
	}

	PlanAction(UUID planId, Details details, String createdBy, Instant at) {
		super(UUID.randomUUID());
		this.planId = planId;
		this.status = Status.NOT_STARTED;
		this.progress = 0;
		this.createdBy = createdBy;
		this.createdAt = at;
		this.updatedAt = at;
		describe(details);
	}

	/** Changes the details; where the action stands changes by {@link #record} only. */
	void describe(Details details) {
		if (details.startOn() != null && details.dueOn() != null && details.dueOn().isBefore(details.startOn())) {
			throw Refusal.invalid("An action is not due before it starts.", "dueOn",
					"is before the start on " + details.startOn());
		}
		this.title = details.title().strip();
		this.outcome = details.outcome();
		this.measure = details.measure();
		this.ownerOrganisationId = details.ownerOrganisationId();
		this.ownerOrganisationName = details.ownerOrganisationName();
		this.ownerPerson = details.ownerPerson();
		this.partners.clear();
		this.partners.addAll(details.partners());
		this.startOn = details.startOn();
		this.dueOn = details.dueOn();
		this.priority = details.priority();
		this.ambition = details.ambition();
		this.links.clear();
		this.links.addAll(details.links());
		this.indicatorIds.clear();
		this.indicatorIds.addAll(details.indicatorIds());
	}

	/**
	 * Records an update, newest first in the history, and moves the action to its status
	 * and progress. A done or dropped action takes only an update that reopens it; done
	 * needs the day it was done and full progress, dropped a reason; reopening clears
	 * both.
	 * @param today the day in England, so that nothing is recorded as happening later
	 * @return the update, as the history keeps it
	 */
	ActionUpdate record(Progress update, String by, LocalDate today, Instant at) {
		if (update.on().isAfter(today)) {
			throw Refusal.invalid("An update records what happened: not after today.", "on", "is after today");
		}
		if (update.progress() < 0 || update.progress() > 100) {
			throw Refusal.invalid("Progress is a percentage.", "progress", "must be from 0 to 100");
		}
		if (status.isClosed() && update.status() == status) {
			throw Refusal.notAllowed("This action is " + status + " already; an update now reopens it to another "
					+ "status, or is not made.", "status", "is already " + status);
		}
		if (update.status() == Status.DONE) {
			if (update.completedOn() == null) {
				throw Refusal.invalid("A done action says when it was done.", "completedOn",
						"is required when the status is DONE");
			}
			if (update.completedOn().isAfter(today)) {
				throw Refusal.invalid("An action is done once it is done: not after today.", "completedOn",
						"is after today");
			}
			if (update.progress() != 100) {
				throw Refusal.invalid("A done action is 100% done.", "progress", "must be 100 when the status is DONE");
			}
		}
		if (update.status() == Status.DROPPED && (update.reason() == null || update.reason().isBlank())) {
			throw Refusal.invalid("A dropped action says why it was dropped.", "reason",
					"is required when the status is DROPPED");
		}
		ActionUpdate recorded = new ActionUpdate(this, update, status, by, at);
		updates.add(recorded);
		this.status = update.status();
		this.progress = update.progress();
		this.completedOn = status == Status.DONE ? update.completedOn() : null;
		this.dropReason = status == Status.DROPPED ? update.reason().strip() : null;
		// the version moves with every update, a note that changes nothing else included,
		// so that two updates from one version never both land
		this.updatedAt = at;
		return recorded;
	}

	/** Marks it as an action arising from the meeting held on that day. */
	void ariseFrom(UUID meetingId, LocalDate heldOn) {
		this.arisingMeetingId = meetingId;
		this.arisingMeetingOn = heldOn;
	}

	/** Marks it as arising from a point of a consultation. */
	void ariseFromConsultation(UUID consultationId, String point) {
		this.arisingConsultationId = consultationId;
		this.arisingPoint = point;
	}

	@Nullable UUID arisingConsultationId() {
		return arisingConsultationId;
	}

	@Nullable String arisingPoint() {
		return arisingPoint;
	}

	@Nullable UUID arisingMeetingId() {
		return arisingMeetingId;
	}

	@Nullable LocalDate arisingMeetingOn() {
		return arisingMeetingOn;
	}

	/** Due before today and neither done nor dropped. */
	boolean isOverdue(LocalDate today) {
		return dueOn != null && dueOn.isBefore(today) && !status.isClosed();
	}

	/**
	 * What keeps the action from being SMART, of {@link #MEASURE}, {@link #OWNER} (no
	 * organisation and no person) and {@link #DUE_ON}; empty when nothing does.
	 */
	List<String> notSmart() {
		List<String> missing = new ArrayList<>();
		if (measure == null || measure.isBlank()) {
			missing.add(MEASURE);
		}
		if (ownerOrganisationId == null && ownerOrganisationName == null && ownerPerson == null) {
			missing.add(OWNER);
		}
		if (dueOn == null) {
			missing.add(DUE_ON);
		}
		return missing;
	}

	/** A plan's order: by due date, then title; those without a due date last. */
	static final Comparator<PlanAction> PLAN_ORDER = Comparator
		.comparing(PlanAction::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(PlanAction::title);

	UUID planId() {
		return planId;
	}

	String title() {
		return title;
	}

	String outcome() {
		return outcome;
	}

	String measure() {
		return measure;
	}

	UUID ownerOrganisationId() {
		return ownerOrganisationId;
	}

	String ownerOrganisationName() {
		return ownerOrganisationName;
	}

	String ownerPerson() {
		return ownerPerson;
	}

	@Nullable String ownerEmail() {
		return ownerEmail;
	}

	/**
	 * Gives the action to a person by their e-mail address, or to no one.
	 * @return whether that is someone new to it
	 */
	boolean giveTo(@Nullable String email) {
		boolean someoneNew = email != null && !email.equals(ownerEmail);
		this.ownerEmail = email;
		return someoneNew;
	}

	List<String> partners() {
		return List.copyOf(partners);
	}

	LocalDate startOn() {
		return startOn;
	}

	LocalDate dueOn() {
		return dueOn;
	}

	Priority priority() {
		return priority;
	}

	Ambition ambition() {
		return ambition;
	}

	List<ActionLink> links() {
		return List.copyOf(links);
	}

	List<UUID> indicatorIds() {
		return List.copyOf(indicatorIds);
	}

	Status status() {
		return status;
	}

	int progress() {
		return progress;
	}

	LocalDate completedOn() {
		return completedOn;
	}

	String dropReason() {
		return dropReason;
	}

	/** Newest first. */
	List<ActionUpdate> updates() {
		return updates.stream().sorted(Comparator.comparing(ActionUpdate::madeAt).reversed()).toList();
	}

}
