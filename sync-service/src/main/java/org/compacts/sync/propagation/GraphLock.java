package org.compacts.sync.propagation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps a change of the federation graph and a fan-out apart, across every instance of
 * the service (a PostgreSQL advisory lock held until the transaction ends). Fan-outs
 * share it; a graph change holds it alone. Without it, a district joining while its
 * county publishes could miss the new version: the fan-out reads the old graph, the
 * catch-up the old item. An outcome that finds no state to update takes it alone too, to
 * wait for the fan-out that sent its command to commit.
 */
@Component
class GraphLock {

	/** Any constant; the same for every instance of this service on this database. */
	static final long KEY = 0x73796e632d677261L;

	private final JdbcClient jdbc;

	GraphLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void shared() {
		jdbc.sql("SELECT pg_advisory_xact_lock_shared(?)").param(KEY).query().listOfRows();
	}

	void exclusive() {
		jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(KEY).query().listOfRows();
	}

}
