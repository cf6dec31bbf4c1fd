package org.compacts.servicekit.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.modulith.events.core.EventPublicationRegistry;

/**
 * The outbox's backlog as a gauge, {@code compacts.outbox.backlog}: events recorded with
 * a change and not yet sent. It should fall back to zero; one that keeps growing means
 * the broker is away or a send keeps failing.
 */
class OutboxBacklog implements MeterBinder {

	static final String NAME = "compacts.outbox.backlog";

	private final EventPublicationRegistry registry;

	OutboxBacklog(EventPublicationRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void bindTo(MeterRegistry meters) {
		Gauge.builder(NAME, this, OutboxBacklog::incomplete)
			.description("Events recorded but not yet sent (incomplete Spring Modulith event publications)")
			.register(meters);
	}

	// Read at each scrape; with the database away there is no number to give, not zero.
	private double incomplete() {
		try {
			return registry.findIncompletePublications().size();
		}
		catch (RuntimeException ex) {
			return Double.NaN;
		}
	}

}
