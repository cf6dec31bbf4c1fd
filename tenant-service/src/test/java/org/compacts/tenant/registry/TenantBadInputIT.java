package org.compacts.tenant.registry;

import java.util.Map;
import java.util.function.Supplier;

import org.compacts.tenant.registry.TenantApi.FieldJson;
import org.compacts.tenant.registry.TenantApi.ProblemJson;
import org.compacts.tenant.registry.TenantApi.Reply;
import org.compacts.tenant.registry.TenantApi.TenantJson;
import org.compacts.testkit.RealServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.tenant.registry.TenantApi.tenant;
import static org.compacts.tenant.registry.TenantApi.uniqueSlug;
import static org.compacts.tenant.registry.TenantApi.updateOf;

/**
 * Every kind of bad input is a 4xx problem that names the field at fault and why, never a
 * 500, and leaves the registry (tenants, changes, event publications) exactly as it was.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers(database = "tenants", kafka = true, keycloak = true)
class TenantBadInputIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	TenantApi api;

	String county;

	TenantJson district;

	@BeforeEach
	void givenACountyWithADistrict() {
		// a platform admin may do everything the registry offers: these tests are about
		// the registry, not who
		api = TenantApi.as(port, "pat.platform");
		county = api.createCounty(uniqueSlug("shire")).slug();
		district = api.createDistrict(uniqueSlug("dale"), county);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Kent", "k", "1kent", "-kent", "kent-", "ken--t", "kent_county", "kent county", "kënt",
			"a23456789012345678901234567890123456789012345678901234567890abcd" })
	void badSlugIsRefusedNamingTheSlug(String slug) {
		Reply reply = unchanged(() -> api.post("/api/tenants", tenant(slug, "A Compact", "COUNTY", null, "KEEPS_OWN")));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.problem().fields()).contains("slug");
		assertThat(reply.problem().errors()).allSatisfy(error -> assertThat(error.reason()).isNotBlank());
	}

	@Test
	void slugThatIsAWordOfTheApiIsRefusedNamingTheSlug() {
		Reply reply = unchanged(
				() -> api.post("/api/tenants", tenant("invitations", "Invitations", "COUNTY", null, "KEEPS_OWN")));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.problem().errors()).containsExactly(new FieldJson("slug", "is reserved"));
	}

	@Test
	void slugOfSixtyThreeCharactersIsAccepted() {
		String slug = uniqueSlug("a2345678901234567890123456789012345678901234567890123456");

		assertThat(slug).hasSize(63);
		assertThat(api.post("/api/tenants", tenant(slug, "Long", "COUNTY", null, "KEEPS_OWN")).status()).isEqualTo(201);
	}

	@Test
	void duplicateSlugIsAConflictNamingTheSlug() {
		Reply reply = unchanged(
				() -> api.post("/api/tenants", tenant(district.slug(), "Again", "DISTRICT", county, "KEEPS_OWN")));

		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		ProblemJson problem = reply.problem();
		assertThat(problem.type()).isEqualTo("urn:compacts:problem:conflict");
		assertThat(problem.title()).isEqualTo("Slug taken");
		assertThat(problem.status()).isEqualTo(409);
		assertThat(problem.detail()).contains(district.slug());
		assertThat(problem.instance()).isEqualTo("/api/tenants");
		assertThat(problem.errors()).containsExactly(new FieldJson("slug", "is already taken"));
	}

	@Test
	void unknownParentIsRefusedNamingTheParent() {
		Reply reply = unchanged(() -> api.post("/api/tenants",
				tenant(uniqueSlug("orphan"), "Orphan", "DISTRICT", uniqueSlug("nowhere"), "ADOPTS_PARENT_CORE")));

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.problem().fields()).containsExactly("parentSlug");
	}

	@Test
	void districtUnderADistrictIsRefused() {
		Reply reply = unchanged(() -> api.post("/api/tenants",
				tenant(uniqueSlug("nested"), "Nested", "DISTRICT", district.slug(), "ADOPTS_PARENT_CORE")));

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.problem().errors()).singleElement().satisfies(error -> {
			assertThat(error.field()).isEqualTo("parentSlug");
			assertThat(error.reason()).contains("must be a county");
		});
	}

	@Test
	void movingADistrictUnderADistrictIsRefused() {
		TenantJson sibling = api.createDistrict(uniqueSlug("sibling"), county);
		Map<String, Object> update = updateOf(sibling);
		update.put("parentSlug", district.slug());

		Reply reply = unchanged(() -> api.put("/api/tenants/" + sibling.slug(), "\"0\"", update));

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.problem().fields()).containsExactly("parentSlug");
	}

	@Test
	void countyMovedUnderItsOwnDistrictIsRefusedAsACycle() {
		TenantJson shire = api.get("/api/tenants/" + county).tenant();
		Map<String, Object> update = updateOf(shire);
		update.put("parentSlug", district.slug());

		Reply reply = unchanged(() -> api.put("/api/tenants/" + county, "\"" + shire.version() + "\"", update));

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.problem().errors()).extracting(TenantApi.FieldJson::reason)
			.anySatisfy(reason -> assertThat(reason).contains("cycle"));
		assertThat(reply.problem().fields()).containsOnly("parentSlug");
	}

	@Test
	void standaloneThatAdoptsAParentIsRefusedNamingTheAdoption() {
		Reply reply = unchanged(() -> api.post("/api/tenants",
				tenant(uniqueSlug("borough"), "Borough", "STANDALONE", null, "ADOPTS_PARENT_CORE")));

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.problem().fields()).containsExactly("adoption");
	}

	@Test
	void archivedCountyCannotTakeANewDistrict() {
		String closed = api.createCounty(uniqueSlug("closed")).slug();
		api.post("/api/tenants/" + closed + "/archive", null);

		Reply reply = unchanged(() -> api.post("/api/tenants",
				tenant(uniqueSlug("late"), "Late", "DISTRICT", closed, "ADOPTS_PARENT_CORE")));

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.problem().errors()).singleElement()
			.satisfies(error -> assertThat(error.reason()).contains("archived"));
	}

	@Test
	void missingAndOverlongFieldsAreEachNamed() {
		Map<String, Object> body = tenant(uniqueSlug("empty"), " ", null, null, null);
		body.put("area", "x".repeat(201));

		Reply reply = unchanged(() -> api.post("/api/tenants", body));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.problem().fields()).containsExactlyInAnyOrder("name", "level", "adoption", "area");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://example.org", "javascript:alert(1)", "example.org", "https://" })
	void websiteMustBeAnHttpUrl(String website) {
		Map<String, Object> body = tenant(uniqueSlug("web"), "Web", "COUNTY", null, "KEEPS_OWN");
		body.put("website", website);

		Reply reply = unchanged(() -> api.post("/api/tenants", body));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.problem().fields()).containsExactly("website");
	}

	@Test
	void unknownLevelIsABadRequestNamingTheLevel() {
		Reply reply = unchanged(() -> api.postRaw("/api/tenants", """
				{"slug": "%s", "name": "Parish", "level": "PARISH", "adoption": "KEEPS_OWN"}
				""".formatted(uniqueSlug("parish"))));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.problem().errors()).singleElement().satisfies(error -> {
			assertThat(error.field()).isEqualTo("level");
			assertThat(error.reason()).contains("PARISH").contains("COUNTY");
		});
	}

	@Test
	void wrongTypeIsABadRequestNamingTheField() {
		Reply reply = unchanged(() -> api.postRaw("/api/tenants", """
				{"slug": "%s", "name": {"en": "Shire"}, "level": "COUNTY", "adoption": "KEEPS_OWN"}
				""".formatted(uniqueSlug("typed"))));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.problem().fields()).containsExactly("name");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"slug\": ", "not json", "[]", "" })
	void malformedBodyIsABadRequest(String json) {
		Reply reply = unchanged(() -> api.postRaw("/api/tenants", json));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
	}

	@Test
	void malformedUpdateIsABadRequest() {
		Reply reply = unchanged(
				() -> api.putRaw("/api/tenants/" + district.slug(), "\"0\"", "{\"adoption\": \"SOMETIMES\"}"));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.problem().fields()).containsExactly("adoption");
	}

	@Test
	void wrongTypeOfQueryParameterIsABadRequestNamingIt() {
		Reply reply = unchanged(() -> api.get("/api/tenants?archived=perhaps"));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.problem().fields()).containsExactly("archived");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "\"zero\"", "W/\"0\"", "\"1\"" })
	void ifMatchThatIsNotTheCurrentVersionChangesNothing(String ifMatch) {
		Map<String, Object> update = updateOf(district);
		update.put("name", "Never stored");

		Reply reply = unchanged(() -> api.put("/api/tenants/" + district.slug(), ifMatch, update));

		assertThat(reply.status()).isBetween(400, 499);
		assertThat(reply.problem().fields()).containsExactly("If-Match");
	}

	@Test
	void validationFailureOnUpdateChangesNothing() {
		Map<String, Object> update = updateOf(district);
		update.put("name", "");
		update.put("website", "not a url");

		Reply reply = unchanged(() -> api.put("/api/tenants/" + district.slug(), "\"0\"", update));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.problem().fields()).containsExactlyInAnyOrder("name", "website");
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
