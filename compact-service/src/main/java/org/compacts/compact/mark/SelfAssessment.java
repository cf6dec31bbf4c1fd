package org.compacts.compact.mark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.compacts.compact.tenancy.VersionedTenantOwned;
import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's compliance self-assessment, and the quality mark once awarded. It is
 * answered as a draft, submitted, then reviewed by the steering group: awarded ("Compact
 * compliant", until it expires) or sent back to be answered again; an awarded mark may be
 * revoked, with a reason, and stays on record as revoked. The questions are fixed when it
 * is begun, so a code changed meanwhile does not change what was answered.
 */
@Entity
class SelfAssessment extends VersionedTenantOwned {

	private UUID organisationId;

	@Enumerated(EnumType.STRING)
	private State state;

	@ElementCollection
	@CollectionTable(name = "self_assessment_answer", joinColumns = @JoinColumn(name = "assessment_id"))
	@OrderColumn(name = "position")
	private List<Answer> answers = new ArrayList<>();

	private String createdBy;

	private Instant createdAt;

	private @Nullable Instant submittedAt;

	private @Nullable LocalDate awardedOn;

	private @Nullable LocalDate expiresOn;

	private @Nullable String awardedBy;

	private @Nullable LocalDate revokedOn;

	private @Nullable String revocationReason;

	private @Nullable String revokedBy;

	protected SelfAssessment() {
	}

	SelfAssessment(UUID organisationId, List<Undertakings.Question> questions, String by, Instant at) {
		super(UUID.randomUUID());
		if (questions.isEmpty()) {
			throw Refusal.invalid("A self-assessment asks about the undertakings of the codes an organisation signed.",
					"organisationId", "has signed no code of practice with undertakings for its side");
		}
		this.organisationId = organisationId;
		this.state = State.DRAFT;
		this.answers.addAll(questions.stream().map(Answer::unanswered).toList());
		this.createdBy = by;
		this.createdAt = at;
	}

	/** A reply to the undertaking at the same place in the list. */
	record Reply(@Nullable Response response, @Nullable String evidence) {
	}

	/** Answers every undertaking at once, in order; a draft may leave some unanswered. */
	void answer(List<Reply> replies) {
		require(State.DRAFT, "Only a draft self-assessment is answered.");
		if (replies.size() != answers.size()) {
			throw Refusal.invalid("Each undertaking is answered in the order asked.", "answers",
					"must hold " + answers.size() + " answers, one for each undertaking, not " + replies.size());
		}
		for (int i = 0; i < replies.size(); i++) {
			Reply reply = replies.get(i);
			String evidence = reply.evidence() == null || reply.evidence().isBlank() ? null : reply.evidence().strip();
			Answer answered = answers.get(i).answered(reply.response(), evidence);
			if (!answered.equals(answers.get(i))) {
				answers.set(i, answered);
			}
		}
	}

	/**
	 * Ready for review: every undertaking answered, each met or partly met with evidence.
	 */
	void submit(Instant at) {
		require(State.DRAFT, "Only a draft self-assessment is submitted.");
		List<InvalidField> problems = new ArrayList<>();
		for (int i = 0; i < answers.size(); i++) {
			Answer answer = answers.get(i);
			if (answer.response() == null) {
				problems.add(new InvalidField("answers[" + i + "].response", "is not answered"));
			}
			else if (answer.response() != Response.NOT_MET && answer.evidence() == null) {
				problems.add(new InvalidField("answers[" + i + "].evidence", "must say what shows the undertaking is "
						+ (answer.response() == Response.MET ? "met" : "partly met")));
			}
		}
		if (!problems.isEmpty()) {
			throw Refusal.invalid("The self-assessment is not ready to submit.", problems);
		}
		this.state = State.SUBMITTED;
		this.submittedAt = at;
	}

	/** The reviewers send it back to be answered again. */
	void sendBack() {
		require(State.SUBMITTED, "Only a submitted self-assessment is sent back.");
		this.state = State.DRAFT;
		this.submittedAt = null;
	}

	/**
	 * "Compact compliant": a submitted self-assessment with no undertaking left unmet,
	 * from the day awarded until the day it expires.
	 */
	void award(LocalDate on, LocalDate expires, String by) {
		require(State.SUBMITTED, "Only a submitted self-assessment is awarded the mark.");
		if (!expires.isAfter(on)) {
			throw Refusal.invalid("A mark expires after it is awarded.", "expiresOn", "is not after " + on);
		}
		List<InvalidField> unmet = new ArrayList<>();
		for (int i = 0; i < answers.size(); i++) {
			if (answers.get(i).response() == Response.NOT_MET) {
				unmet.add(
						new InvalidField("answers[" + i + "].response", "is not met: " + answers.get(i).undertaking()));
			}
		}
		if (!unmet.isEmpty()) {
			throw new Refusal(Refusal.Ground.CONFLICT, "Not compliant",
					"An organisation that does not meet an undertaking of a code it signed is not Compact compliant.",
					unmet);
		}
		this.state = State.AWARDED;
		this.awardedOn = on;
		this.expiresOn = expires;
		this.awardedBy = by;
	}

	/** Takes the mark away, on record with the reason; not before it was awarded. */
	void revoke(LocalDate on, String reason, String by) {
		require(State.AWARDED, "Only an awarded mark is revoked.");
		if (awardedOn != null && on.isBefore(awardedOn)) {
			throw Refusal.invalid("A mark is not revoked before it was awarded.", "revokedOn",
					"is before the award on " + awardedOn);
		}
		this.state = State.REVOKED;
		this.revokedOn = on;
		this.revocationReason = reason;
		this.revokedBy = by;
	}

	/** Awarded and not yet past its expiry. */
	boolean holdsOn(LocalDate day) {
		return state == State.AWARDED && expiresOn != null && !day.isAfter(expiresOn);
	}

	private void require(State expected, String detail) {
		if (state != expected) {
			throw Refusal.conflict(detail + " This one is " + state.name().toLowerCase() + ".", "state",
					"is " + state.name().toLowerCase());
		}
	}

	UUID organisationId() {
		return organisationId;
	}

	State state() {
		return state;
	}

	List<Answer> answers() {
		return List.copyOf(answers);
	}

	String createdBy() {
		return createdBy;
	}

	Instant createdAt() {
		return createdAt;
	}

	@Nullable Instant submittedAt() {
		return submittedAt;
	}

	@Nullable LocalDate awardedOn() {
		return awardedOn;
	}

	@Nullable LocalDate expiresOn() {
		return expiresOn;
	}

	@Nullable String awardedBy() {
		return awardedBy;
	}

	@Nullable LocalDate revokedOn() {
		return revokedOn;
	}

	@Nullable String revocationReason() {
		return revocationReason;
	}

}
