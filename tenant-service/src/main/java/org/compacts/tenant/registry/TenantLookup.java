package org.compacts.tenant.registry;

import java.util.Optional;

/**
 * What other modules may know of a tenant: that it exists, its name, its parent, whether
 * it is archived. Read only; every change goes through the registry's API.
 */
public interface TenantLookup {

	Optional<TenantSummary> find(String slug);

}
