import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Adds the benchmark tenants bench-{from}..bench-{to} to a running devstack: each registered in
 * tenant-service (standalone, so nothing syncs) and given a copy of Kent's compact in compact-service,
 * row for row under new ids: equal data for every tenant. Run each range once on a devstack. Writes as the PostgreSQL superuser, which
 * row-level security does not bind; the services themselves never connect so.
 *
 * Usage: java -cp postgresql.jar BenchTenants.java <pg-port> <from> <to>
 */
public class BenchTenants {

	/** Kent's tenant-owned tables in compact-service, parents before children. */
	private static final List<String> COMPACT_TABLES = List.of("shared_item", "item_version", "item_status_change",
			"published_item", "document_section", "glossary_entry", "contact");

	public static void main(String[] args) throws SQLException {
		int port = Integer.parseInt(args[0]);
		int from = Integer.parseInt(args[1]);
		int to = Integer.parseInt(args[2]);
		String slugs = "(SELECT 'bench-' || lpad(i::text, 4, '0') AS slug FROM generate_series(" + from + ", " + to
				+ ") AS i)";
		try (Connection tenants = connect(port, "tenants")) {
			run(tenants, "INSERT INTO tenant (id, slug, name, level, adoption, area) SELECT gen_random_uuid(), t.slug,"
					+ " 'Benchmark compact ' || t.slug, 'STANDALONE', 'KEEPS_OWN', 'Benchmark' FROM " + slugs
					+ " t ON CONFLICT (slug) DO NOTHING");
		}
		try (Connection compacts = connect(port, "compacts")) {
			compacts.setAutoCommit(false);
			for (String table : COMPACT_TABLES) {
				// Every id, and every reference to one, becomes md5(new tenant || old id): the copies keep
				// their links to each other and never collide with Kent's or another copy's.
				run(compacts, "INSERT INTO " + table + " SELECT (jsonb_populate_record(NULL::" + table
						+ ", to_jsonb(s) || jsonb_strip_nulls(jsonb_build_object('tenant_id', t.slug, 'id', md5(t.slug || s.id::text)::uuid,"
						+ " 'item_id', md5(t.slug || (to_jsonb(s) ->> 'item_id'))::uuid,"
						+ " 'version_id', md5(t.slug || (to_jsonb(s) ->> 'version_id'))::uuid)))).* FROM " + table
						+ " s, " + slugs + " t WHERE s.tenant_id = 'kent'");
			}
			compacts.commit();
			run(compacts, "ANALYZE");
		}
		System.out.println("bench-" + from + " .. bench-" + to + " ready");
	}

	private static Connection connect(int port, String database) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "");
	}

	private static void run(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.executeUpdate();
		}
	}

}
