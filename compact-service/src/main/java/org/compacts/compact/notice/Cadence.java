package org.compacts.compact.notice;

/** How often a person hears from one compact. */
public enum Cadence {

	/** Each reminder in a mail of its own, within a minute or so. */
	AT_ONCE,
	/** One mail a day with whatever came since the last. */
	DAILY,
	/** One mail a week. */
	WEEKLY,
	/** Nothing. */
	NONE;

	/**
	 * What a person who never chose is sent: a digest a day, so nothing is missed and no
	 * one is flooded.
	 */
	public static final Cadence DEFAULT = DAILY;

}
