package org.compacts.tenant.registry;

/**
 * Where a tenant is to sit: its level, its parent (by slug, {@code null} for none) and
 * its adoption.
 */
record Placement(String slug, Level level, String parentSlug, Adoption adoption) {
}
