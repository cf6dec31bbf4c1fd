package org.compacts.contracts.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * A tenant published (or retired) a version of a shared item; on
 * {@link org.compacts.contracts.Topics#SHARED_ITEMS}, keyed {@code {sourceTenant}/{itemId}}, so the
 * compacted topic keeps each item's latest version.
 *
 * @param kind {@code PRINCIPLE} or {@code CODE}
 * @param mode {@code CORE} or {@code ADAPTABLE}
 * @param retired the item was retired: followers stop showing it
 * @param content the version's content as compact-service writes it (JSON text), opaque to sync-service
 */
public record SharedItemPublished(UUID eventId, int schemaVersion, String sourceTenant, UUID itemId, String kind,
		int version, String mode, boolean retired, String content, Instant publishedAt) {

	public static final int SCHEMA_VERSION = 1;

	public String key() {
		return sourceTenant + "/" + itemId;
	}

}
