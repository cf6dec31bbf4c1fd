package org.compacts.contracts.tenant;

import java.time.Instant;
import java.util.UUID;

/**
 * A tenant moved under another parent, or left its parent ({@code parentSlug} is then
 * {@code null}).
 */
public record TenantParentChanged(UUID eventId, String tenant, Instant occurredAt, int schemaVersion, TenantLevel level,
		String previousParentSlug, String parentSlug, Adoption adoption) implements TenantEvent {
}
