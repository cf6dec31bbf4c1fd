package org.compacts.tenant.registry;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.compacts.tenant.registry.TenantApi.ChangeJson;
import org.compacts.tenant.registry.TenantApi.Reply;
import org.compacts.tenant.registry.TenantApi.TenantJson;
import org.compacts.testkit.RealServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.compacts.tenant.registry.TenantApi.tenant;
import static org.compacts.tenant.registry.TenantApi.uniqueSlug;
import static org.compacts.tenant.registry.TenantApi.updateOf;

/**
 * The registry's happy paths and its concurrency guarantees, over HTTP against real
 * PostgreSQL and Kafka, as the realm's platform admin (who may do all of it; who else may
 * is {@link TenantAccessIT}'s).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers(database = "tenants", kafka = true, keycloak = true)
class TenantRegistryIT {

	@LocalServerPort
	int port;

	TenantApi api;

	@BeforeEach
	void client() {
		// a platform admin may do everything the registry offers: these tests are about
		// the registry, not who
		api = TenantApi.as(port, "pat.platform");
	}

	@Test
	void createdTenantCanBeReadBackWithItsLocationAndETag() {
		String county = api.createCounty(uniqueSlug("shire")).slug();
		String slug = uniqueSlug("dale");
		Map<String, Object> body = tenant(slug, "Dale Compact", "DISTRICT", county, "ADOPTS_PARENT_AS_FIRST");
		body.put("area", "Dale district");
		body.put("contact", "compact@dale.example");
		body.put("website", "https://dale.example/compact");

		Reply created = api.post("/api/tenants", body);

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.headers().getLocation()).hasPath("/api/tenants/" + slug);
		assertThat(created.headers().getETag()).isEqualTo("\"0\"");
		Reply read = api.get("/api/tenants/" + slug);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.headers().getETag()).isEqualTo("\"0\"");
		TenantJson tenant = read.tenant();
		assertThat(tenant).isEqualTo(created.tenant());
		assertThat(tenant.slug()).isEqualTo(slug);
		assertThat(tenant.name()).isEqualTo("Dale Compact");
		assertThat(tenant.level()).isEqualTo("DISTRICT");
		assertThat(tenant.parentSlug()).isEqualTo(county);
		assertThat(tenant.adoption()).isEqualTo("ADOPTS_PARENT_AS_FIRST");
		assertThat(tenant.area()).isEqualTo("Dale district");
		assertThat(tenant.contact()).isEqualTo("compact@dale.example");
		assertThat(tenant.website()).isEqualTo("https://dale.example/compact");
		assertThat(tenant.createdAt()).isNotNull();
		assertThat(tenant.archivedAt()).isNull();
	}

	@Test
	void listShowsTenantsBySlugAndLeavesArchivedOnesOutUnlessAskedFor() {
		String county = api.createCounty(uniqueSlug("shire")).slug();
		String kept = api.createDistrict(uniqueSlug("kept"), county).slug();
		String archived = api.createDistrict(uniqueSlug("gone"), county).slug();
		assertThat(api.post("/api/tenants/" + archived + "/archive", null).status()).isEqualTo(200);

		List<TenantJson> active = api.get("/api/tenants").asListOf(TenantJson.class);
		List<TenantJson> all = api.get("/api/tenants?archived=true").asListOf(TenantJson.class);

		assertThat(active).extracting(TenantJson::slug)
			.contains(county, kept, "national", "kent")
			.doesNotContain(archived);
		assertThat(active).extracting(TenantJson::slug).isSorted();
		assertThat(all).extracting(TenantJson::slug).contains(county, kept, archived);
	}

	@Test
	void updateWithTheCurrentETagChangesNameProfileParentAndAdoption() {
		String from = api.createCounty(uniqueSlug("from")).slug();
		String to = api.createCounty(uniqueSlug("to")).slug();
		TenantJson district = api.createDistrict(uniqueSlug("mover"), from);
		Map<String, Object> update = updateOf(district);
		update.put("name", "Renamed Compact");
		update.put("parentSlug", to);
		update.put("adoption", "KEEPS_OWN");
		update.put("website", "http://mover.example");

		Reply updated = api.put("/api/tenants/" + district.slug(), "\"0\"", update);

		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.headers().getETag()).isEqualTo("\"1\"");
		TenantJson now = api.get("/api/tenants/" + district.slug()).tenant();
		assertThat(now.name()).isEqualTo("Renamed Compact");
		assertThat(now.parentSlug()).isEqualTo(to);
		assertThat(now.adoption()).isEqualTo("KEEPS_OWN");
		assertThat(now.website()).isEqualTo("http://mover.example");
		assertThat(now.version()).isEqualTo(1);
	}

	@Test
	void updateWithAStaleETagIsRefusedAndTheOtherWritersChangeSurvives() {
		TenantJson district = api.createDistrict(uniqueSlug("shared"), api.createCounty(uniqueSlug("shire")).slug());
		Map<String, Object> alice = updateOf(district);
		alice.put("name", "Alice's name");
		Map<String, Object> bob = updateOf(district);
		bob.put("name", "Bob's name");

		Reply first = api.put("/api/tenants/" + district.slug(), "\"0\"", alice);
		Reply second = api.put("/api/tenants/" + district.slug(), "\"0\"", bob);

		assertThat(first.status()).isEqualTo(200);
		assertThat(second.status()).isEqualTo(412);
		assertThat(second.contentType()).startsWith("application/problem+json");
		assertThat(second.problem().fields()).containsExactly("If-Match");
		assertThat(api.get("/api/tenants/" + district.slug()).tenant().name()).isEqualTo("Alice's name");
	}

	@Test
	void twoConcurrentUpdatesFromTheSameVersionNeverLoseOneSilently() throws Exception {
		TenantJson district = api.createDistrict(uniqueSlug("race"), api.createCounty(uniqueSlug("shire")).slug());
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService writers = Executors.newFixedThreadPool(2);
		try {
			CompletableFuture<Reply> alice = CompletableFuture.supplyAsync(() -> renameAfter(start, district, "Alice"),
					writers);
			CompletableFuture<Reply> bob = CompletableFuture.supplyAsync(() -> renameAfter(start, district, "Bob"),
					writers);

			List<Reply> replies = List.of(alice.get(), bob.get());

			assertThat(replies).extracting(Reply::status).containsExactlyInAnyOrder(200, 412);
			String winner = replies.stream()
				.filter(reply -> reply.status() == 200)
				.findFirst()
				.orElseThrow()
				.tenant()
				.name();
			TenantJson stored = api.get("/api/tenants/" + district.slug()).tenant();
			assertThat(stored.name()).isEqualTo(winner);
			assertThat(stored.version()).isEqualTo(1);
		}
		finally {
			writers.shutdownNow();
		}
	}

	private Reply renameAfter(CyclicBarrier start, TenantJson district, String name) {
		Map<String, Object> update = updateOf(district);
		update.put("name", name);
		try {
			start.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return api.put("/api/tenants/" + district.slug(), "\"" + district.version() + "\"", update);
	}

	@Test
	void updateWithoutIfMatchIsRefusedAsPreconditionRequired() {
		TenantJson district = api.createDistrict(uniqueSlug("blind"), api.createCounty(uniqueSlug("shire")).slug());

		Reply reply = api.put("/api/tenants/" + district.slug(), null, updateOf(district));

		assertThat(reply.status()).isEqualTo(428);
		assertThat(reply.problem().fields()).containsExactly("If-Match");
	}

	@Test
	void archivedTenantIsStillReadableAndArchivingTwiceChangesNothing() {
		TenantJson district = api.createDistrict(uniqueSlug("closing"), api.createCounty(uniqueSlug("shire")).slug());

		Reply archived = api.post("/api/tenants/" + district.slug() + "/archive", null);
		Reply again = api.post("/api/tenants/" + district.slug() + "/archive", null);

		assertThat(archived.status()).isEqualTo(200);
		assertThat(archived.tenant().archivedAt()).isNotNull();
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.tenant()).isEqualTo(archived.tenant());
		assertThat(api.get("/api/tenants/" + district.slug()).tenant().archivedAt())
			.isEqualTo(archived.tenant().archivedAt());
	}

	@Test
	void archivedTenantCannotBeChanged() {
		TenantJson district = api.createDistrict(uniqueSlug("frozen"), api.createCounty(uniqueSlug("shire")).slug());
		TenantJson archived = api.post("/api/tenants/" + district.slug() + "/archive", null).tenant();

		Reply reply = api.put("/api/tenants/" + district.slug(), "\"" + archived.version() + "\"", updateOf(archived));

		assertThat(reply.status()).isEqualTo(409);
	}

	@Test
	void changesTellWhoChangedParentAndAdoptionAndWhen() {
		String from = api.createCounty(uniqueSlug("from")).slug();
		String to = api.createCounty(uniqueSlug("to")).slug();
		TenantJson district = api.createDistrict(uniqueSlug("audited"), from);
		Map<String, Object> update = updateOf(district);
		update.put("parentSlug", to);
		update.put("adoption", "KEEPS_OWN");
		assertThat(api.put("/api/tenants/" + district.slug(), "\"0\"", update).status()).isEqualTo(200);
		Map<String, Object> renameOnly = updateOf(api.get("/api/tenants/" + district.slug()).tenant());
		renameOnly.put("name", "Only the name");
		assertThat(api.put("/api/tenants/" + district.slug(), "\"1\"", renameOnly).status()).isEqualTo(200);

		List<ChangeJson> changes = api.get("/api/tenants/" + district.slug() + "/changes").asListOf(ChangeJson.class);

		assertThat(changes).extracting(ChangeJson::field, ChangeJson::oldValue, ChangeJson::newValue)
			.containsExactly(tuple("parentSlug", null, from), tuple("adoption", null, "ADOPTS_PARENT_CORE"),
					tuple("parentSlug", from, to), tuple("adoption", "ADOPTS_PARENT_CORE", "KEEPS_OWN"));
		// the signed-in person's username (preferred_username), not the token's subject
		// id
		assertThat(changes).extracting(ChangeJson::changedBy).containsOnly("pat.platform");
		assertThat(changes).extracting(ChangeJson::changedAt).doesNotContainNull().isSorted();
	}

	@Test
	void deleteIsAnsweredArchiveInsteadAndTheTenantStays() {
		TenantJson district = api.createDistrict(uniqueSlug("kept"), api.createCounty(uniqueSlug("shire")).slug());

		Reply reply = api.delete("/api/tenants/" + district.slug());

		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.problem().title()).isEqualTo("Archive instead");
		assertThat(reply.problem().detail()).contains("/api/tenants/" + district.slug() + "/archive");
		assertThat(api.get("/api/tenants/" + district.slug()).status()).isEqualTo(200);
	}

	@Test
	void countyWithActiveDistrictsCannotBeArchivedUntilTheyAre() {
		String county = api.createCounty(uniqueSlug("parent")).slug();
		String district = api.createDistrict(uniqueSlug("child"), county).slug();

		Reply refused = api.post("/api/tenants/" + county + "/archive", null);
		api.post("/api/tenants/" + district + "/archive", null);
		Reply archived = api.post("/api/tenants/" + county + "/archive", null);

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.problem().errors()).singleElement()
			.satisfies(error -> assertThat(error.reason()).contains(district));
		assertThat(archived.status()).isEqualTo(200);
	}

	@Test
	void unknownTenantIsANotFoundProblem() {
		Reply reply = api.get("/api/tenants/" + uniqueSlug("nobody"));

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.problem().status()).isEqualTo(404);
		assertThat(api.get("/api/tenants/" + uniqueSlug("nobody") + "/changes").status()).isEqualTo(404);
		assertThat(api.delete("/api/tenants/" + uniqueSlug("nobody")).status()).isEqualTo(404);
	}

}
