package org.compacts.compact.item;

import java.util.UUID;

import org.compacts.compact.versioning.ItemStatus;
import org.compacts.compact.versioning.Mode;
import org.jspecify.annotations.Nullable;

/**
 * One item as a list shows it, read in one query: the version shown (the one in force to
 * the public, from {@link PublishedItem}; the latest to members) with its content as the
 * stored JSON, never parsed on the way out.
 */
record ItemRow(UUID id, ItemKind kind, int position, int number, ItemStatus status, Mode mode, String content,
		@Nullable Integer publishedVersion, int latestVersion) {

	/** The version in force, from the public read model. */
	ItemRow(UUID id, ItemKind kind, int position, int number, Mode mode, String content, int latestVersion) {
		this(id, kind, position, number, ItemStatus.PUBLISHED, mode, content, number, latestVersion);
	}

}
