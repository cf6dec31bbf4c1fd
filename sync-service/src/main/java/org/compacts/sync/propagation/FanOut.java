package org.compacts.sync.propagation;

import jakarta.validation.Valid;
import org.compacts.contracts.Topics;
import org.compacts.contracts.sync.SharedItemPublished;
import org.compacts.sync.federation.FederationTenants;
import org.compacts.sync.messaging.Outbound;
import org.compacts.sync.messaging.Outbound.Sends;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A county (or national) published or retired a shared item: keep its latest version, and
 * send it to every tenant that follows the source, directly or through a county in
 * between.
 *
 * <p>
 * The same version arriving again (a redelivery after a crash, the producer's outbox
 * sending twice) is sent again to the districts still waiting for it, and to no other:
 * whatever crashed before, every follower gets it; one that holds it is left alone. The
 * same version with a new position (the source reordered its items) is sent to every
 * follower, those that hold it included: they answer "already applied" and move their
 * copy.
 */
@Component
class FanOut {

	private static final Logger log = LoggerFactory.getLogger(FanOut.class);

	private final GraphLock graphLock;

	private final UpstreamItems upstream;

	private final FederationTenants federation;

	private final Deliveries deliveries;

	private final Outbound outbound;

	FanOut(GraphLock graphLock, UpstreamItems upstream, FederationTenants federation, Deliveries deliveries,
			Outbound outbound) {
		this.graphLock = graphLock;
		this.upstream = upstream;
		this.federation = federation;
		this.deliveries = deliveries;
		this.outbound = outbound;
	}

	@KafkaListener(id = "sync-fan-out", idIsGroup = false, topics = Topics.SHARED_ITEMS)
	@Transactional
	public void on(@Valid @Payload SharedItemPublished published) {
		graphLock.shared();
		UpstreamItems.Kept kept = upstream.keepLatest(published);
		UpstreamItem latest = kept.latest();
		if (latest.version() > published.version()) {
			log.info("{} {} v{} is older than v{} already kept: nothing to send", published.sourceTenant(),
					published.itemId(), published.version(), latest.version());
			return;
		}
		Sends sends = outbound.sends();
		deliveries.fanOut(latest, kept.moved(), federation.graph().of(latest.sourceTenant()), sends);
		sends.awaitAll();
	}

}
