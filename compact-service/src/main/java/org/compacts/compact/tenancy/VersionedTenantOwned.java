package org.compacts.compact.tenancy;

import java.util.UUID;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A tenant-owned entity its editors change: its version is the {@code ETag} a change
 * names in {@code If-Match}, and tells two changes from the same version apart.
 */
@MappedSuperclass
public abstract class VersionedTenantOwned extends TenantOwned {

	@Version
	private long version;

	/** For JPA. */
	protected VersionedTenantOwned() {
	}

	protected VersionedTenantOwned(UUID id) {
		super(id);
	}

	public long version() {
		return version;
	}

}
