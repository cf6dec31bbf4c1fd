package org.compacts.compact.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
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
 * A dispute of the compact: between whom, about which principles and codes, and where it
 * stands. It guards its own moves: it escalates, never back; it is resolved with an
 * outcome, withdrawn with a reason, and then moves no more; each move stays in its
 * history as it was made. Its agreed, anonymised summary is published only once it is
 * resolved.
 */
@Entity
class Dispute extends VersionedTenantOwned {

	/** What an editor says of a dispute, everything but where it stands. */
	record Details(String title, String summary, List<DisputeParty> parties, List<DisputeLink> links) {

		Details {
			// a party or a link named twice is one
			parties = List.copyOf(new LinkedHashSet<>(parties));
			links = List.copyOf(new LinkedHashSet<>(links));
		}

	}

	/** A move as its author gives it. */
	record Move(DisputeStage stage, LocalDate on, @Nullable String note, @Nullable String outcome,
			@Nullable String reason) {
	}

	/** Who moves a dispute, and becomes its owner: the one its deadline reminds. */
	record Mover(String username, @Nullable String email) {
	}

	private String title;

	private String summary;

	@ElementCollection
	@CollectionTable(name = "dispute_party", joinColumns = @JoinColumn(name = "dispute_id"))
	@OrderColumn(name = "position")
	private List<DisputeParty> parties = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "dispute_item", joinColumns = @JoinColumn(name = "dispute_id"))
	@OrderColumn(name = "position")
	private List<DisputeLink> links = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private DisputeStage stage;

	private LocalDate raisedOn;

	private LocalDate stageSince;

	private LocalDate stageDeadline;

	private String ownerUsername;

	private String ownerEmail;

	private String outcome;

	private String withdrawalReason;

	private String publicSummary;

	private LocalDate summaryPublishedOn;

	@OneToMany(mappedBy = "dispute", cascade = CascadeType.PERSIST)
	private List<StageChange> history = new ArrayList<>();

	private String createdBy;

	private Instant createdAt;

	protected Dispute() {
	}

	/**
	 * A dispute raised on a day, at its first stage (RAISED, or a later one when it is
	 * logged once under way); its first move is in its history.
	 * @param today the day in England: a dispute is logged once raised, not before
	 */
	Dispute(Details details, DisputeStage first, LocalDate raisedOn, @Nullable String note, Mover by,
			StageDeadlines deadlines, LocalDate today, Instant at) {
		super(UUID.randomUUID());
		if (first.isClosed()) {
			throw Refusal.invalid("A dispute is raised open; it is resolved or withdrawn afterwards.", "stage",
					"must be a stage before RESOLVED");
		}
		if (raisedOn.isAfter(today)) {
			throw Refusal.invalid("A dispute is logged once it is raised: not after today.", "raisedOn",
					"is after today");
		}
		describe(details);
		this.raisedOn = raisedOn;
		this.createdBy = by.username();
		this.createdAt = at;
		enter(null, new Move(first, raisedOn, note, null, null), by, deadlines, at);
	}

	/**
	 * Changes what the dispute is about; where it stands changes by {@link #move} only.
	 */
	void describe(Details details) {
		if (details.parties().size() < 2) {
			throw Refusal.invalid("A dispute is between parties: who raised it and with whom.", "parties",
					"must name at least two parties");
		}
		if (details.links().isEmpty()) {
			throw Refusal.invalid("A dispute concerns the compact: at least one of its principles or codes.", "itemIds",
					"must name at least one principle or code of practice");
		}
		this.title = details.title().strip();
		this.summary = details.summary().strip();
		this.parties.clear();
		this.parties.addAll(details.parties());
		this.links.clear();
		this.links.addAll(details.links());
	}

	/**
	 * Moves the dispute to a stage, from the day given, and its mover becomes its owner.
	 * An open dispute escalates to any later stage, or is resolved (with an outcome) or
	 * withdrawn (with a reason); a closed one moves no more. The day is not after today
	 * nor before the current stage began.
	 * @return the move, as the history keeps it
	 */
	StageChange move(Move move, Mover by, StageDeadlines deadlines, LocalDate today, Instant at) {
		if (stage.isClosed()) {
			throw Refusal.notAllowed("This dispute is " + stage + ": it moves no more.", "stage",
					"the dispute is " + stage + " already");
		}
		if (move.stage() == stage) {
			throw Refusal.notAllowed("This dispute is at " + stage + " already.", "stage", "is already " + stage);
		}
		if (!stage.mayMoveTo(move.stage())) {
			throw Refusal.notAllowed("A dispute escalates to a later stage, or is resolved or withdrawn; it does not "
					+ "go back to an earlier stage.", "stage", "must come after " + stage);
		}
		if (move.on().isAfter(today)) {
			throw Refusal.invalid("A move records what happened: not after today.", "on", "is after today");
		}
		if (move.on().isBefore(stageSince)) {
			throw Refusal.invalid("A dispute moves on from where it stands.", "on",
					"is before the current stage began on " + stageSince);
		}
		if (move.stage() == DisputeStage.RESOLVED && isBlank(move.outcome())) {
			throw Refusal.invalid("A resolved dispute says how it was resolved.", "outcome",
					"is required to resolve a dispute");
		}
		if (move.stage() == DisputeStage.WITHDRAWN && isBlank(move.reason())) {
			throw Refusal.invalid("A withdrawn dispute says why it was withdrawn.", "reason",
					"is required to withdraw a dispute");
		}
		return enter(stage, move, by, deadlines, at);
	}

	private StageChange enter(@Nullable DisputeStage from, Move move, Mover by, StageDeadlines deadlines, Instant at) {
		this.stage = move.stage();
		this.stageSince = move.on();
		this.stageDeadline = deadlines.deadline(move.stage(), move.on());
		this.ownerUsername = by.username();
		this.ownerEmail = by.email();
		this.outcome = stage == DisputeStage.RESOLVED ? move.outcome().strip() : null;
		this.withdrawalReason = stage == DisputeStage.WITHDRAWN ? move.reason().strip() : null;
		StageChange change = new StageChange(this, from, stage, stageSince, stageDeadline,
				isBlank(move.note()) ? null : move.note().strip(), by.username(), at);
		history.add(change);
		return change;
	}

	/** Writes the agreed, anonymised summary; not while it is published. */
	void writePublicSummary(String text) {
		if (summaryPublishedOn != null) {
			throw Refusal.notAllowed("The public summary is published; withdraw it from publication to change it.",
					"publicSummary", "is published");
		}
		this.publicSummary = text.strip();
	}

	/** Publishes the summary: only a resolved dispute's, once written. */
	void publishSummary(LocalDate today) {
		if (stage != DisputeStage.RESOLVED) {
			throw Refusal.notAllowed("Only a resolved dispute's summary is published.", "stage",
					"must be RESOLVED, is " + stage);
		}
		if (publicSummary == null) {
			throw Refusal.notAllowed("A summary is written before it is published.", "publicSummary",
					"is not written yet");
		}
		if (summaryPublishedOn == null) {
			this.summaryPublishedOn = today;
		}
	}

	void withdrawSummary() {
		this.summaryPublishedOn = null;
	}

	/** The day after the current stage's deadline, once that day has come; else null. */
	@Nullable LocalDate overdueSince(LocalDate today) {
		return stageDeadline != null && today.isAfter(stageDeadline) ? stageDeadline.plusDays(1) : null;
	}

	boolean isPublished() {
		return summaryPublishedOn != null;
	}

	/** The day it was resolved or withdrawn; null while open. */
	@Nullable LocalDate closedOn() {
		return stage.isClosed() ? stageSince : null;
	}

	private static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	String title() {
		return title;
	}

	String summary() {
		return summary;
	}

	List<DisputeParty> parties() {
		return List.copyOf(parties);
	}

	List<DisputeLink> links() {
		return List.copyOf(links);
	}

	DisputeStage stage() {
		return stage;
	}

	LocalDate raisedOn() {
		return raisedOn;
	}

	LocalDate stageSince() {
		return stageSince;
	}

	@Nullable LocalDate stageDeadline() {
		return stageDeadline;
	}

	String ownerUsername() {
		return ownerUsername;
	}

	@Nullable String ownerEmail() {
		return ownerEmail;
	}

	@Nullable String outcome() {
		return outcome;
	}

	@Nullable String withdrawalReason() {
		return withdrawalReason;
	}

	@Nullable String publicSummary() {
		return publicSummary;
	}

	@Nullable LocalDate summaryPublishedOn() {
		return summaryPublishedOn;
	}

	/** Newest first. */
	List<StageChange> history() {
		// sorted oldest first (a stable sort keeps two moves of one instant in the order
		// made), then turned
		List<StageChange> newestFirst = new ArrayList<>(
				history.stream().sorted(Comparator.comparing(StageChange::movedAt)).toList());
		Collections.reverse(newestFirst);
		return newestFirst;
	}

}
