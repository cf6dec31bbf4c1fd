package org.compacts.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** A running PostgreSQL cluster that hands out one provisioned database per service. */
public interface PostgresServer extends AutoCloseable {

	String host();

	int port();

	/** A superuser connection to the given database of this cluster. */
	Connection connectAsSuperuser(String database) throws SQLException;

	/**
	 * Creates the database with its owner and application roles, unless it exists already
	 * (a second start of the embedded default reuses its data).
	 */
	default Database database(String name) {
		if (!name.matches("[a-z][a-z0-9_]{0,30}")) {
			throw new IllegalArgumentException("database name must be lower-case letters, digits or _: " + name);
		}
		Database db = Database.provisioned(name, host(), port());
		try (Connection c = connectAsSuperuser("postgres"); Statement s = c.createStatement()) {
			var exists = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
			if (exists.next()) {
				return db;
			}
			s.execute("CREATE ROLE " + db.ownerUser() + " LOGIN PASSWORD '" + db.ownerPassword() + "'");
			s.execute("CREATE ROLE " + db.appUser() + " LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '" + db.appPassword()
					+ "'");
			s.execute("CREATE DATABASE " + name + " OWNER " + db.ownerUser());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name + ": " + ex.getMessage(), ex);
		}
		try (Connection c = connectAsSuperuser(name); Statement s = c.createStatement()) {
			for (String sql : List.of("ALTER SCHEMA public OWNER TO " + db.ownerUser(),
					"REVOKE ALL ON SCHEMA public FROM PUBLIC", "GRANT USAGE ON SCHEMA public TO " + db.appUser(),
					"ALTER DEFAULT PRIVILEGES FOR ROLE " + db.ownerUser()
							+ " IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + db.appUser(),
					"ALTER DEFAULT PRIVILEGES FOR ROLE " + db.ownerUser()
							+ " IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO " + db.appUser())) {
				s.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not provision database " + name + ": " + ex.getMessage(), ex);
		}
		return db;
	}

	static Connection connect(String host, int port, String database, String user, String password)
			throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, user, password);
	}

	@Override
	void close();

}
