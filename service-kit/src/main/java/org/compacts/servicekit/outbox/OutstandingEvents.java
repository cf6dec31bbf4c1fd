package org.compacts.servicekit.outbox;

import java.time.Duration;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;

/**
 * At start-up, before the service takes a request, hands every event that a previous run
 * recorded but did not send to the sending thread, in the order they were recorded, so
 * they go ahead of anything new. This replaces Spring Modulith's own
 * {@code republish-outstanding-events-on-restart}, because Modulith 2.0.3 never resubmits
 * a publication it once marked resubmitted: an event resubmitted by a run that then
 * stopped before Kafka came back would never be sent. At start-up no send of this
 * instance is in progress, so whatever is incomplete was left by a run that is gone (one
 * instance: ADR 11); marked failed first, all of it is resubmitted.
 */
class OutstandingEvents implements SmartInitializingSingleton {

	private final EventPublicationRegistry registry;

	private final IncompleteEventPublications incomplete;

	OutstandingEvents(EventPublicationRegistry registry, IncompleteEventPublications incomplete) {
		this.registry = registry;
		this.incomplete = incomplete;
	}

	@Override
	public void afterSingletonsInstantiated() {
		registry.markStalePublicationsFailed(status -> Duration.ZERO);
		incomplete.resubmitIncompletePublications(publication -> true);
	}

}
