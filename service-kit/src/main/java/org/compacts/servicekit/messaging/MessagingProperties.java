package org.compacts.servicekit.messaging;

import java.time.Duration;

import org.compacts.contracts.Topics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service's Kafka listeners deal with a record they cannot handle.
 *
 * @param deadLetterTopic where a record goes that could not be handled, with Spring
 * Kafka's {@code kafka_dlt-*} headers saying where it came from and why
 * @param retry how a record that failed for a passing reason (the database or the broker
 * away) is tried again before it goes to the dead-letter topic
 * @param sessionTimeout how long the broker waits for a consumer that has gone silent
 * before its partitions go to another (or to its own restarted instance): Kafka's 45 s
 * default held a killed service's work that long after it was back (see ADR 14)
 */
@ConfigurationProperties("compacts.messaging")
public record MessagingProperties(@DefaultValue(Topics.SYNC_DEAD_LETTERS) String deadLetterTopic,
		@DefaultValue Retry retry, @DefaultValue("PT10S") Duration sessionTimeout) {

	/**
	 * The defaults try a record again after 1 s, 2 s, 4 s ... up to 60 s apart: about
	 * five minutes in all.
	 *
	 * @param initialInterval how long before a failed record is tried the first time
	 * again
	 * @param multiplier how much longer each following wait is than the one before
	 * @param maxInterval the longest wait between two tries
	 * @param attempts how many more tries before the record goes to the dead-letter topic
	 */
	public record Retry(@DefaultValue("PT1S") Duration initialInterval, @DefaultValue("2.0") double multiplier,
			@DefaultValue("PT60S") Duration maxInterval, @DefaultValue("10") int attempts) {
	}

}
