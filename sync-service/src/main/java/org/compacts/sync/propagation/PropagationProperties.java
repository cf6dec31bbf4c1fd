package org.compacts.sync.propagation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param processedEventRetention how long the id of a handled event is kept to recognise
 * a duplicate
 */
@ConfigurationProperties("compacts.sync")
record PropagationProperties(@DefaultValue("P30D") Duration processedEventRetention) {
}
