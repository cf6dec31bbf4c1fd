package org.compacts.compact.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.compacts.compact.item.ItemKind;
import org.compacts.compact.tenancy.VersionedTenantOwned;
import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;
import org.hibernate.annotations.ColumnTransformer;
import org.jspecify.annotations.Nullable;

/**
 * A consultation and where it stands. Its questions are written while it is a draft and
 * fixed when it opens, so every response answers the same set. It opens only if the
 * window rule allows its window, and keeps the rule it was judged by: a later version of
 * the Consultation code changes the consultations opened after it, not this one. It is
 * closed when an editor closes it or once its closing day has passed.
 */
@Entity
class Consultation extends VersionedTenantOwned {

	private String title;

	private String summary;

	private UUID itemId;

	@Enumerated(EnumType.STRING)
	private ItemKind itemKind;

	private Integer itemVersion;

	private LocalDate opensOn;

	private LocalDate closesOn;

	private String shortReason;

	private boolean allowsIndividuals;

	// jsonb: the set is read and written whole
	@ColumnTransformer(write = "?::jsonb")
	private String questions;

	@Enumerated(EnumType.STRING)
	private ConsultationState state;

	private Integer ruleStandardDays;

	private Integer ruleMinimumDays;

	private String ruleSource;

	@Enumerated(EnumType.STRING)
	private WindowRule.Verdict verdict;

	private String createdBy;

	private Instant createdAt;

	private Instant openedAt;

	private Instant closedAt;

	protected Consultation() {
	}

	Consultation(Draft draft, @Nullable ItemKind itemKind, String by, Instant at) {
		super(UUID.randomUUID());
		this.state = ConsultationState.DRAFT;
		this.createdBy = by;
		this.createdAt = at;
		write(draft, itemKind);
	}

	void revise(Draft draft, @Nullable ItemKind itemKind) {
		require(ConsultationState.DRAFT,
				"Only a draft is changed: once open, every response answers the same questions.");
		write(draft, itemKind);
	}

	/**
	 * Opens it if the rule allows its window, keeping the rule and the verdict.
	 * @param today in England, for a window that has already closed
	 */
	WindowRule.Judgement open(WindowRule rule, LocalDate today, Instant at) {
		require(ConsultationState.DRAFT, "Only a draft is opened.");
		if (!closesOn.isAfter(today)) {
			throw Refusal.invalid("A consultation cannot open with its window over.", "closesOn",
					"must be after today");
		}
		WindowRule.Judgement judgement = rule.judge(opensOn, closesOn, shortReason);
		if (judgement.refused()) {
			throw Refusal.invalid("The window is shorter than the compact's Consultation code allows.",
					List.of(new InvalidField("closesOn", judgement.message()),
							new InvalidField("shortReason", "is needed for a window shorter than the minimum")));
		}
		state = ConsultationState.OPEN;
		verdict = judgement.verdict();
		ruleStandardDays = rule.standardDays();
		ruleMinimumDays = rule.minimumDays();
		ruleSource = rule.source();
		openedAt = at;
		return judgement;
	}

	void close(Instant at) {
		require(ConsultationState.OPEN, "Only an open consultation is closed.");
		state = ConsultationState.CLOSED;
		closedAt = at;
	}

	/**
	 * Whether responses are taken on the day: from its opening day to its closing day.
	 */
	boolean takesResponses(LocalDate today) {
		return state == ConsultationState.OPEN && !today.isBefore(opensOn) && !today.isAfter(closesOn);
	}

	boolean isClosed(LocalDate today) {
		return state == ConsultationState.CLOSED || state == ConsultationState.OPEN && today.isAfter(closesOn);
	}

	boolean isPublic() {
		return state != ConsultationState.DRAFT;
	}

	/** The rule it was judged by when it opened, if it has opened. */
	@Nullable WindowRule rule() {
		return ruleStandardDays == null || ruleMinimumDays == null ? null
				: new WindowRule(ruleStandardDays, ruleMinimumDays, ruleSource);
	}

	private void require(ConsultationState expected, String detail) {
		if (state != expected) {
			String is = state.name().toLowerCase();
			throw Refusal.conflict(detail + " This one is " + is + ".", "state", "is " + is);
		}
	}

	private void write(Draft draft, @Nullable ItemKind itemKind) {
		draft.requireSensible();
		this.title = draft.title();
		this.summary = draft.summary();
		this.itemId = draft.itemId();
		this.itemKind = itemKind;
		this.itemVersion = draft.itemVersion();
		this.opensOn = draft.opensOn();
		this.closesOn = draft.closesOn();
		this.shortReason = draft.shortReason();
		this.allowsIndividuals = draft.allowsIndividuals();
		this.questions = ConsultationJson.write(draft.questions());
	}

	Draft draft() {
		return new Draft(title, summary, itemId, itemVersion, opensOn, closesOn, shortReason, allowsIndividuals,
				questions());
	}

	List<Question> questions() {
		return ConsultationJson.questions(questions);
	}

	boolean takesComments() {
		return itemId != null;
	}

	boolean allowsIndividuals() {
		return allowsIndividuals;
	}

	@Nullable ItemKind itemKind() {
		return itemKind;
	}

	ConsultationState state() {
		return state;
	}

	WindowRule.@Nullable Verdict verdict() {
		return verdict;
	}

	String createdBy() {
		return createdBy;
	}

	Instant createdAt() {
		return createdAt;
	}

	@Nullable Instant openedAt() {
		return openedAt;
	}

	@Nullable Instant closedAt() {
		return closedAt;
	}

}
