package org.compacts.contracts.tenant;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.compacts.contracts.KnownSchemaVersion;

/** A tenant changed how it takes its parent's compact. */
public record TenantAdoptionChanged(@NotNull UUID eventId, @NotNull String tenant, @NotNull Instant occurredAt,
		@KnownSchemaVersion(SCHEMA_VERSION) int schemaVersion, @NotNull TenantLevel level, String parentSlug,
		Adoption previousAdoption, @NotNull Adoption adoption) implements TenantEvent {
}
