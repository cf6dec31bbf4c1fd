package org.compacts.sync.propagation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param processedEventRetention how long the id of a handled event is kept to recognise
 * a duplicate
 * @param forgetProcessedEvery how often ids older than that are deleted
 * @param firstForgetAfter how long after start-up they are deleted the first time (not at
 * once: a starting service has other work)
 */
@ConfigurationProperties("compacts.sync")
record PropagationProperties(@DefaultValue("P30D") Duration processedEventRetention,
		@DefaultValue("PT6H") Duration forgetProcessedEvery, @DefaultValue("PT10M") Duration firstForgetAfter) {
}
