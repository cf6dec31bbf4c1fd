package org.compacts.contracts;

/**
 * Kafka topic names, as constants for listener annotations. Each topic is keyed by what
 * its order depends on; how each is laid out (partitions, compaction) is {@link Topic}.
 */
public final class Topics {

	/**
	 * Tenant created, parent or adoption changed, archived; keyed by tenant slug.
	 * Log-compacted.
	 */
	public static final String TENANT_EVENTS = "compacts.tenant-events";

	/**
	 * The latest version of every shared principle and code a county or national
	 * publishes or retires; keyed by {@code {sourceTenant}/{itemId}}. Log-compacted: a
	 * district that starts following catches up from it. Produced by compact-service,
	 * consumed by sync-service.
	 */
	public static final String SHARED_ITEMS = "compacts.shared-items";

	/**
	 * What sync-service asks compact-service to apply in one district; keyed by the
	 * district's slug.
	 */
	public static final String APPLY_COMMANDS = "compacts.apply-commands";

	/**
	 * How applying went in a district, from compact-service back to sync-service; keyed
	 * by the district.
	 */
	public static final String APPLY_OUTCOMES = "compacts.apply-outcomes";

	/**
	 * Where each district stands with each item it follows, for the portal and the
	 * county's view; keyed by {@code {district}/{sourceTenant}/{itemId}}. Log-compacted.
	 */
	public static final String SYNC_STATUS = "compacts.sync-status";

	/**
	 * What sync-service could not read or would not process, with the reason in the
	 * headers.
	 */
	public static final String SYNC_DEAD_LETTERS = "compacts.sync-dead-letters";

	private Topics() {
	}

}
