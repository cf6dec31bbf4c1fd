package org.compacts.tenant.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param relayInterval how long the relay waits between two looks for events still to
 * send
 * @param batchSize the most events one look sends
 * @param sendTimeout how long the relay waits for the broker to take one event before
 * trying again later
 * @param retention how long a published event is kept before it is deleted
 */
@ConfigurationProperties("compacts.outbox")
record OutboxProperties(@DefaultValue("PT0.5S") Duration relayInterval, @DefaultValue("100") int batchSize,
		@DefaultValue("PT10S") Duration sendTimeout, @DefaultValue("P7D") Duration retention) {
}
