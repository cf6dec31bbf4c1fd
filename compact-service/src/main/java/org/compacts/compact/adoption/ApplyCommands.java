package org.compacts.compact.adoption;

import jakarta.validation.Valid;
import org.compacts.compact.tenancy.CurrentTenant;
import org.compacts.contracts.Topics;
import org.compacts.contracts.sync.ApplyCommand;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;

/**
 * Takes the apply commands sync-service sends, keyed by district, and applies each inside
 * its district's tenant: a listener has no request, so the tenant travels in the command
 * (and must be its key). A command that fails for a passing reason is tried again; a
 * poison one (invalid by the contract's constraints, or misrouted) goes to the
 * dead-letter topic at once.
 */
@Component
class ApplyCommands {

	static final String GROUP = "compact-service";

	private final Applying applying;

	ApplyCommands(Applying applying) {
		this.applying = applying;
	}

	// One consumer per partition of the topic: districts apply side by side, and the
	// commands of one district (one key, one partition) stay in order.
	@KafkaListener(topics = Topics.APPLY_COMMANDS, groupId = GROUP, concurrency = "${compacts.apply.consumers:3}")
	void on(@Valid @Payload ApplyCommand command,
			@Header(name = KafkaHeaders.RECEIVED_KEY, required = false) String key) {
		routed(command, key);
		CurrentTenant.callAs(command.district(), () -> applying.apply(command));
	}

	/**
	 * What the contract's constraints cannot see, as it needs the record's key: a command
	 * applied in a district must be keyed by it (so that its commands keep their order),
	 * and a district never follows itself.
	 */
	private static void routed(ApplyCommand command, String key) {
		if (!command.district().equals(key)) {
			throw new PoisonCommand("a command for " + command.district() + " keyed " + key);
		}
		if (command.district().equals(command.sourceTenant())) {
			throw new PoisonCommand(command.district() + " cannot follow itself");
		}
	}

}
