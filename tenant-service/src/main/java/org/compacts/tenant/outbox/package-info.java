/**
 * The transactional outbox: {@link org.compacts.tenant.outbox.Outbox#append} stores an
 * event in the same transaction as the change it reports; a relay puts the stored events
 * on Kafka in the order they were stored and marks them published. Nothing committed is
 * lost; a crash between sending and marking sends an event again, so consumers
 * deduplicate by event id.
 */
@NullMarked
package org.compacts.tenant.outbox;

import org.jspecify.annotations.NullMarked;
