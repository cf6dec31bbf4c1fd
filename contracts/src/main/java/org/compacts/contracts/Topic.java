package org.compacts.contracts;

/**
 * How each topic is laid out, declared once: its name, how many partitions it has and
 * whether the broker compacts it. A service creates the topics it owns from here (and
 * sync-service, which may start first on a new cluster, creates them all), so every
 * service asks the broker for the same settings. The names are also {@link Topics}
 * constants, for the listener annotations that need a constant.
 */
public enum Topic {

	TENANT_EVENTS(Topics.TENANT_EVENTS, Cleanup.COMPACT),

	SHARED_ITEMS(Topics.SHARED_ITEMS, Cleanup.COMPACT),

	APPLY_COMMANDS(Topics.APPLY_COMMANDS, Cleanup.DELETE),

	APPLY_OUTCOMES(Topics.APPLY_OUTCOMES, Cleanup.DELETE),

	SYNC_STATUS(Topics.SYNC_STATUS, Cleanup.COMPACT),

	SYNC_DEAD_LETTERS(Topics.SYNC_DEAD_LETTERS, Cleanup.DELETE);

	/**
	 * Partitions of every topic: the most consumers of one group that can share its work
	 * (compact-service applies with three). A topic's partition count can grow later, but
	 * never shrink, and growing it moves keys to other partitions, so it is chosen here
	 * once.
	 */
	public static final int PARTITIONS = 3;

	private final String topicName;

	private final Cleanup cleanup;

	Topic(String topicName, Cleanup cleanup) {
		this.topicName = topicName;
		this.cleanup = cleanup;
	}

	/** The topic's name on the broker. */
	public String topicName() {
		return topicName;
	}

	public int partitions() {
		return PARTITIONS;
	}

	/**
	 * Whether the broker keeps only the latest record of each key: what a consumer
	 * catching up from the beginning needs.
	 */
	public boolean compacted() {
		return cleanup == Cleanup.COMPACT;
	}

	private enum Cleanup {

		/** The latest record of each key is kept for as long as the topic lives. */
		COMPACT,

		/** Records are deleted after the broker's retention time. */
		DELETE

	}

}
