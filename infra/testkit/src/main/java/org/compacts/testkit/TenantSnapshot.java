package org.compacts.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Every row of every table that belongs to one tenant, read as the database's owner past
 * the service: equal snapshots before and after a run of calls mean that none of them
 * changed a row of that tenant, however it got there. Which rows are the tenant's is the
 * caller's to say per table (a query with one {@code ?} for the tenant, or null to leave
 * a table out); row-level security binds the owner too, so the tenant is also set as the
 * transaction's {@code compacts.tenant}.
 */
public final class TenantSnapshot {

	private TenantSnapshot() {
	}

	/**
	 * @param rowsOf for a table, the query of its rows of the tenant, or null to leave it
	 * out (say why where it is written)
	 * @return each table's rows, each row its columns in order, the rows sorted
	 */
	public static Map<String, List<String>> of(Database database, String tenant,
			Function<String, @Nullable String> rowsOf) {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.ownerUser(),
				database.ownerPassword())) {
			connection.setAutoCommit(false);
			try (PreparedStatement set = connection.prepareStatement("SELECT set_config('compacts.tenant', ?, true)")) {
				set.setString(1, tenant);
				set.execute();
			}
			Map<String, List<String>> snapshot = new TreeMap<>();
			for (String table : tables(connection)) {
				String sql = rowsOf.apply(table);
				if (sql == null) {
					continue;
				}
				try (PreparedStatement query = connection.prepareStatement(sql)) {
					if (sql.contains("?")) {
						query.setString(1, tenant);
					}
					snapshot.put(table, rows(query.executeQuery()));
				}
			}
			connection.rollback();
			return snapshot;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the tables of " + tenant, ex);
		}
	}

	/** The tables of the public schema, and whether each has the column. */
	public static Map<String, Boolean> tablesWithColumn(Database database, String column) {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.ownerUser(),
				database.ownerPassword());
				PreparedStatement query = connection.prepareStatement("SELECT t.table_name, EXISTS (SELECT 1 FROM "
						+ "information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = t.table_name "
						+ "AND c.column_name = ?) FROM information_schema.tables t WHERE t.table_schema = 'public' "
						+ "AND t.table_type = 'BASE TABLE' ORDER BY 1")) {
			query.setString(1, column);
			Map<String, Boolean> tables = new LinkedHashMap<>();
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					tables.put(rows.getString(1), rows.getBoolean(2));
				}
			}
			return tables;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot list the tables of " + database.name(), ex);
		}
	}

	private static List<String> tables(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(
				"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1");
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				tables.add(rows.getString(1));
			}
		}
		return tables;
	}

	private static List<String> rows(ResultSet rows) throws SQLException {
		List<String> all = new ArrayList<>();
		int columns = rows.getMetaData().getColumnCount();
		while (rows.next()) {
			StringBuilder row = new StringBuilder();
			for (int i = 1; i <= columns; i++) {
				row.append(rows.getMetaData().getColumnName(i)).append('=').append(rows.getString(i)).append(' ');
			}
			all.add(row.toString());
		}
		rows.close();
		all.sort(null);
		return all;
	}

}
