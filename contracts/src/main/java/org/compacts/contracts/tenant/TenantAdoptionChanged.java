package org.compacts.contracts.tenant;

import java.time.Instant;
import java.util.UUID;

/** A tenant changed how it takes its parent's compact. */
public record TenantAdoptionChanged(UUID eventId, String tenant, Instant occurredAt, int schemaVersion,
		TenantLevel level, String parentSlug, Adoption previousAdoption, Adoption adoption) implements TenantEvent {
}
