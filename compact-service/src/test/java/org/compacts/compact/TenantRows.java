package org.compacts.compact;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A tenant's rows as the database holds them, read past the API as the service's own role under
 * row-level security, so a test sees what a refusal left behind.
 */
public final class TenantRows {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	public TenantRows(JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Every row of the table, every column, in a fixed order: equal snapshots mean nothing changed. */
	public List<Map<String, Object>> of(String tenant, String table) {
		return query(tenant, "SELECT * FROM " + table + " ORDER BY 1, 2, 3");
	}

	public int count(String tenant, String table) {
		return of(tenant, table).size();
	}

	public List<Map<String, Object>> query(String tenant, String sql, Object... args) {
		return transactions.execute(status -> {
			jdbc.queryForObject("SELECT set_config('compacts.tenant', ?, true)", String.class, tenant);
			return jdbc.queryForList(sql, args);
		});
	}

}
