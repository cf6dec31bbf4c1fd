package org.compacts.compact.item;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.compacts.compact.tenancy.TenantOwned;
import org.compacts.compact.versioning.ItemStatus;
import org.compacts.compact.versioning.Stamp;
import org.compacts.compact.versioning.StatusChange;
import org.hibernate.annotations.Immutable;

/**
 * A status a version reached, who moved it there and when: written once, never changed.
 */
@Entity
@Immutable
@Table(name = "item_status_change")
class StoredStatusChange extends TenantOwned {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "version_id")
	private StoredVersion version;

	private int seq;

	@Enumerated(EnumType.STRING)
	private ItemStatus status;

	private String changedBy;

	private Instant changedAt;

	protected StoredStatusChange() {
	}

	StoredStatusChange(StoredVersion version, int seq, StatusChange change) {
		super(UUID.randomUUID());
		this.version = version;
		this.seq = seq;
		this.status = change.status();
		this.changedBy = change.stamp().by();
		this.changedAt = change.stamp().at();
	}

	StatusChange toDomain() {
		return new StatusChange(status, new Stamp(changedBy, changedAt));
	}

}
