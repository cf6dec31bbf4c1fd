package org.compacts.contracts.tenant;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.compacts.contracts.KnownSchemaVersion;

/**
 * A tenant moved under another parent, or left its parent ({@code parentSlug} is then
 * {@code null}).
 */
public record TenantParentChanged(@NotNull UUID eventId, @NotNull String tenant, @NotNull Instant occurredAt,
		@KnownSchemaVersion(SCHEMA_VERSION) int schemaVersion, @NotNull TenantLevel level, String previousParentSlug,
		String parentSlug, @NotNull Adoption adoption) implements TenantEvent {
}
