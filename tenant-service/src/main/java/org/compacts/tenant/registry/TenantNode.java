package org.compacts.tenant.registry;

/** A tenant as the federation rules see it: its place in the graph, nothing else. */
record TenantNode(String slug, Level level, String parentSlug, Adoption adoption, boolean archived) {
}
