package org.compacts.compact.tenancy;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

/**
 * What every entity a compact owns starts with: an id it is given when it is made, and
 * its tenant, which Hibernate fills from the current tenant and adds to every query
 * ({@code @TenantId}), with row-level security on the table as the backstop.
 */
@MappedSuperclass
public abstract class TenantOwned {

	@Id
	private UUID id;

	@TenantId
	@Column(name = "tenant_id", nullable = false, updatable = false)
	private String tenant;

	/** For JPA, which reads the id from the row. */
	protected TenantOwned() {
	}

	/** A new one, with an id of its own. */
	protected TenantOwned(UUID id) {
		this.id = id;
	}

	public UUID id() {
		return id;
	}

}
