package org.compacts.contracts.tenant;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.compacts.contracts.KnownSchemaVersion;

/**
 * A tenant was archived: it stays readable, but nothing flows to it any more and it
 * cannot be a parent.
 */
public record TenantArchived(@NotNull UUID eventId, @NotNull String tenant, @NotNull Instant occurredAt,
		@KnownSchemaVersion(SCHEMA_VERSION) int schemaVersion, @NotNull TenantLevel level, String parentSlug,
		@NotNull Adoption adoption) implements TenantEvent {
}
