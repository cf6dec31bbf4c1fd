package org.compacts.contracts.tenant;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.compacts.contracts.KnownSchemaVersion;

/** A tenant (a compact) was registered. */
public record TenantCreated(@NotNull UUID eventId, @NotNull String tenant, @NotNull Instant occurredAt,
		@KnownSchemaVersion(SCHEMA_VERSION) int schemaVersion, String name, @NotNull TenantLevel level,
		String parentSlug, @NotNull Adoption adoption) implements TenantEvent {
}
