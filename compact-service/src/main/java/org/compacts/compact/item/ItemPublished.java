package org.compacts.compact.item;

import java.time.Instant;
import java.util.UUID;

import org.compacts.compact.versioning.Mode;

/**
 * A version of an item was published, or the item retired: what followers of this compact
 * take. Raised inside the editing transaction; the event publication registry records it
 * there, so it is sent if and only if the change commits, and resent after a crash.
 *
 * @param content the version's content as stored (JSON)
 * @param position where the item stands among the compact's items of its kind; an
 * editor's reordering raises the version in force again with its new position
 */
public record ItemPublished(UUID eventId, String tenant, UUID itemId, ItemKind kind, int version, Mode mode,
		boolean retired, String content, Instant publishedAt, int position) {
}
