package org.compacts.tenant.registry;

/**
 * A tenant as other modules see it.
 *
 * @param parentSlug the county above a district (or national above a county); null when
 * there is none
 */
public record TenantSummary(String slug, String name, String parentSlug, boolean archived) {
}
