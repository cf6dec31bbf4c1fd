package org.compacts.compact.adoption;

/**
 * A command that can never be applied however often it is tried: unreadable, of an
 * unknown schema version, for another tenant than its key, with content that is not its
 * kind's. It goes straight to the dead-letter topic, and no outcome is sent.
 */
class PoisonCommand extends RuntimeException {

	PoisonCommand(String message) {
		super(message);
	}

	PoisonCommand(String message, Throwable cause) {
		super(message, cause);
	}

}
