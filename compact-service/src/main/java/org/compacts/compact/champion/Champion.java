package org.compacts.compact.champion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import org.compacts.compact.tenancy.VersionedTenantOwned;
import org.compacts.servicekit.refusal.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * One nomination of a person as champion for an organisation; a second term is a second
 * nomination.
 */
@Entity
class Champion extends VersionedTenantOwned {

	private String username;

	private UUID organisationId;

	private LocalDate nominatedOn;

	private LocalDate stoodDownOn;

	private String email;

	private String recordedBy;

	private Instant createdAt;

	protected Champion() {
	}

	Champion(String username, UUID organisationId, LocalDate nominatedOn, @Nullable String email, String recordedBy) {
		super(UUID.randomUUID());
		this.username = username;
		this.email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
		this.organisationId = organisationId;
		this.nominatedOn = nominatedOn;
		this.recordedBy = recordedBy;
		this.createdAt = Instant.now();
	}

	boolean isActive() {
		return stoodDownOn == null;
	}

	/** Ends the nomination: once, and not before it began. */
	void standDown(LocalDate on) {
		if (!isActive()) {
			throw Refusal.conflict("This champion stood down on " + stoodDownOn + " already.");
		}
		if (on.isBefore(nominatedOn)) {
			throw Refusal.invalid("A champion cannot stand down before they were nominated.", "stoodDownOn",
					"is before the nomination on " + nominatedOn);
		}
		this.stoodDownOn = on;
	}

	String username() {
		return username;
	}

	UUID organisationId() {
		return organisationId;
	}

	LocalDate nominatedOn() {
		return nominatedOn;
	}

	@Nullable String email() {
		return email;
	}

	LocalDate stoodDownOn() {
		return stoodDownOn;
	}

}
