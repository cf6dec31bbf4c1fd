/**
 * Kafka the same way in every service: a record that cannot be handled goes to the
 * dead-letter topic (at once when it can never be handled, after a growing back-off
 * otherwise) and the partition moves on; a listener's contract record is checked with
 * Bean Validation before the listener sees it; topics are created from the contracts'
 * {@link org.compacts.contracts.Topic} definitions. Configured per service under
 * {@code compacts.messaging}
 * ({@link org.compacts.servicekit.messaging.MessagingProperties}).
 */
package org.compacts.servicekit.messaging;
