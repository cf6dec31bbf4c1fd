package org.compacts.tenant.actor;

/** Who is making the current change, as recorded in audit trails. */
@FunctionalInterface
public interface CurrentActor {

	/**
	 * The actor when no one is signed in: a migration, a scheduled job, or a service
	 * without security.
	 */
	String SYSTEM = "system";

	/** The actor of a request that reached the service anonymously. */
	String ANONYMOUS = "anonymous";

	String name();

}
