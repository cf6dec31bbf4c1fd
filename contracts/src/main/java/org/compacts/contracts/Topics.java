package org.compacts.contracts;

/** Kafka topic names. Each topic is keyed by what its order depends on. */
public final class Topics {

	/** Tenant created, parent or adoption changed, archived; keyed by tenant slug. */
	public static final String TENANT_EVENTS = "compacts.tenant-events";

	/** The latest published version of every shared item; compacted, keyed {@code {sourceTenant}/{itemId}}. */
	public static final String SHARED_ITEMS = "compacts.shared-items";

	private Topics() {
	}

}
