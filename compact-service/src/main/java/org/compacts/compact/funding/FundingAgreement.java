package org.compacts.compact.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.compacts.compact.tenancy.VersionedTenantOwned;
import org.jspecify.annotations.Nullable;

/**
 * A grant or contract from one organisation of the compact to another, and how it stood
 * against the funding code when last checked: on every change, and whenever a new version
 * of the code is published. One that passed and fails after a new version is marked as
 * newly failing until it is changed or passes again.
 */
@Entity
class FundingAgreement extends VersionedTenantOwned {

	enum Status {

		COMPLIANT, NOT_COMPLIANT,
		/** The compact has no published code with a commitment the rules recognise. */
		NOT_CHECKED

	}

	private String title;

	private UUID funderId;

	private UUID recipientId;

	@Enumerated(EnumType.STRING)
	private Terms.Kind kind;

	private BigDecimal amount;

	private int termMonths;

	private @Nullable String shorterTermReason;

	@Enumerated(EnumType.STRING)
	private Terms.Payment payment;

	private boolean fullCostRecovery;

	private int noticeWeeks;

	private LocalDate startsOn;

	@Enumerated(EnumType.STRING)
	private Status status;

	@ElementCollection
	@CollectionTable(name = "funding_finding", joinColumns = @JoinColumn(name = "agreement_id"))
	@OrderColumn(name = "position")
	private List<Finding> findings = new ArrayList<>();

	private @Nullable UUID codeId;

	private @Nullable String codeTitle;

	private @Nullable Integer codeVersion;

	private Instant checkedAt;

	private boolean newlyFailing;

	private String recordedBy;

	private Instant recordedAt;

	protected FundingAgreement() {
	}

	FundingAgreement(String title, UUID funderId, UUID recipientId, Terms terms, Optional<FundingCode.InForce> code,
			String by, Instant at) {
		super(UUID.randomUUID());
		this.recordedBy = by;
		this.recordedAt = at;
		revise(title, funderId, recipientId, terms, code, at);
	}

	/** A change is checked at once; what it said before no longer matters. */
	void revise(String title, UUID funderId, UUID recipientId, Terms terms, Optional<FundingCode.InForce> code,
			Instant at) {
		this.title = title;
		this.funderId = funderId;
		this.recipientId = recipientId;
		this.kind = terms.kind();
		this.amount = terms.amount();
		this.termMonths = terms.termMonths();
		this.shorterTermReason = terms.shorterTermReason();
		this.payment = terms.payment();
		this.fullCostRecovery = terms.fullCostRecovery();
		this.noticeWeeks = terms.noticeWeeks();
		this.startsOn = terms.startsOn();
		check(code, at);
		this.newlyFailing = false;
	}

	/**
	 * Checks it again against the code now in force.
	 * @return whether it passed before and fails now
	 */
	boolean recheck(Optional<FundingCode.InForce> code, Instant at) {
		boolean passed = status != Status.NOT_COMPLIANT;
		check(code, at);
		if (status == Status.NOT_COMPLIANT) {
			newlyFailing = newlyFailing || passed;
		}
		else {
			newlyFailing = false;
		}
		return passed && status == Status.NOT_COMPLIANT;
	}

	private void check(Optional<FundingCode.InForce> code, Instant at) {
		List<FundingRules.Finding> found = code.map(c -> FundingRules.check(terms(), c.commitments()))
			.orElse(List.of());
		this.status = code.isEmpty() ? Status.NOT_CHECKED
				: FundingRules.compliant(found) ? Status.COMPLIANT : Status.NOT_COMPLIANT;
		List<Finding> stored = found.stream().map(Finding::of).toList();
		if (!findings.equals(stored)) {
			findings.clear();
			findings.addAll(stored);
		}
		this.codeId = code.map(FundingCode.InForce::id).orElse(null);
		this.codeTitle = code.map(FundingCode.InForce::title).orElse(null);
		this.codeVersion = code.map(FundingCode.InForce::version).orElse(null);
		this.checkedAt = at;
	}

	Terms terms() {
		return new Terms(kind, amount, termMonths, shorterTermReason, payment, fullCostRecovery, noticeWeeks, startsOn);
	}

	String title() {
		return title;
	}

	UUID funderId() {
		return funderId;
	}

	UUID recipientId() {
		return recipientId;
	}

	Status status() {
		return status;
	}

	List<Finding> findings() {
		return List.copyOf(findings);
	}

	@Nullable UUID codeId() {
		return codeId;
	}

	@Nullable String codeTitle() {
		return codeTitle;
	}

	@Nullable Integer codeVersion() {
		return codeVersion;
	}

	Instant checkedAt() {
		return checkedAt;
	}

	boolean newlyFailing() {
		return newlyFailing;
	}

	String recordedBy() {
		return recordedBy;
	}

	Instant recordedAt() {
		return recordedAt;
	}

}
