package org.compacts.sync.propagation;

import java.util.Arrays;
import java.util.Objects;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.compacts.contracts.sync.ApplyOutcome;
import org.compacts.contracts.sync.SharedItemPublished;
import org.compacts.contracts.sync.SyncEvent;
import org.compacts.contracts.tenant.TenantEvent;
import org.compacts.sync.messaging.PoisonMessage;

/**
 * Checks a record before anything is done with it; what fails here is poison, never tried
 * again.
 */
final class Incoming {

	private Incoming() {
	}

	static TenantEvent tenantEvent(ConsumerRecord<?, ?> record) {
		TenantEvent event = expect(record, TenantEvent.class);
		schemaVersion(record, event.schemaVersion(), TenantEvent.SCHEMA_VERSION);
		required(record, event.eventId(), event.tenant(), event.occurredAt(), event.level(), event.adoption());
		return event;
	}

	static SharedItemPublished sharedItem(ConsumerRecord<?, ?> record) {
		SharedItemPublished item = expect(record, SharedItemPublished.class);
		schemaVersion(record, item.schemaVersion(), SyncEvent.SCHEMA_VERSION);
		required(record, item.eventId(), item.sourceTenant(), item.itemId(), item.kind(), item.mode(),
				item.publishedAt());
		positive(record, item.version());
		return item;
	}

	static ApplyOutcome outcome(ConsumerRecord<?, ?> record) {
		ApplyOutcome outcome = expect(record, ApplyOutcome.class);
		schemaVersion(record, outcome.schemaVersion(), SyncEvent.SCHEMA_VERSION);
		required(record, outcome.eventId(), outcome.district(), outcome.sourceTenant(), outcome.itemId(),
				outcome.result(), outcome.appliedAt());
		positive(record, outcome.version());
		return outcome;
	}

	private static <T> T expect(ConsumerRecord<?, ?> record, Class<T> type) {
		if (!type.isInstance(record.value())) {
			String found = record.value() == null ? "no value" : record.value().getClass().getName();
			throw new PoisonMessage(where(record) + ": expected a " + type.getSimpleName() + ", found " + found);
		}
		return type.cast(record.value());
	}

	private static void schemaVersion(ConsumerRecord<?, ?> record, int found, int known) {
		if (found != known) {
			throw new PoisonMessage(where(record) + ": schema version " + found + " is not the known " + known);
		}
	}

	private static void required(ConsumerRecord<?, ?> record, Object... values) {
		if (Arrays.stream(values).anyMatch(Objects::isNull)) {
			throw new PoisonMessage(where(record) + ": a required field is missing: " + record.value());
		}
	}

	private static void positive(ConsumerRecord<?, ?> record, int version) {
		if (version < 1) {
			throw new PoisonMessage(where(record) + ": version " + version + " is not a version");
		}
	}

	private static String where(ConsumerRecord<?, ?> record) {
		return record.topic() + "-" + record.partition() + "@" + record.offset() + " (key " + record.key() + ")";
	}

}
