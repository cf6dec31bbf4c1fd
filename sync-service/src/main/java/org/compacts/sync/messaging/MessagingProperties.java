package org.compacts.sync.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retryInitialInterval how long a listener waits before trying a failed record
 * again
 * @param retryMaxInterval the longest wait between two tries
 * @param retryAttempts how many more times a failed record is tried before it goes to the
 * dead-letter topic
 * @param sendTimeout how long sync-service waits for the broker to take what it sends
 */
@ConfigurationProperties("compacts.sync.messaging")
record MessagingProperties(@DefaultValue("PT1S") Duration retryInitialInterval,
		@DefaultValue("PT60S") Duration retryMaxInterval, @DefaultValue("10") int retryAttempts,
		@DefaultValue("PT10S") Duration sendTimeout) {
}
