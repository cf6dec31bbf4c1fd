/**
 * sync-service's Kafka plumbing: its topics, and what it sends and how it waits for the
 * broker. Dead letters and retries are service-kit's messaging.
 */
@NullMarked
package org.compacts.sync.messaging;

import org.jspecify.annotations.NullMarked;
