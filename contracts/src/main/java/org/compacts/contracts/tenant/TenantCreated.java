package org.compacts.contracts.tenant;

import java.time.Instant;
import java.util.UUID;

/** A tenant (a compact) was registered. */
public record TenantCreated(UUID eventId, String tenant, Instant occurredAt, int schemaVersion, String name,
		TenantLevel level, String parentSlug, Adoption adoption) implements TenantEvent {
}
