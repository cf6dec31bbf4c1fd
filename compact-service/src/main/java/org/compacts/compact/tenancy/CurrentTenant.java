package org.compacts.compact.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant this thread works for. Set from the request path for web requests; a Kafka
 * listener or a scheduled job sets it from its message with {@link #callAs}, since it has
 * no request.
 */
public final class CurrentTenant {

	/** What Hibernate and the database see when no tenant is set: it matches no row. */
	static final String NONE = "";

	private static final ThreadLocal<String> TENANT = new ThreadLocal<>();

	private CurrentTenant() {
	}

	public static Optional<String> get() {
		return Optional.ofNullable(TENANT.get());
	}

	public static String require() {
		return get().orElseThrow(() -> new IllegalStateException("No tenant for this work"));
	}

	public static <T> T callAs(String tenant, Supplier<T> work) {
		String previous = TENANT.get();
		TENANT.set(tenant);
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				TENANT.remove();
			}
			else {
				TENANT.set(previous);
			}
		}
	}

	static void set(String tenant) {
		TENANT.set(tenant);
	}

	static void clear() {
		TENANT.remove();
	}

}
