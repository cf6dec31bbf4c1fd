package org.compacts.servicekit.outbox;

import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;

/**
 * Every service with an outbox resends what a previous run left unsent the same way
 * ({@link OutstandingEvents}), where it switches that on with
 * {@code compacts.outbox.resend-outstanding-at-start}, and shows its backlog
 * ({@link OutboxBacklog}).
 */
@AutoConfiguration(afterName = "org.springframework.modulith.events.config.EventPublicationAutoConfiguration")
@ConditionalOnClass(EventPublicationRegistry.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

	@Bean
	@ConditionalOnBean({ EventPublicationRegistry.class, IncompleteEventPublications.class })
	@ConditionalOnBooleanProperty("compacts.outbox.resend-outstanding-at-start")
	OutstandingEvents outstandingEvents(EventPublicationRegistry registry, IncompleteEventPublications incomplete) {
		return new OutstandingEvents(registry, incomplete);
	}

	@Bean
	@ConditionalOnBean(EventPublicationRegistry.class)
	@ConditionalOnClass(MeterBinder.class)
	OutboxBacklog outboxBacklog(EventPublicationRegistry registry) {
		return new OutboxBacklog(registry);
	}

}
