package org.compacts.tenant.membership;

import org.compacts.servicekit.security.TenantRole;

/** One role one person holds in one tenant. */
public record Member(String username, String email, TenantRole role) {
}
