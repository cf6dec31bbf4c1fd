package org.compacts.sync.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.compacts.contracts.sync.SyncStatusChanged.State;

/**
 * Where a district stands with one upstream item.
 *
 * @param sourceTenant the tenant that published the item: the district's county, or
 * national
 * @param kind {@code PRINCIPLE} or {@code CODE}
 * @param upstreamVersion the latest version the source published
 * @param appliedVersion the latest version the district holds; {@code null} before its
 * first
 * @param lag from publishing to holding the upstream version (ISO-8601); {@code null}
 * while not held
 * @param detail what the district said about a merge, a conflict or a refusal
 */
record ItemSync(String sourceTenant, UUID itemId, String kind, int upstreamVersion, Integer appliedVersion, State state,
		Duration lag, Instant publishedAt, Instant appliedAt, String detail) {
}
