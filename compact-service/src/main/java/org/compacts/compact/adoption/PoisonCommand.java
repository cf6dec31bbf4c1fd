package org.compacts.compact.adoption;

import org.compacts.servicekit.messaging.PoisonRecord;

/**
 * A command that can never be applied however often it is tried, for a reason only the
 * apply sees: keyed for another district than it names, or content that is not its
 * kind's. It goes straight to the dead-letter topic, and no outcome is sent. (What Bean
 * Validation refuses, an unknown schema version or a missing field, never gets here.)
 */
class PoisonCommand extends PoisonRecord {

	PoisonCommand(String message) {
		super(message);
	}

	PoisonCommand(String message, Throwable cause) {
		super(message, cause);
	}

}
