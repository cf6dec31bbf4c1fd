/**
 * Federation sync: how a county's (or national's) shared principles and codes reach the
 * districts that follow it.
 *
 * <pre>
 * compact-service ──SharedItemPublished──▶ compacts.shared-items   (key {source}/{item}, compacted)
 *                                               │
 *                                         sync-service: followers from the tenant events
 *                                               │
 * compact-service ◀──ApplyCommand───────── compacts.apply-commands (key district)
 *        │
 *        └────────ApplyOutcome──────────▶ compacts.apply-outcomes (key district) ──▶ sync-service
 *                                                                   │
 *                    portal, county view ◀── SyncStatusChanged ── compacts.sync-status
 *                                          (key {district}/{source}/{item}, compacted)
 * </pre>
 *
 * <p>
 * Values are JSON; the header {@code __TypeId__} names the record's class, as Spring
 * Kafka's {@code JacksonJsonSerializer} writes it, so a {@code JacksonJsonDeserializer}
 * that trusts this package reads it back. Instants are ISO-8601 strings, durations
 * ISO-8601 durations ({@code PT1.25S}).
 *
 * <p>
 * Delivery is at least once everywhere. Consumers deduplicate: by {@code eventId}, by an
 * item's {@code version} (an older or equal one changes nothing), and compact-service
 * applies idempotently by {@code (district, sourceTenant, itemId, version)}, answering a
 * repeat with {@code ALREADY_APPLIED}. Every record carries {@code schemaVersion}
 * ({@link org.compacts.contracts.sync.SyncEvent#SCHEMA_VERSION}); a consumer sends a
 * version it does not know to {@link org.compacts.contracts.Topics#SYNC_DEAD_LETTERS}
 * rather than guess. A field added within a version is ignored by a reader that does not
 * know it; a change a reader would misread (a renamed or retyped field) takes a new
 * version.
 */
@NullMarked
package org.compacts.contracts.sync;

import org.jspecify.annotations.NullMarked;
