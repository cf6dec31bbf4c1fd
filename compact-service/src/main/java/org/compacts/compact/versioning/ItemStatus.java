package org.compacts.compact.versioning;

/**
 * Where one version of a shared item stands. See {@link Lifecycle} for the moves between
 * them.
 */
public enum ItemStatus {

	/** Being written by the editors; may change (each saved edit is a new version). */
	DRAFT,
	/**
	 * Put to the partners for comment; its text stays fixed so everyone answers the same
	 * words.
	 */
	CONSULTATION,
	/** The version in force; at most one per item. */
	PUBLISHED,
	/**
	 * A later version took its place: a newer publication, or a newer edit of a working
	 * version.
	 */
	SUPERSEDED,
	/** The published version was withdrawn from the compact, and with it the item. */
	RETIRED,
	/**
	 * A draft or consultation version the editors gave up; kept so the history stays
	 * whole.
	 */
	WITHDRAWN;

	/** A working version is one the editors may still change, publish or withdraw. */
	public boolean isWorking() {
		return this == DRAFT || this == CONSULTATION;
	}

	String label() {
		return name().toLowerCase();
	}

}
