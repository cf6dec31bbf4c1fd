package org.compacts.servicekit.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a service's outbox, Spring Modulith's event publication registry, keeps its promise
 * after a crash.
 *
 * @param resendOutstandingAtStart whether every event recorded but not sent by a previous
 * run is resent at start-up, in the order recorded, ahead of anything new (in place of
 * Modulith's {@code spring.modulith.events.republish-outstanding-events-on-restart},
 * which a service then leaves off: ADR 11)
 */
@ConfigurationProperties("compacts.outbox")
public record OutboxProperties(boolean resendOutstandingAtStart) {
}
