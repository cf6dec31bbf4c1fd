package org.compacts.contracts.sync;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.compacts.contracts.KnownSchemaVersion;
import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.Positive;

/**
 * A county or national published a version of a shared item, or retired it. On
 * {@link org.compacts.contracts.Topics#SHARED_ITEMS}, keyed by
 * {@link #key(String, UUID)}.
 *
 * @param eventId unique per event; the same event delivered twice has the same id
 * @param sourceTenant the publishing tenant's slug
 * @param itemId the item's stable id, the same in every version
 * @param kind {@code PRINCIPLE} or {@code CODE}
 * @param version the published version, increasing per item; a consumer ignores one older
 * than it holds
 * @param mode {@code CORE} (districts take it as it is) or {@code ADAPTABLE} (districts
 * may amend it)
 * @param retired whether this version retires the item
 * @param content the item's content as JSON text, opaque to sync-service, read by
 * compact-service
 * @param position where the item stands among the source's items of its kind (1 first,
 * gaps allowed); {@code null} in a record written before positions were carried. A
 * reordering at the source publishes the version in force again with its new position:
 * the same version, so a consumer that holds it takes the position and nothing else.
 */
public record SharedItemPublished(@NotNull UUID eventId, @KnownSchemaVersion(SCHEMA_VERSION) int schemaVersion,
		@NotNull String sourceTenant, @NotNull UUID itemId, @NotNull String kind, @Positive int version,
		@NotNull String mode, boolean retired, String content, @NotNull Instant publishedAt,
		@Nullable @Positive Integer position) implements SyncEvent {

	public static String key(String sourceTenant, UUID itemId) {
		return sourceTenant + "/" + itemId;
	}

}
