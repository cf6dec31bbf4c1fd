package org.compacts.compact.signatory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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

/**
 * An organisation's signature of the compact: the principles, codes of practice, or both,
 * as part of the partnership or as a separate entity. Withdrawn, never removed.
 */
@Entity
class Signature extends VersionedTenantOwned {

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

	protected Signature() {
	}

	/**
	 * A signing, as recorded: of sensible terms only.
	 * @param knownCodes which of the codes listed are the compact's
	 */
	Signature(UUID organisationId, Terms terms, Set<UUID> knownCodes, String recordedBy) {
		super(UUID.randomUUID());
		terms.requireSensible(knownCodes);
		this.organisationId = organisationId;
		this.recordedBy = recordedBy;
		this.createdAt = Instant.now();
		correct(terms);
	}

	/**
	 * Corrects a mistake in the record, not a new signing: the organisation stays, and a
	 * withdrawn signature stays as it was.
	 * @param knownCodes which of the codes listed are the compact's
	 */
	void correct(UUID organisationId, Terms terms, Set<UUID> knownCodes) {
		if (isWithdrawn()) {
			throw Refusal
				.conflict("This signature was withdrawn on " + withdrawnOn + "; it stays in the record as it was.");
		}
		if (!organisationId.equals(this.organisationId)) {
			throw Refusal.invalid("A signature stays with the organisation that signed it.", "organisationId",
					"is not the organisation that signed; record that organisation's own signature");
		}
		terms.requireSensible(knownCodes);
		correct(terms);
	}

	private void correct(Terms terms) {
		this.signedOn = terms.signedOn();
		this.principles = terms.principles();
		this.codes = new ArrayList<>(terms.codes());
		this.signedAs = terms.signedAs();
	}

	/** Withdraws the signature: once, and not before it was signed. */
	void withdraw(LocalDate on, String reason, String recordedBy) {
		if (isWithdrawn()) {
			throw Refusal.conflict("This signature was withdrawn on " + withdrawnOn + " already.");
		}
		if (on.isBefore(signedOn)) {
			throw Refusal.invalid("A signature cannot be withdrawn before it was signed.", "withdrawnOn",
					"is before the signing on " + signedOn);
		}
		this.withdrawnOn = on;
		this.withdrawalReason = reason;
		this.withdrawalRecordedBy = recordedBy;
	}

	boolean isWithdrawn() {
		return withdrawnOn != null;
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

	/** What was signed, when, and as what. */
	record Terms(LocalDate signedOn, boolean principles, List<UUID> codes, SignedAs signedAs) {

		/**
		 * Refuses terms that sign nothing, list a code twice, or name a code that is not
		 * one of the compact's codes of practice.
		 * @param knownCodes which of the listed codes are the compact's
		 */
		void requireSensible(Set<UUID> knownCodes) {
			List<InvalidField> problems = new ArrayList<>();
			if (!principles && codes.isEmpty()) {
				String reason = "a signature signs the principles, a code of practice, or both";
				problems.add(new InvalidField("principles", reason));
				problems.add(new InvalidField("codes", reason));
			}
			Map<UUID, Integer> firstListed = new HashMap<>();
			for (int i = 0; i < codes.size(); i++) {
				UUID code = codes.get(i);
				Integer first = firstListed.putIfAbsent(code, i);
				if (first != null) {
					problems.add(new InvalidField("codes[" + i + "]", "is listed already as codes[" + first + "]"));
				}
				else if (!knownCodes.contains(code)) {
					problems.add(new InvalidField("codes[" + i + "]", "is not a code of practice of this compact"));
				}
			}
			if (!problems.isEmpty()) {
				throw Refusal.invalid("The signature does not say what was signed in a way this compact knows.",
						problems);
			}
		}

	}

}
