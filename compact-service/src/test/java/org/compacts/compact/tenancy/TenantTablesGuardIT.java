package org.compacts.compact.tenancy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.compacts.testkit.Database;
import org.compacts.testkit.TestServers;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On a database of its own, so the broken tables it makes never meet the service's real
 * schema.
 */
class TenantTablesGuardIT {

	private static void asOwner(Database db, String... statements) throws SQLException {
		try (Connection owner = DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
				Statement s = owner.createStatement()) {
			for (String sql : statements) {
				s.execute(sql);
			}
		}
	}

	private static TenantTablesGuard guardAsApp(Database db) {
		return new TenantTablesGuard(new DriverManagerDataSource(db.jdbcUrl(), db.appUser(), db.appPassword()));
	}

	@Test
	void aTenantTableWithoutAForcedPolicyStopsStartUpNamingTheTable() throws SQLException {
		Database db = TestServers.postgres().database("guard_unguarded");
		asOwner(db, "CREATE TABLE IF NOT EXISTS meeting_note (id int, tenant_id text NOT NULL)",
				"CREATE TABLE IF NOT EXISTS half_guarded (id int, tenant_id text NOT NULL)",
				"ALTER TABLE half_guarded ENABLE ROW LEVEL SECURITY");

		assertThat(guardAsApp(db).problems()).containsExactly(
				"tenant table half_guarded does not ENABLE and FORCE row level security",
				"tenant table half_guarded has no row-level security policy",
				"tenant table meeting_note does not ENABLE and FORCE row level security",
				"tenant table meeting_note has no row-level security policy");
		assertThatThrownBy(guardAsApp(db)::check).hasMessageContaining("will not start")
			.hasMessageContaining("meeting_note");
	}

	@Test
	void guardedTenantTablesAndPlatformTablesPass() throws SQLException {
		Database db = TestServers.postgres().database("guard_guarded");
		asOwner(db, "CREATE TABLE IF NOT EXISTS glossary_entry (id int, tenant_id text NOT NULL)",
				"ALTER TABLE glossary_entry ENABLE ROW LEVEL SECURITY",
				"ALTER TABLE glossary_entry FORCE ROW LEVEL SECURITY",
				"DROP POLICY IF EXISTS by_tenant ON glossary_entry",
				"CREATE POLICY by_tenant ON glossary_entry USING (tenant_id = current_setting('compacts.tenant', true))",
				"CREATE TABLE IF NOT EXISTS schema_note (id int)");

		assertThat(guardAsApp(db).problems()).isEmpty();
	}

	@Test
	void connectingAsARoleThatCanBypassRowLevelSecurityStopsStartUp() throws SQLException {
		Database db = TestServers.postgres().database("guard_bypass");
		try (Connection superuser = TestServers.postgres().connectAsSuperuser("postgres");
				Statement s = superuser.createStatement()) {
			s.execute("ALTER ROLE " + db.appUser() + " BYPASSRLS");
		}

		assertThat(guardAsApp(db).problems())
			.containsExactly("the service connects as guard_bypass_app, which can bypass row-level security: "
					+ "connect as a role with NOSUPERUSER NOBYPASSRLS");
	}

	@Test
	void connectingAsTheTablesOwnerStopsStartUp() throws SQLException {
		Database db = TestServers.postgres().database("guard_owner");
		asOwner(db, "CREATE TABLE IF NOT EXISTS owned (id int)");

		var asOwner = new TenantTablesGuard(
				new DriverManagerDataSource(db.jdbcUrl(), db.ownerUser(), db.ownerPassword()));

		assertThat(asOwner.problems()).containsExactly(
				"the service's role guard_owner_owner owns tables [owned]: tables belong to the migration role, so that policies bind the service");
	}

}
