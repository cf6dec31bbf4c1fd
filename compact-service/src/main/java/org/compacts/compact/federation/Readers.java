package org.compacts.compact.federation;

import org.compacts.servicekit.security.TenantAccess;
import org.compacts.servicekit.security.TenantRole;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The one rule for who reads a compact's plans and indicators: its members everything,
 * members of the county it follows what is shared with the county, anyone else what is
 * public. Reading never changes tenant: a county member reads a district in the
 * district's tenant, under its row-level security.
 */
@Component
public class Readers {

	private final Federation federation;

	Readers(Federation federation) {
		this.federation = federation;
	}

	public Reach reachOf(@Nullable Authentication reader, String tenant) {
		if (TenantAccess.allows(reader, tenant, TenantRole.MEMBER)) {
			return Reach.MEMBER;
		}
		boolean ofItsCounty = reader != null && federation.parentOf(tenant)
			.filter(county -> TenantAccess.allows(reader, county, TenantRole.MEMBER))
			.filter(county -> federation.follows(tenant, county))
			.isPresent();
		return Reach.of(false, ofItsCounty);
	}

}
