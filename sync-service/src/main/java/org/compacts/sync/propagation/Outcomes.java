package org.compacts.sync.propagation;

import jakarta.validation.Valid;
import org.compacts.contracts.Topics;
import org.compacts.contracts.sync.ApplyOutcome;
import org.compacts.sync.messaging.Outbound;
import org.compacts.sync.messaging.Outbound.Sends;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * compact-service says how applying went in a district: in sync (applied, already
 * applied, merged), a conflict for its editors, or refused (still pending, with the
 * reason).
 */
@Component
class Outcomes {

	private static final Logger log = LoggerFactory.getLogger(Outcomes.class);

	private final ProcessedEvents processed;

	private final GraphLock graphLock;

	private final Deliveries deliveries;

	private final Outbound outbound;

	Outcomes(ProcessedEvents processed, GraphLock graphLock, Deliveries deliveries, Outbound outbound) {
		this.processed = processed;
		this.graphLock = graphLock;
		this.deliveries = deliveries;
		this.outbound = outbound;
	}

	@KafkaListener(id = "sync-outcomes", idIsGroup = false, topics = Topics.APPLY_OUTCOMES)
	@Transactional
	public void on(@Valid @Payload ApplyOutcome outcome) {
		if (!processed.firstTime(outcome.eventId(), Topics.APPLY_OUTCOMES)) {
			return;
		}
		Sends sends = outbound.sends();
		if (!deliveries.record(outcome, sends)) {
			// A fan-out or catch-up sends its commands before it commits, so a quick
			// district can answer
			// before the state it answers exists for this transaction. Both hold the
			// graph lock until they
			// commit: once this transaction holds it alone, whatever sent the command has
			// committed.
			graphLock.exclusive();
			if (!deliveries.record(outcome, sends)) {
				log.warn("Outcome {} for {} {} {} v{}, which sync-service never sent there: ignored", outcome.result(),
						outcome.district(), outcome.sourceTenant(), outcome.itemId(), outcome.version());
			}
		}
		sends.awaitAll();
	}

}
