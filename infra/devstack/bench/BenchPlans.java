import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Data for the action-plan benchmarks on a running devstack (issue 11): districts following a county, each
 * with an action plan shared with the county, its actions and its performance indicators.
 *
 * <ul>
 * <li>{@code token <user>}: an access token for a demo user (password demo), printed. Uses a password-grant
 * client of its own ({@code compacts-bench}, tokens valid for two hours so that a long wrk run is not cut by
 * expiry), made in the realm through Keycloak's admin API the first time, as the tests' {@code TestTokens}
 * does.</li>
 * <li>{@code districts <county> <n>}: registers {county}-district-001..n in tenant-service as the platform
 * admin (pat.platform), as districts that adopt the county's core, through its API, as a person would; then
 * waits until compact-service has heard of every one (federation) and each holds a copy of every item the
 * county has published (sync), which the seeded actions link to.</li>
 * <li>{@code plans <county> <n> <actions> <indicators>}: each district's plan (shared with the county), its
 * actions and indicators, by SQL, see {@link #seed}.</li>
 * <li>{@code plan <tenant> <actions> <indicators> <visibility>}: one more plan in one compact; prints its
 * id.</li>
 * </ul>
 *
 * The plans are written by SQL because 400 × 200 actions through the API would take most of an hour on two
 * cores. The SQL is honest about tenancy: it connects as the services' own role ({@code compacts_app}, which
 * cannot bypass row-level security), sets {@code compacts.tenant} to the district before its writes as the
 * service does, and lets every policy's WITH CHECK and every tenant-qualified foreign key judge each row;
 * the collection tables take their tenant from that setting, as when Hibernate writes them.
 *
 * Usage: java -cp postgresql.jar BenchPlans.java <command> <arguments> (devstack on its default ports)
 */
public class BenchPlans {

	private static final String KEYCLOAK = "http://127.0.0.1:8180";

	private static final String TENANT_SERVICE = "http://127.0.0.1:8082";

	private static final String JDBC = "jdbc:postgresql://127.0.0.1:15432/compacts";

	private static final String CLIENT = "compacts-bench";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "token" -> System.out.println(token(args[1]));
			case "districts" -> districts(args[1], Integer.parseInt(args[2]));
			case "plans" -> plans(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]),
					Integer.parseInt(args[4]));
			case "plan" -> {
				try (Connection app = app()) {
					System.out.println(seed(app, args[1], "Benchmark plan of " + args[2] + " actions",
							Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4]));
				}
			}
			default -> throw new IllegalArgumentException("no command " + args[0]);
		}
	}

	static String district(String county, int i) {
		return "%s-district-%03d".formatted(county, i);
	}

	static void districts(String county, int n) throws Exception {
		String platform = "Bearer " + token("pat.platform");
		for (int i = 1; i <= n; i++) {
			String body = """
					{"slug":"%s","name":"Benchmark district %d","level":"DISTRICT","parentSlug":"%s","adoption":"ADOPTS_PARENT_CORE"}"""
				.formatted(district(county, i), i, county);
			HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(TENANT_SERVICE + "/api/tenants"))
				.header("Authorization", platform)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			// 409: registered by an earlier run on this devstack
			if (response.statusCode() != 201 && response.statusCode() != 409) {
				throw new IllegalStateException("tenant-service refused " + district(county, i) + ": "
						+ response.statusCode() + " " + response.body());
			}
		}
		System.out.println(n + " districts of " + county + " registered; waiting for federation and sync");
		// counted as the devstack's superuser: row-level security binds even the tables' owner (FORCE ROW
		// LEVEL SECURITY), which would count nothing here; this only watches
		Instant deadline = Instant.now().plus(Duration.ofMinutes(20));
		try (Connection owner = DriverManager.getConnection(JDBC, "postgres", "postgres")) {
			String like = county + "-district-%";
			long before = -1;
			while (true) {
				long followers = count(owner,
						"SELECT count(*) FROM federation_member WHERE parent_slug = ? AND slug LIKE ?", county, like);
				long copies = count(owner,
						"SELECT count(*) FROM adoption WHERE source_tenant = ? AND tenant_id LIKE ?", county, like);
				// every district holds as many copies as the others, and nothing moved for a while
				long uneven = count(owner, """
						SELECT count(DISTINCT n) + (? - count(*)) FROM (SELECT count(*) AS n FROM adoption
						WHERE source_tenant = ? AND tenant_id LIKE ? GROUP BY tenant_id) per_district""", n, county,
						like);
				System.out.printf("  %s: %d of %d districts known, %d copies%n", Instant.now(), followers, n, copies);
				if (followers == n && copies > 0 && uneven == 1 && copies == before) {
					return;
				}
				before = copies;
				if (Instant.now().isAfter(deadline)) {
					throw new IllegalStateException("districts not ready in 20 minutes");
				}
				Thread.sleep(5000);
			}
		}
	}

	static void plans(String county, int n, int actions, int indicators) throws SQLException {
		Instant start = Instant.now();
		try (Connection app = app()) {
			for (int i = 1; i <= n; i++) {
				seed(app, district(county, i), "Benchmark plan", actions, indicators, "COUNTY");
			}
		}
		analyze();
		System.out.printf("%d districts × %d actions × %d indicators seeded in %d s%n", n, actions, indicators,
				Duration.between(start, Instant.now()).toSeconds());
	}

	/**
	 * One plan of the tenant's for 2026-27, in one transaction under its row-level security: the indicators
	 * (of the plan's visibility, three readings each, so that their RAGs differ), the actions (every status,
	 * some overdue, some not SMART), each action linked to two of the compact's principles and codes (its
	 * copies of the county's) and to one indicator.
	 * @return the plan's id
	 */
	static String seed(Connection app, String tenant, String title, int actions, int indicators, String visibility)
			throws SQLException {
		app.setAutoCommit(false);
		try {
			query(app, "SELECT set_config('compacts.tenant', ?, true)", tenant);
			String plan;
			try (PreparedStatement statement = app.prepareStatement(
					"INSERT INTO action_plan (id, tenant_id, title, period, visibility, created_by) VALUES"
							+ " (gen_random_uuid(), current_setting('compacts.tenant'), ?, '2026-27', ?, 'benchmark')"
							+ " RETURNING id")) {
				statement.setString(1, title);
				statement.setString(2, visibility);
				try (ResultSet row = statement.executeQuery()) {
					row.next();
					plan = row.getString(1);
				}
			}
			// the plan's own indicators, named after it so that a second plan's do not collide
			update(app, """
					INSERT INTO indicator (id, tenant_id, name, unit, baseline_value, baseline_on, target_value,
					    target_on, direction, tolerance, visibility, created_by)
					SELECT md5(?::text || i)::uuid, current_setting('compacts.tenant'), 'Indicator ' || i || ' of ' || ?,
					    'percent', CASE WHEN i % 3 = 0 THEN 60 ELSE 10 END, DATE '2025-04-01',
					    CASE WHEN i % 3 = 0 THEN 10 ELSE 60 END, DATE '2028-03-31',
					    CASE WHEN i % 3 = 0 THEN 'LOWER_IS_BETTER' ELSE 'HIGHER_IS_BETTER' END, 5, ?, 'benchmark'
					FROM generate_series(1, ?) i""", plan, title, visibility, indicators);
			update(app, """
					INSERT INTO indicator_reading (id, tenant_id, indicator_id, taken_on, value, note, recorded_by,
					    recorded_at)
					SELECT gen_random_uuid(), current_setting('compacts.tenant'), md5(?::text || i)::uuid, day,
					    10 + (i * 7 + r * 11) % 50, 'quarterly return', 'benchmark', now()
					FROM generate_series(1, ?) i,
					    unnest(ARRAY[DATE '2026-06-30', DATE '2026-09-30', DATE '2026-11-30']) WITH ORDINALITY AS d(day, r)""",
					plan, indicators);
			update(app, """
					INSERT INTO plan_action (id, tenant_id, plan_id, title, outcome, measure, owner_organisation_name,
					    owner_person, start_on, due_on, priority, ambition, status, progress, completed_on, drop_reason,
					    created_by)
					SELECT md5(?::text || 'action' || i)::uuid, current_setting('compacts.tenant'), ?::uuid,
					    'Action ' || i || ': put the Compact to work', 'An outcome sought by action ' || i,
					    CASE WHEN i % 7 = 0 THEN NULL ELSE 'Measured quarterly' END, 'Benchmark voluntary sector forum',
					    CASE WHEN i % 5 = 0 THEN NULL ELSE 'Officer ' || i END, DATE '2026-04-01',
					    DATE '2026-04-01' + (i * 3 % 700), (ARRAY['HIGH', 'MEDIUM', 'LOW'])[i % 3 + 1],
					    CASE WHEN i % 4 = 0 THEN 'ASPIRATIONAL' ELSE 'ACHIEVABLE' END, status,
					    CASE status WHEN 'DONE' THEN 100 WHEN 'NOT_STARTED' THEN 0 ELSE i * 7 % 100 END,
					    CASE status WHEN 'DONE' THEN DATE '2026-10-01' END,
					    CASE status WHEN 'DROPPED' THEN 'No longer needed' END, 'benchmark'
					FROM generate_series(1, ?) i CROSS JOIN LATERAL (SELECT (ARRAY['NOT_STARTED', 'ON_TRACK', 'ON_TRACK',
					    'AT_RISK', 'OFF_TRACK', 'DONE', 'DONE', 'DROPPED'])[i % 8 + 1] AS status) s""", plan, plan, actions);
			update(app, """
					WITH items AS (SELECT id, kind, row_number() OVER (ORDER BY kind, position) - 1 AS n,
					                      count(*) OVER () AS total FROM shared_item)
					INSERT INTO plan_action_link (action_id, position, item_id, kind)
					SELECT md5(?::text || 'action' || i)::uuid, p, items.id, items.kind
					FROM generate_series(1, ?) i, (VALUES (0), (1)) AS link(p), items
					WHERE items.n = (i * (1 + p * 6) + p) % items.total
					  AND (p = 0 OR (i * 7 + 1) % items.total <> i % items.total)""", plan, actions);
			update(app, """
					INSERT INTO plan_action_indicator (action_id, position, indicator_id)
					SELECT md5(?::text || 'action' || i)::uuid, 0, md5(?::text || (i % ? + 1))::uuid
					FROM generate_series(1, ?) i""", plan, plan, indicators, actions);
			app.commit();
			return plan;
		}
		catch (SQLException ex) {
			app.rollback();
			throw new SQLException("could not seed " + tenant + ": " + ex.getMessage(), ex);
		}
	}

	/** As the owner of the tables, which alone may analyse them: the planner sees the new rows at once. */
	static void analyze() throws SQLException {
		try (Connection owner = DriverManager.getConnection(JDBC, "compacts_owner", "compacts_owner")) {
			for (String table : new String[] { "action_plan", "plan_action", "plan_action_link",
					"plan_action_indicator", "indicator", "indicator_reading", "adoption", "shared_item" }) {
				update(owner, "ANALYZE " + table);
			}
		}
	}

	static Connection app() throws SQLException {
		return DriverManager.getConnection(JDBC, "compacts_app", "compacts_app");
	}

	static String token(String user) throws Exception {
		String admin = field(post(KEYCLOAK + "/realms/master/protocol/openid-connect/token",
				Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin")),
				"access_token");
		String client = """
				{"clientId":"%s","publicClient":true,"directAccessGrantsEnabled":true,"standardFlowEnabled":false,
				 "defaultClientScopes":["basic","profile","roles","email","memberships","compacts-api-audience"],
				 "attributes":{"access.token.lifespan":"7200"}}""".formatted(CLIENT);
		HttpResponse<String> made = HTTP.send(
				HttpRequest.newBuilder(URI.create(KEYCLOAK + "/admin/realms/compacts/clients"))
					.header("Authorization", "Bearer " + admin)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(client))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		if (made.statusCode() != 201 && made.statusCode() != 409) {
			throw new IllegalStateException("Keycloak refused the client: " + made.statusCode() + " " + made.body());
		}
		return field(post(KEYCLOAK + "/realms/compacts/protocol/openid-connect/token", Map.of("grant_type",
				"password", "client_id", CLIENT, "username", user, "password", "demo", "scope", "openid")),
				"access_token");
	}

	static String post(String url, Map<String, String> form) throws Exception {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + ": " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	static String field(String json, String name) {
		Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
		if (!matcher.find()) {
			throw new IllegalStateException("no " + name + " in " + json);
		}
		return matcher.group(1);
	}

	static long count(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(connection, sql, parameters);
				ResultSet row = statement.executeQuery()) {
			row.next();
			return row.getLong(1);
		}
	}

	static void query(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(connection, sql, parameters)) {
			statement.executeQuery().close();
		}
	}

	static void update(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(connection, sql, parameters)) {
			statement.executeUpdate();
		}
	}

	static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (int i = 0; i < parameters.length; i++) {
			statement.setObject(i + 1, parameters[i]);
		}
		return statement;
	}

}
