package org.compacts.sync.propagation;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.compacts.contracts.Topics;
import org.compacts.contracts.sync.ApplyOutcome;
import org.compacts.sync.messaging.Outbound;
import org.compacts.sync.messaging.Outbound.Sends;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * compact-service says how applying went in a district: in sync (applied, already applied, merged), a
 * conflict for its editors, or refused (still pending, with the reason).
 */
@Component
class Outcomes {

	private final ProcessedEvents processed;

	private final Deliveries deliveries;

	private final Outbound outbound;

	Outcomes(ProcessedEvents processed, Deliveries deliveries, Outbound outbound) {
		this.processed = processed;
		this.deliveries = deliveries;
		this.outbound = outbound;
	}

	@KafkaListener(id = "sync-outcomes", idIsGroup = false, topics = Topics.APPLY_OUTCOMES)
	@Transactional
	public void on(ConsumerRecord<String, Object> record) {
		ApplyOutcome outcome = Incoming.outcome(record);
		if (!processed.firstTime(outcome.eventId(), record.topic())) {
			return;
		}
		Sends sends = outbound.sends();
		deliveries.record(outcome, sends);
		sends.awaitAll();
	}

}
