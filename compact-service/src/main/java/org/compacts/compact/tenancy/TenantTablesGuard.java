package org.compacts.compact.tenancy;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Refuses to let the service start when row-level security could not hold: when it
 * connects as a role that may bypass it or owns tables, or when a tenant table (one with
 * a {@code tenant_id} column) has no enabled, forced policy. Checked after the
 * migrations, as the role the service runs as.
 */
final class TenantTablesGuard {

	private final JdbcTemplate jdbc;

	TenantTablesGuard(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** What is wrong, one line each; empty when every tenant table is guarded. */
	List<String> problems() {
		List<String> problems = new ArrayList<>();
		String role = jdbc.queryForObject("SELECT current_user", String.class);
		Boolean bypasses = jdbc.queryForObject(
				"SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user", Boolean.class);
		if (Boolean.TRUE.equals(bypasses)) {
			problems.add("the service connects as " + role
					+ ", which can bypass row-level security: connect as a role with NOSUPERUSER NOBYPASSRLS");
		}
		List<String> owned = jdbc.queryForList(
				"SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user ORDER BY 1",
				String.class);
		if (!owned.isEmpty()) {
			problems.add("the service's role " + role + " owns tables " + owned
					+ ": tables belong to the migration role, so that policies bind the service");
		}
		jdbc.query("""
				SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
				       (SELECT count(*) FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname)
				FROM pg_class c
				JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE n.nspname = 'public' AND c.relkind = 'r'
				  AND EXISTS (SELECT 1 FROM pg_attribute a
				              WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
				ORDER BY c.relname
				""", row -> {
			String table = row.getString(1);
			if (!row.getBoolean(2) || !row.getBoolean(3)) {
				problems.add("tenant table " + table + " does not ENABLE and FORCE row level security");
			}
			if (row.getLong(4) == 0) {
				problems.add("tenant table " + table + " has no row-level security policy");
			}
		});
		return problems;
	}

	void check() {
		List<String> problems = problems();
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Tenant isolation cannot be guaranteed, so compact-service will not start: "
					+ String.join("; ", problems));
		}
	}

}
