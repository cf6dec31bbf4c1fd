/**
 * sync-service's Kafka plumbing: its topics, and what it sends and how it waits for the
 * broker. Dead letters and retries are service-kit's messaging.
 */
package org.compacts.sync.messaging;
