package org.compacts.compact.signatory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/**
 * An organisation's signature of the compact: the principles, codes of practice, or both,
 * as part of the partnership or as a separate entity. Withdrawn, never removed.
 */
@Entity
class Signature {

	@Id
	private UUID id;

	@TenantId
	@Column(name = "tenant_id", nullable = false, updatable = false)
	private String tenant;

	private UUID organisationId;

	private LocalDate signedOn;

	private boolean principles;

	@ElementCollection
	@CollectionTable(name = "signature_code", joinColumns = @JoinColumn(name = "signature_id"))
	@OrderColumn(name = "position")
	@Column(name = "code_id")
	private List<UUID> codes = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private SignedAs signedAs;

	private String recordedBy;

	private LocalDate withdrawnOn;

	private String withdrawalReason;

	private String withdrawalRecordedBy;

	private Instant createdAt;

	@Version
	private long version;

	protected Signature() {
	}

	Signature(UUID organisationId, Terms terms, String recordedBy) {
		this.id = UUID.randomUUID();
		this.organisationId = organisationId;
		this.recordedBy = recordedBy;
		this.createdAt = Instant.now();
		correct(terms);
	}

	void correct(Terms terms) {
		this.signedOn = terms.signedOn();
		this.principles = terms.principles();
		this.codes = new ArrayList<>(terms.codes());
		this.signedAs = terms.signedAs();
	}

	void withdraw(LocalDate on, String reason, String recordedBy) {
		this.withdrawnOn = on;
		this.withdrawalReason = reason;
		this.withdrawalRecordedBy = recordedBy;
	}

	boolean isWithdrawn() {
		return withdrawnOn != null;
	}

	UUID id() {
		return id;
	}

	UUID organisationId() {
		return organisationId;
	}

	Terms terms() {
		return new Terms(signedOn, principles, List.copyOf(codes), signedAs);
	}

	LocalDate withdrawnOn() {
		return withdrawnOn;
	}

	String withdrawalReason() {
		return withdrawalReason;
	}

	long version() {
		return version;
	}

	/** What was signed, when, and as what. */
	record Terms(LocalDate signedOn, boolean principles, List<UUID> codes, SignedAs signedAs) {
	}

}
