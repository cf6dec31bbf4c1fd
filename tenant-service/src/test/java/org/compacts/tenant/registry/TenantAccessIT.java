package org.compacts.tenant.registry;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.compacts.tenant.registry.TenantApi.ChangeJson;
import org.compacts.tenant.registry.TenantApi.Reply;
import org.compacts.tenant.registry.TenantApi.TenantJson;
import org.compacts.testkit.RealServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.compacts.tenant.registry.TenantApi.tenant;
import static org.compacts.tenant.registry.TenantApi.uniqueSlug;
import static org.compacts.tenant.registry.TenantApi.updateOf;

/**
 * Who may do what with the registry, with real tokens of the demo realm's people from the
 * real Keycloak: the platform admin (pat.platform), Kent's tenant admin (kim.admin),
 * Swale's editor (sam.editor), the champion of Kent and Swale (alex.champion), and
 * anonymous visitors.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers(database = "tenants", kafka = true, keycloak = true)
class TenantAccessIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	TenantApi anonymous;

	TenantApi platformAdmin;

	@BeforeEach
	void clients() {
		anonymous = new TenantApi(port);
		platformAdmin = TenantApi.as(port, "pat.platform");
	}

	@Test
	void anyoneReadsThePublicProfilesOfTheCompacts() {
		assertThat(anonymous.get("/api/tenants").status()).isEqualTo(200);
		assertThat(anonymous.get("/api/tenants/kent").tenant().name()).isEqualTo("Kent Partners Compact");
		assertThat(anonymous.get("/v3/api-docs").status()).isEqualTo(200);
		assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
	}

	@Test
	void aSwaleEditorIsForbiddenToChangeCanterburyAndNothingChanges() {
		TenantJson canterbury = anonymous.get("/api/tenants/canterbury").tenant();
		Map<String, Object> update = updateOf(canterbury);
		update.put("name", "Taken over by Swale");

		Reply reply = unchanged(() -> platformAdmin.as("sam.editor")
			.put("/api/tenants/canterbury", "\"" + canterbury.version() + "\"", update));

		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.problem().status()).isEqualTo(403);
		assertThat(reply.body()).doesNotContain("Exception", "org.springframework");
		assertThat(anonymous.get("/api/tenants/canterbury").tenant()).isEqualTo(canterbury);
	}

	@Test
	void anonymousWritesAreUnauthorizedProblemsAndChangeNothing() {
		TenantJson swale = anonymous.get("/api/tenants/swale").tenant();

		List<Reply> replies = List.of(
				unchanged(() -> anonymous.post("/api/tenants",
						tenant(uniqueSlug("sneaky"), "Sneaky", "COUNTY", "national", "ADOPTS_PARENT_CORE"))),
				unchanged(() -> anonymous.put("/api/tenants/swale", "\"" + swale.version() + "\"", updateOf(swale))),
				unchanged(() -> anonymous.post("/api/tenants/swale/archive", null)),
				unchanged(() -> anonymous.get("/api/tenants/swale/changes")));

		assertThat(replies).allSatisfy(reply -> {
			assertThat(reply.status()).isEqualTo(401);
			assertThat(reply.contentType()).startsWith("application/problem+json");
			assertThat(reply.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
		});
	}

	@Test
	void onlyAPlatformAdminCreatesTenants() {
		Map<String, Object> county = tenant(uniqueSlug("shire"), "Shire", "COUNTY", "national", "ADOPTS_PARENT_CORE");

		Reply byKentsAdmin = unchanged(() -> platformAdmin.as("kim.admin").post("/api/tenants", county));
		Reply byPlatformAdmin = platformAdmin.post("/api/tenants", county);

		assertThat(byKentsAdmin.status()).isEqualTo(403);
		assertThat(byPlatformAdmin.status()).isEqualTo(201);
	}

	@Test
	void kentsTenantAdminChangesKentAndIsRecordedByUsername() {
		TenantJson kent = anonymous.get("/api/tenants/kent").tenant();
		TenantApi kim = platformAdmin.as("kim.admin");
		List<ChangeJson> before = kim.get("/api/tenants/kent/changes").asListOf(ChangeJson.class);

		// the same state again: allowed, and nothing in the history changes
		Reply same = kim.put("/api/tenants/kent", "\"" + kent.version() + "\"", updateOf(kent));
		List<ChangeJson> afterSame = kim.get("/api/tenants/kent/changes").asListOf(ChangeJson.class);
		// then a change that is recorded, undone at once: Kent's districts follow it
		Map<String, Object> asFirst = updateOf(same.tenant());
		asFirst.put("adoption", "ADOPTS_PARENT_AS_FIRST");
		Reply changed = kim.put("/api/tenants/kent", "\"" + same.tenant().version() + "\"", asFirst);
		Map<String, Object> core = updateOf(changed.tenant());
		core.put("adoption", "ADOPTS_PARENT_CORE");
		Reply undone = kim.put("/api/tenants/kent", "\"" + changed.tenant().version() + "\"", core);

		assertThat(List.of(same, changed, undone)).extracting(Reply::status).containsOnly(200);
		assertThat(afterSame).isEqualTo(before);
		List<ChangeJson> after = kim.get("/api/tenants/kent/changes").asListOf(ChangeJson.class);
		assertThat(after.subList(before.size(), after.size()))
			.extracting(ChangeJson::field, ChangeJson::oldValue, ChangeJson::newValue, ChangeJson::changedBy)
			.containsExactly(tuple("adoption", "ADOPTS_PARENT_CORE", "ADOPTS_PARENT_AS_FIRST", "kim.admin"),
					tuple("adoption", "ADOPTS_PARENT_AS_FIRST", "ADOPTS_PARENT_CORE", "kim.admin"));
	}

	@Test
	void kentsTenantAdminArchivesADistrictOfKentButNotOneOfDerbyshire() {
		String kentDistrict = platformAdmin.createDistrict(uniqueSlug("kentish"), "kent").slug();
		String derbyshireDistrict = platformAdmin.createDistrict(uniqueSlug("peak"), "derbyshire").slug();
		TenantApi kim = platformAdmin.as("kim.admin");

		Reply own = kim.post("/api/tenants/" + kentDistrict + "/archive", null);
		Reply other = unchanged(() -> kim.post("/api/tenants/" + derbyshireDistrict + "/archive", null));

		assertThat(own.status()).isEqualTo(200);
		assertThat(own.tenant().archivedAt()).isNotNull();
		assertThat(other.status()).isEqualTo(403);
		assertThat(anonymous.get("/api/tenants/" + derbyshireDistrict).tenant().archivedAt()).isNull();
		List<ChangeJson> changes = platformAdmin.get("/api/tenants/" + kentDistrict + "/changes")
			.asListOf(ChangeJson.class);
		assertThat(changes).filteredOn(change -> change.field().equals("archived"))
			.extracting(ChangeJson::changedBy)
			.containsExactly("kim.admin");
	}

	@Test
	void aTenantAdminDoesNotArchiveTheirOwnCompact() {
		Reply reply = unchanged(() -> platformAdmin.as("kim.admin").post("/api/tenants/kent/archive", null));

		assertThat(reply.status()).isEqualTo(403);
	}

	@Test
	void membersReadTheirCompactsHistoryAndNoOneElsesButThePlatformAdmin() {
		assertThat(platformAdmin.as("alex.champion").get("/api/tenants/swale/changes").status()).isEqualTo(200);
		assertThat(platformAdmin.as("sam.editor").get("/api/tenants/canterbury/changes").status()).isEqualTo(403);
		assertThat(platformAdmin.get("/api/tenants/canterbury/changes").status()).isEqualTo(200);
	}

	@Test
	void whatNoRuleNamesIsDenied() {
		assertThat(platformAdmin.get("/api/tenants/kent/secrets").status()).isEqualTo(403);
		assertThat(anonymous.get("/api/tenants/kent/secrets").status()).isEqualTo(401);
	}

	/** Runs a request that must be refused, and shows that nothing stored changed. */
	private Reply unchanged(Supplier<Reply> request) {
		RegistryTables before = RegistryTables.read(jdbc);
		Reply reply = request.get();
		assertThat(reply.status()).as("status of %s", reply.body()).isBetween(400, 499);
		assertThat(RegistryTables.read(jdbc)).isEqualTo(before);
		return reply;
	}

}
