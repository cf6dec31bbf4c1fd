package org.compacts.sync.federation;

import java.util.EnumSet;
import java.util.Set;

import org.compacts.contracts.tenant.Adoption;
import org.compacts.contracts.tenant.TenantLevel;
import org.jspecify.annotations.Nullable;

/**
 * One tenant's place in the federation, as sync-service last heard it from the tenant
 * events.
 */
public record FederationMember(String slug, TenantLevel level, @Nullable String parentSlug, Adoption adoption,
		boolean archived) {

	private static final Set<Adoption> ADOPTING = EnumSet.of(Adoption.ADOPTS_PARENT_CORE,
			Adoption.ADOPTS_PARENT_AS_FIRST);

	/**
	 * Whether this tenant takes what its parent publishes: it has a parent, chose to
	 * adopt its compact, and is neither archived nor standalone. Whether the parent can
	 * pass anything on is the parent's side.
	 */
	boolean followsParent() {
		return !archived && parentSlug != null && level != TenantLevel.STANDALONE && ADOPTING.contains(adoption);
	}

}
