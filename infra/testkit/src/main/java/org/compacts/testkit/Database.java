package org.compacts.testkit;

/**
 * One service's database. The owner role runs the Flyway migrations and owns every table;
 * the application role owns nothing and cannot bypass row-level security, so a policy
 * holds even when a query forgets its tenant filter.
 */
public record Database(String name, String jdbcUrl, String ownerUser, String ownerPassword, String appUser,
		String appPassword) {

	/** Demo credentials of the embedded default; real deployments provision their own. */
	static Database provisioned(String name, String host, int port) {
		return new Database(name, "jdbc:postgresql://" + host + ":" + port + "/" + name, name + "_owner",
				name + "_owner", name + "_app", name + "_app");
	}

}
