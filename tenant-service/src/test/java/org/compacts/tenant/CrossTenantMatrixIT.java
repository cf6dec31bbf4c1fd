package org.compacts.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.compacts.testkit.CrossTenantMatrix;
import org.compacts.testkit.CrossTenantMatrix.Caller;
import org.compacts.testkit.CrossTenantMatrix.Result;
import org.compacts.testkit.CrossTenantMatrix.Scope;
import org.compacts.testkit.Database;
import org.compacts.testkit.RealServers;
import org.compacts.testkit.TenantSnapshot;
import org.compacts.testkit.TestServers;
import org.compacts.tenant.membership.Directory;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.compacts.testkit.CrossTenantMatrix.Scope.ANY;
import static org.compacts.testkit.CrossTenantMatrix.Scope.PUBLIC;

/**
 * The cross-tenant matrix of tenant-service, generated from its OpenAPI document (issue
 * 15): every operation with Swale's slug and a real invitation into Swale, called by the
 * anonymous and by a member, an editor and an admin of other compacts, each with Swale in
 * the path and again with their own compact. Nothing of Swale may change (its registry
 * rows as the owner, its members in Keycloak), no 5xx, every refusal a problem detail,
 * and nothing read but what {@link #ALLOWED} names.
 *
 * <p>
 * Kent's member in the demo realm is its tenant admin, who may archive Swale by design (a
 * county's tenant admin archives its districts; {@code TenantAccessIT} shows it), so the
 * county's caller of compact-service's matrix is not one here.
 *
 * <p>
 * <b>A new endpoint</b> fails this test until the matrix can call it: give its path
 * parameter a sample ({@code matrix.id("meetings/{id}", ANY, id)}) and its request body
 * one ({@code matrix.body("MeetingRequest", body)}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers(database = "tenants", kafka = true, keycloak = true)
@TestInstance(Lifecycle.PER_CLASS)
class CrossTenantMatrixIT {

	static final String VICTIM = "swale";

	static final String T = "/api/tenants";

	/** The reviewed reads of Swale that anyone may make, each with its reason. */
	static final Map<String, String> ALLOWED = Map.of(T, "the register of compacts is public", T + "/\\{slug\\}",
			"a compact's public profile is public", T + "/invitations/\\{token\\}",
			"the token is the capability: whoever holds the link reads what it invites to and the address it "
					+ "was sent to (and may not accept it unless signed in with that address)");

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	CrossTenantMatrix matrix;

	Database database;

	/** Swale's samples, made once for both the matrix and the fuzz. */
	@BeforeAll
	void swaleAndItsSamples() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		matrix = new CrossTenantMatrix(port, "slug", VICTIM).caller(Caller.of("anonymous", null, null))
			.caller(Caller.of("other-member", "hana.hounslow", null))
			.caller(Caller.of("other-editor", "chris.canterbury", null))
			// passes security for every operation in Derbyshire: tries Swale's ids there
			.caller(Caller.of("other-admin", "dee.derbyshire", "derbyshire"));
		ALLOWED.forEach((path, reason) -> matrix.allow(path, Set.of(), Set.of(ANY, PUBLIC), reason));

		// an open invitation into Swale, as tenant-service keeps it (the e-mail that
		// carries the token is not this test's business)
		String token = "matrix" + run + "a".repeat(29);
		String invitation = UUID.randomUUID().toString();
		String invitee = "invitee-" + run + "@example.org";
		database = TestServers.postgres().database("tenants");
		new JdbcTemplate(
				new DriverManagerDataSource(database.jdbcUrl(), database.ownerUser(), database.ownerPassword()))
			.update("INSERT INTO invitation (id, tenant_slug, email, role, token_hash, invited_by, expires_at) "
					+ "VALUES (?::uuid, ?, ?, 'editor', ?, 'pat.platform', ?)", invitation, VICTIM, invitee,
					sha256(token), Timestamp.from(Instant.now().plus(7, ChronoUnit.DAYS)));
		matrix.id("invitations/{id}", Scope.MEMBERS, invitation)
			.id("invitations/{token}", ANY, token)
			.id("members/{username}", ANY, "sam.editor")
			.id("{username}/{role}", ANY, "editor");
		matrix.body("InviteRequest", Map.of("email", "someone-" + run + "@example.org", "role", "editor"))
			.body("RoleChange", Map.of("role", "tenant-admin"))
			.body("CreateTenant",
					Map.of("slug", "matrix-" + run, "name", "Matrix " + run, "level", "DISTRICT", "parentSlug", "kent",
							"adoption", "ADOPTS_PARENT_CORE"))
			.body("UpdateTenant", Map.of("name", "Swale taken", "parentSlug", "kent", "adoption", "KEEPS_OWN"));

	}

	/**
	 * Issue 15's fuzzing from the schemas, at the test command's size: bad requests to
	 * every operation as the platform's admin, who passes every door, so each reaches the
	 * binding and the rules. {@code -Dcompacts.fuzz.cases=10000} runs it at full size.
	 */
	@Test
	void badRequestsAreRefusedAsProblemDetailsAndChangeNothing() {
		int cases = Integer.getInteger("compacts.fuzz.cases", 150);
		long seed = Long.getLong("compacts.fuzz.seed", 20261202L);
		Map<String, List<String>> before = snapshot(database);
		List<?> membersBefore = directory.members(VICTIM);
		long started = System.nanoTime();
		CrossTenantMatrix.Fuzzed fuzzed = matrix.fuzz("/v3/api-docs", "pat.platform", cases, seed);
		long took = (System.nanoTime() - started) / 1_000_000;

		System.out.printf("fuzz of tenant-service: %d bad requests (seed %d) in %d ms, by status %s%n",
				fuzzed.requests(), seed, took, fuzzed.byStatus());
		SoftAssertions.assertSoftly(softly -> {
			softly.assertThat(fuzzed.findings())
				.as("5xx, refusals that are no problem detail, bad writes accepted")
				.isEmpty();
			softly.assertThat(snapshot(database)).as("Swale's rows after the fuzz").isEqualTo(before);
			softly.assertThat(directory.members(VICTIM)).as("Swale's members after the fuzz").isEqualTo(membersBefore);
			softly.assertThat(fuzzed.requests()).isEqualTo(cases);
			softly.assertThat(fuzzed.byStatus()).containsKey(400).doesNotContainKey(401);
		});
	}

	@Test
	void noOneOutsideSwaleReadsWhatIsNotPublicOrChangesAnything() {
		Map<String, List<String>> before = snapshot(database);
		List<?> membersBefore = directory.members(VICTIM);
		long started = System.nanoTime();
		Result result = matrix.run("/v3/api-docs");
		long took = (System.nanoTime() - started) / 1_000_000;
		Map<String, List<String>> after = snapshot(database);

		System.out.printf("cross-tenant matrix of tenant-service: %d operations, %d calls in %d ms%n",
				result.operations(), result.calls().size(), took);
		SoftAssertions.assertSoftly(softly -> {
			softly.assertThat(result.uncovered()).as("operations the matrix cannot call: give them samples").isEmpty();
			softly.assertThat(result.findings()).as("leaks, 5xx and refusals that are no problem detail").isEmpty();
			softly.assertThat(after).as("Swale's rows after the matrix").isEqualTo(before);
			softly.assertThat(directory.members(VICTIM))
				.as("Swale's members after the matrix")
				.isEqualTo(membersBefore);
		});
	}

	/**
	 * Swale's rows in the registry, as the owner; the outboxes by id (a refused change
	 * records no event; sending is the outbox's own business).
	 */
	private static Map<String, List<String>> snapshot(Database database) {
		return TenantSnapshot.of(database, VICTIM, table -> switch (table) {
			case "tenant" -> "SELECT * FROM tenant WHERE slug = ?";
			case "tenant_change" ->
				"SELECT * FROM tenant_change WHERE tenant_id = (SELECT id FROM tenant WHERE slug = ?)";
			case "invitation" -> "SELECT * FROM invitation WHERE tenant_slug = ?";
			case "outbox_message", "event_publication" -> "SELECT id FROM " + table;
			case "flyway_schema_history" -> null;
			default -> "SELECT * FROM " + table;
		});
	}

	private static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
