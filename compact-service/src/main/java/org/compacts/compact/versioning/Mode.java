package org.compacts.compact.versioning;

/**
 * How a district that follows the publisher may use a shared item; the publisher chooses
 * it per version, so a change of mode is in the history and in the diff like any other
 * change.
 */
public enum Mode {

	/** Taken as it is: the common core a district adopts. */
	CORE,
	/** A district may adapt it or add local supplements (sub-codes). */
	ADAPTABLE

}
