package org.compacts.contracts.sync;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.compacts.contracts.KnownSchemaVersion;
import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.Positive;

/**
 * Apply this version of an upstream item in this district. On
 * {@link org.compacts.contracts.Topics#APPLY_COMMANDS}, keyed by the district's slug.
 *
 * <p>
 * Sent at least once, and sent again on purpose when a district starts following once
 * more: the receiver applies idempotently by
 * {@code (district, sourceTenant, itemId, version)} and answers every command, a repeated
 * one included, with an {@link ApplyOutcome}.
 *
 * @param commandId unique per sending; not the idempotency key
 * @param district the tenant to apply in
 * @param sourceTenant the tenant that published the item: the district's parent, or one
 * further up
 * @param kind {@code PRINCIPLE} or {@code CODE}
 * @param mode {@code CORE} or {@code ADAPTABLE}
 * @param content the item's content as published, JSON text
 * @param publishedAt when the source published this version
 * @param position where the item stands among its source's items of its kind (1 first,
 * gaps allowed): the district keeps its copies in this order. {@code null} in a command
 * sent before positions were carried; such a copy is placed after the positioned ones. A
 * command repeating a version the district holds still moves its copy to the position:
 * that is how a reordering at the source flows down.
 */
public record ApplyCommand(UUID commandId, @KnownSchemaVersion(SCHEMA_VERSION) int schemaVersion,
		@NotNull String district, @NotNull String sourceTenant, @NotNull UUID itemId, @NotNull String kind,
		@Positive int version, @NotNull String mode, boolean retired, @NotNull String content, Instant publishedAt,
		@Nullable @Positive Integer position) implements SyncEvent {
}
