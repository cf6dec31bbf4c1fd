/**
 * Propagation: from a source's published item to every follower, and back. Three
 * listeners on the {@code sync-service} consumer group: {@code FederationChanges} (tenant
 * events: the graph, joining and leaving), {@code FanOut} (shared items: apply commands
 * to followers) and {@code Outcomes} (what the districts said). {@code SyncState} is the
 * per district and item state machine; every change of it is stored and published on
 * {@code compacts.sync-status}.
 *
 * <p>
 * Each listener handles a record in one database transaction, sends what it has to and
 * waits for the broker before it commits; the offset is committed after that. A crash in
 * between means the record is handled again: duplicates, never losses.
 */
@NullMarked
package org.compacts.sync.propagation;

import org.jspecify.annotations.NullMarked;
