package org.compacts.compact.champion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.compacts.servicekit.refusal.Refusal;
import org.hibernate.annotations.TenantId;

/**
 * One nomination of a person as champion for an organisation; a second term is a second
 * nomination.
 */
@Entity
class Champion {

	@Id
	private UUID id;

	@TenantId
	@Column(name = "tenant_id", nullable = false, updatable = false)
	private String tenant;

	private String username;

	private UUID organisationId;

	private LocalDate nominatedOn;

	private LocalDate stoodDownOn;

	private String recordedBy;

	private Instant createdAt;

	@Version
	private long version;

	protected Champion() {
	}

	Champion(String username, UUID organisationId, LocalDate nominatedOn, String recordedBy) {
		this.id = UUID.randomUUID();
		this.username = username;
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

	UUID id() {
		return id;
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

	LocalDate stoodDownOn() {
		return stoodDownOn;
	}

	long version() {
		return version;
	}

}
