package org.compacts.contracts.tenant;

import java.time.Instant;
import java.util.UUID;

/**
 * A tenant was archived: it stays readable, but nothing flows to it any more and it
 * cannot be a parent.
 */
public record TenantArchived(UUID eventId, String tenant, Instant occurredAt, int schemaVersion, TenantLevel level,
		String parentSlug, Adoption adoption) implements TenantEvent {
}
