package org.compacts.servicekit.messaging;

/**
 * A record that can never be handled however often it is tried: it goes to the
 * dead-letter topic at once. What Bean Validation finds wrong with a contract record is
 * poison already; a listener throws this for what only it can see (a record keyed for
 * another tenant than it names, content that is not of its kind).
 */
public class PoisonRecord extends RuntimeException {

	public PoisonRecord(String message) {
		super(message);
	}

	public PoisonRecord(String message, Throwable cause) {
		super(message, cause);
	}

}
