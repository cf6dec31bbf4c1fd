package org.compacts.compact.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.compacts.compact.tenancy.VersionedTenantOwned;
import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;
import org.hibernate.annotations.ColumnTransformer;
import org.jspecify.annotations.Nullable;

/**
 * A compact's review of one financial year. A draft has its questions answered and its
 * amendments decided; signing it off for the steering group freezes the year's snapshot,
 * after which nothing in it changes; a signed-off review may be published. The next
 * year's starts from it: the same questions, unanswered, and the amendments it left
 * undecided or deferred, pending again.
 */
@Entity
class AnnualReview extends VersionedTenantOwned {

	/** What the Kent Partners Compact asks of its monitoring and review. */
	static final List<String> FIRST_QUESTIONS = List.of(
			"Who has had responsibility for the regular progress reports and reviews this year?",
			"How has progress been monitored and reviewed (evaluation, performance indicators, the logs of "
					+ "successes and disputes, updates to the partnership)?",
			"Is the compact still a relevant and meaningful living document, and what should change?");

	private int year;

	@Enumerated(EnumType.STRING)
	private ReviewState state;

	@ElementCollection
	@CollectionTable(name = "annual_review_answer", joinColumns = @JoinColumn(name = "annual_review_id"))
	@OrderColumn(name = "position")
	private List<Answer> answers = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "annual_review_amendment", joinColumns = @JoinColumn(name = "annual_review_id"))
	@OrderColumn(name = "position")
	private List<Amendment> amendments = new ArrayList<>();

	// json (not jsonb: the figures keep their order), written as text and cast there;
	// written once, at sign-off
	@ColumnTransformer(write = "?::json")
	private String snapshot;

	private String startedBy;

	private Instant startedAt;

	private String signedOffBy;

	private String signedOffFor;

	private LocalDate signedOffOn;

	private Instant publishedAt;

	protected AnnualReview() {
	}

	/**
	 * A draft for the year, from the last year's review when there is one.
	 */
	AnnualReview(int year, @Nullable AnnualReview last, String by, Instant at) {
		super(UUID.randomUUID());
		if (last != null && last.year >= year) {
			throw Refusal.conflict("A review starts from an earlier year's: " + last.year + "'s is the latest.", "year",
					"is not after " + last.year);
		}
		this.year = year;
		this.state = ReviewState.DRAFT;
		this.startedBy = by;
		this.startedAt = at;
		List<String> questions = last == null ? FIRST_QUESTIONS : last.answers.stream().map(Answer::question).toList();
		questions.forEach(question -> answers.add(new Answer(question, null)));
		if (last != null) {
			last.amendments.stream()
				.filter(amendment -> amendment.decision().isCarriedForward())
				.forEach(amendment -> amendments.add(amendment.decided(Decision.PENDING, null)));
		}
	}

	/**
	 * Replaces the questions and their answers: at least one question, none twice.
	 */
	void answer(List<Answer> given) {
		requireDraft();
		if (given.isEmpty()) {
			throw Refusal.invalid("A review answers at least one monitoring question.", "answers", "is empty");
		}
		Set<String> seen = new HashSet<>();
		List<InvalidField> twice = IntStream.range(0, given.size())
			.filter(index -> !seen.add(given.get(index).question().strip().toLowerCase()))
			.mapToObj(index -> new InvalidField("answers[" + index + "].question", "is asked twice"))
			.toList();
		if (!twice.isEmpty()) {
			throw Refusal.invalid("Each question is asked once.", twice);
		}
		answers.clear();
		answers.addAll(given);
	}

	Amendment suggest(String suggestion, String suggestedBy, LocalDate receivedOn) {
		requireDraft();
		Amendment amendment = new Amendment(UUID.randomUUID(), suggestion, suggestedBy, receivedOn, Decision.PENDING,
				null, null);
		amendments.add(amendment);
		return amendment;
	}

	/**
	 * Takes a suggestion of the standing register on board, under its own id, pending;
	 * one taken already is not taken twice.
	 */
	void gather(Amendment suggested) {
		requireDraft();
		if (amendments.stream().noneMatch(amendment -> amendment.id().equals(suggested.id()))) {
			amendments.add(suggested.decided(Decision.PENDING, null));
		}
	}

	boolean isDraft() {
		return state == ReviewState.DRAFT;
	}

	/** A decision other than pending gives its reason. */
	void decide(UUID amendmentId, Decision decision, @Nullable String reason) {
		requireDraft();
		if (decision != Decision.PENDING && (reason == null || reason.isBlank())) {
			throw Refusal.invalid("Say why it was decided so.", "reason", "is required for a decision");
		}
		int index = IntStream.range(0, amendments.size())
			.filter(candidate -> amendments.get(candidate).id().equals(amendmentId))
			.findFirst()
			.orElseThrow(() -> Refusal.notFound("No such amendment in this review."));
		amendments.set(index, amendments.get(index).decided(decision, decision == Decision.PENDING ? null : reason));
	}

	/**
	 * Signed off for the steering group, every question answered: the snapshot given is
	 * the one it keeps. Amendments left pending are carried into next year's.
	 * @param forGroup the group it is signed off for, as it is named then
	 */
	void signOff(String snapshot, String by, String forGroup, LocalDate on) {
		requireDraft();
		List<InvalidField> unanswered = IntStream.range(0, answers.size())
			.filter(index -> !answers.get(index).isAnswered())
			.mapToObj(index -> new InvalidField("answers[" + index + "].answer", "is not answered"))
			.toList();
		if (!unanswered.isEmpty()) {
			throw new Refusal(Refusal.Ground.CONFLICT, "Questions unanswered",
					"Every monitoring question is answered before the review is signed off.", unanswered);
		}
		this.snapshot = snapshot;
		this.signedOffBy = by;
		this.signedOffFor = forGroup;
		this.signedOffOn = on;
		this.state = ReviewState.SIGNED_OFF;
	}

	void publish(Instant at) {
		if (state != ReviewState.SIGNED_OFF) {
			throw Refusal.conflict("Only a signed-off review is published. This one is " + stateName() + ".", "state",
					"is " + stateName());
		}
		this.state = ReviewState.PUBLISHED;
		this.publishedAt = at;
	}

	private void requireDraft() {
		if (state != ReviewState.DRAFT) {
			throw Refusal.conflict("A signed-off review is not changed. This one is " + stateName() + ".", "state",
					"is " + stateName());
		}
	}

	private String stateName() {
		return state.name().toLowerCase().replace('_', ' ');
	}

	int year() {
		return year;
	}

	ReviewState state() {
		return state;
	}

	boolean isPublished() {
		return state == ReviewState.PUBLISHED;
	}

	List<Answer> answers() {
		return List.copyOf(answers);
	}

	List<Amendment> amendments() {
		return List.copyOf(amendments);
	}

	/** Null while a draft. */
	@Nullable String snapshot() {
		return snapshot;
	}

	String startedBy() {
		return startedBy;
	}

	Instant startedAt() {
		return startedAt;
	}

	@Nullable String signedOffBy() {
		return signedOffBy;
	}

	@Nullable String signedOffFor() {
		return signedOffFor;
	}

	@Nullable LocalDate signedOffOn() {
		return signedOffOn;
	}

	@Nullable Instant publishedAt() {
		return publishedAt;
	}

}
