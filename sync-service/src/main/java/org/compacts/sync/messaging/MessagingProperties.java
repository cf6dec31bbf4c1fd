package org.compacts.sync.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sync-service sends; how its listeners retry and where dead letters go is
 * service-kit's {@code compacts.messaging}.
 *
 * @param sendTimeout how long sync-service waits for the broker to take what it sends
 */
@ConfigurationProperties("compacts.sync.messaging")
record MessagingProperties(@DefaultValue("PT10S") Duration sendTimeout) {
}
