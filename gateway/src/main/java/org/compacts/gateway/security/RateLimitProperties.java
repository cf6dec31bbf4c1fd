package org.compacts.gateway.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many requests one client may make per period: a signed-in person is one client
 * wherever they connect from; anyone else is counted by address.
 */
@ConfigurationProperties("compacts.gateway.rate-limit")
record RateLimitProperties(@DefaultValue("300") long capacity, @DefaultValue("1m") Duration period) {
}
