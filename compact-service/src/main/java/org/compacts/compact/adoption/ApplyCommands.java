package org.compacts.compact.adoption;

import java.util.Arrays;
import java.util.Objects;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.compacts.compact.tenancy.CurrentTenant;
import org.compacts.contracts.Topics;
import org.compacts.contracts.sync.ApplyCommand;
import org.compacts.contracts.sync.SyncEvent;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes the apply commands sync-service sends, keyed by district, and applies each inside
 * its district's tenant: a listener has no request, so the tenant travels in the command
 * (and must be its key). A command that fails for a passing reason is tried again; a
 * poison one goes to the dead-letter topic at once.
 */
@Component
class ApplyCommands {

	static final String GROUP = "compact-service";

	private final Applying applying;

	ApplyCommands(Applying applying) {
		this.applying = applying;
	}

	// One consumer per partition of the topic: districts apply side by side, and the
	// commands of one
	// district (one key, one partition) stay in order.
	@KafkaListener(topics = Topics.APPLY_COMMANDS, groupId = GROUP, concurrency = "${compacts.apply.consumers:3}")
	void on(ConsumerRecord<String, Object> record) {
		ApplyCommand command = checked(record);
		CurrentTenant.callAs(command.district(), () -> applying.apply(command));
	}

	/**
	 * Checks a record before anything is done with it; what fails here is poison, never
	 * tried again.
	 */
	static ApplyCommand checked(ConsumerRecord<String, Object> record) {
		if (!(record.value() instanceof ApplyCommand command)) {
			String found = record.value() == null ? "no value" : record.value().getClass().getName();
			throw new PoisonCommand(where(record) + ": expected an ApplyCommand, found " + found);
		}
		if (command.schemaVersion() != SyncEvent.SCHEMA_VERSION) {
			throw new PoisonCommand(where(record) + ": schema version " + command.schemaVersion() + " is not the known "
					+ SyncEvent.SCHEMA_VERSION);
		}
		if (Arrays
			.asList(command.district(), command.sourceTenant(), command.itemId(), command.kind(), command.mode(),
					command.content())
			.stream()
			.anyMatch(Objects::isNull)) {
			throw new PoisonCommand(where(record) + ": a required field is missing");
		}
		if (command.version() < 1) {
			throw new PoisonCommand(where(record) + ": version " + command.version() + " is not a version");
		}
		if (!command.district().equals(record.key())) {
			throw new PoisonCommand(where(record) + ": a command for " + command.district() + " keyed " + record.key());
		}
		if (command.district().equals(command.sourceTenant())) {
			throw new PoisonCommand(where(record) + ": " + command.district() + " cannot follow itself");
		}
		return command;
	}

	private static String where(ConsumerRecord<?, ?> record) {
		return record.topic() + "-" + record.partition() + "@" + record.offset() + " (key " + record.key() + ")";
	}

}
