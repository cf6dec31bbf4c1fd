package org.compacts.sync.messaging;

/**
 * A record that can never be processed however often it is tried: the wrong type for its
 * topic, a schema version this service does not know, a required field missing. It goes
 * straight to the dead-letter topic.
 */
public class PoisonMessage extends RuntimeException {

	public PoisonMessage(String message) {
		super(message);
	}

}
