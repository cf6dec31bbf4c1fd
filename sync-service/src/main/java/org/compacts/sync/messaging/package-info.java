/**
 * sync-service's Kafka plumbing: its topics, what it sends and how it waits for the
 * broker, and the dead-letter topic that takes what cannot be handled so the rest keeps
 * flowing.
 */
@NullMarked
package org.compacts.sync.messaging;

import org.jspecify.annotations.NullMarked;
