package org.compacts.sync.propagation;

import java.time.Instant;
import java.util.UUID;

import org.compacts.contracts.sync.ApplyCommand;
import org.compacts.contracts.sync.SyncEvent;
import org.jspecify.annotations.Nullable;

/**
 * The latest version of a shared item its source published, as kept for fan-out and
 * catch-up, with where the source last placed it ({@code null} if it never said).
 */
record UpstreamItem(String sourceTenant, UUID itemId, String kind, int version, String mode, boolean retired,
		String content, Instant publishedAt, @Nullable Integer position) {

	ApplyCommand commandFor(String district) {
		return new ApplyCommand(UUID.randomUUID(), SyncEvent.SCHEMA_VERSION, district, sourceTenant, itemId, kind,
				version, mode, retired, content, publishedAt, position);
	}

}
