package org.compacts.tenant.membership;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.compacts.servicekit.security.Membership;
import org.compacts.servicekit.security.TenantRole;
import org.compacts.tenant.ApiClient;
import org.compacts.tenant.ApiClient.Reply;
import org.compacts.testkit.RealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A compact's members over HTTP, kept in the real Keycloak: its tenant admins (and the
 * platform admin) see them and take roles away; nobody else does.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers(database = "tenants", kafka = true, keycloak = true)
class MembersApiIT {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	final Membership alexAsKentMember = new Membership("kent", TenantRole.MEMBER);

	record MemberJson(String username, String email, String role) {
	}

	@AfterEach
	void leaveAlexAsHeWas() {
		for (TenantRole role : TenantRole.values()) {
			directory.remove(alex(), new Membership("kent", role));
		}
		directory.add(alex(), new Membership("kent", TenantRole.CHAMPION));
	}

	@Test
	void kentsTenantAdminListsKentsMembersWithTheirRoles() {
		Reply reply = ApiClient.as(port, "kim.admin").get("/api/tenants/kent/members");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.asListOf(MemberJson.class))
			.contains(new MemberJson("kim.admin", "kim.admin@example.org", "tenant-admin"),
					new MemberJson("alex.champion", "alex.champion@example.org", "champion"))
			.extracting(MemberJson::username)
			.doesNotContain("sam.editor", "chris.canterbury");
	}

	@Test
	void onlyTheCompactsTenantAdminsAndThePlatformAdminSeeItsMembers() {
		assertThat(ApiClient.as(port, "alex.champion").get("/api/tenants/kent/members").status()).isEqualTo(403);
		assertThat(ApiClient.as(port, "sam.editor").get("/api/tenants/canterbury/members").status()).isEqualTo(403);
		assertThat(ApiClient.as(port, "kim.admin").get("/api/tenants/derbyshire/members").status()).isEqualTo(403);
		assertThat(ApiClient.anonymous(port).get("/api/tenants/kent/members").status()).isEqualTo(401);
		assertThat(ApiClient.as(port, "pat.platform").get("/api/tenants/canterbury/members").asListOf(MemberJson.class))
			.contains(new MemberJson("chris.canterbury", "chris.canterbury@example.org", "editor"));
	}

	record AddressJson(String username, String email) {
	}

	@Test
	void aCompactsEditorsReadWhereToWriteToEachMemberOnceAndNoOneElseDoes() {
		directory.add(alex(), alexAsKentMember);

		Reply swale = ApiClient.as(port, "sam.editor").get("/api/tenants/swale/members/addresses");
		Reply kent = ApiClient.as(port, "kim.admin").get("/api/tenants/kent/members/addresses");

		assertThat(swale.status()).isEqualTo(200);
		assertThat(swale.asListOf(AddressJson.class))
			.contains(new AddressJson("sam.editor", "sam.editor@example.org"),
					new AddressJson("alex.champion", "alex.champion@example.org"))
			.extracting(AddressJson::username)
			.doesNotContain("kim.admin", "chris.canterbury");
		// alex holds two roles in Kent now, and is written to once
		assertThat(kent.asListOf(AddressJson.class)).filteredOn(address -> address.username().equals("alex.champion"))
			.hasSize(1);
		assertThat(kent.asListOf(AddressJson.class)).extracting(AddressJson::username).contains("kim.admin");

		// a champion of the compact, another compact's editor or admin, and the anonymous
		Reply champion = ApiClient.as(port, "alex.champion").get("/api/tenants/swale/members/addresses");
		Reply otherEditor = ApiClient.as(port, "sam.editor").get("/api/tenants/kent/members/addresses");
		Reply otherAdmin = ApiClient.as(port, "dee.derbyshire").get("/api/tenants/swale/members/addresses");
		Reply anonymous = ApiClient.anonymous(port).get("/api/tenants/swale/members/addresses");
		assertThat(List.of(champion.status(), otherEditor.status(), otherAdmin.status(), anonymous.status()))
			.containsExactly(403, 403, 403, 401);
		assertThat(champion.contentType()).startsWith("application/problem+json");
		assertThat(ApiClient.as(port, "pat.platform").get("/api/tenants/atlantis/members/addresses").status())
			.isEqualTo(404);
	}

	@Test
	void aTenantAdminTakesARoleAwayOnce() {
		directory.add(alex(), alexAsKentMember);
		ApiClient kim = ApiClient.as(port, "kim.admin");

		Reply removed = kim.delete("/api/tenants/kent/members/alex.champion/member");
		Reply again = kim.delete("/api/tenants/kent/members/alex.champion/member");

		assertThat(removed.status()).isEqualTo(204);
		assertThat(again.status()).isEqualTo(404);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(directory.members("kent"))
			.contains(new Member("alex.champion", "alex.champion@example.org", TenantRole.CHAMPION))
			.doesNotContain(new Member("alex.champion", "alex.champion@example.org", TenantRole.MEMBER));
	}

	@Test
	void someoneElsesTenantAdminCannotTakeARoleAwayAndNothingChanges() {
		List<Member> before = directory.members("swale");

		Reply bySwalesEditor = ApiClient.as(port, "sam.editor")
			.delete("/api/tenants/swale/members/alex.champion/champion");
		Reply byDerbyshiresAdmin = ApiClient.as(port, "dee.derbyshire")
			.delete("/api/tenants/swale/members/alex.champion/champion");
		Reply anonymously = ApiClient.anonymous(port).delete("/api/tenants/swale/members/alex.champion/champion");

		assertThat(bySwalesEditor.status()).isEqualTo(403);
		assertThat(byDerbyshiresAdmin.status()).isEqualTo(403);
		assertThat(anonymously.status()).isEqualTo(401);
		assertThat(directory.members("swale")).isEqualTo(before);
	}

	@Test
	void anUnknownRoleIsABadRequestNamingTheRoleAndNothingChanges() {
		List<Member> before = directory.members("kent");

		Reply reply = ApiClient.as(port, "kim.admin").delete("/api/tenants/kent/members/alex.champion/owner");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.problem().fields()).containsExactly("role");
		assertThat(directory.members("kent")).isEqualTo(before);
	}

	@Test
	void anUnknownTenantOrPersonIsNotFound() {
		ApiClient platformAdmin = ApiClient.as(port, "pat.platform");

		assertThat(platformAdmin.get("/api/tenants/atlantis/members").status()).isEqualTo(404);
		assertThat(platformAdmin.delete("/api/tenants/kent/members/nobody.at.all/member").status()).isEqualTo(404);
	}

	@Test
	void aTenantAdminGivesAMemberExactlyOneRole() {
		directory.add(alex(), alexAsKentMember);

		Reply changed = ApiClient.as(port, "kim.admin")
			.put("/api/tenants/kent/members/alex.champion", Map.of("role", "editor"));

		assertThat(changed.status()).isEqualTo(204);
		assertThat(directory.members("kent")).filteredOn(member -> member.username().equals("alex.champion"))
			.extracting(Member::role)
			.containsExactly(TenantRole.EDITOR);
		assertThat(directory.members("swale"))
			.contains(new Member("alex.champion", "alex.champion@example.org", TenantRole.CHAMPION));
	}

	@Test
	void theLastTenantAdminIsNeitherDemotedNorRemovedAndNothingChanges() {
		List<Member> before = directory.members("kent");
		ApiClient kim = ApiClient.as(port, "kim.admin");

		Reply demoted = kim.put("/api/tenants/kent/members/kim.admin", Map.of("role", "member"));
		Reply removed = kim.delete("/api/tenants/kent/members/kim.admin/tenant-admin");

		assertThat(demoted.status()).isEqualTo(409);
		assertThat(demoted.problem().fields()).containsExactly("role");
		assertThat(demoted.body()).contains("at least one tenant admin");
		assertThat(removed.status()).isEqualTo(409);
		assertThat(directory.members("kent")).isEqualTo(before);
	}

	@Test
	void twoAdminsDemotedAtOnceLeaveOneTenantAdmin() throws Exception {
		directory.add(alex(), new Membership("kent", TenantRole.TENANT_ADMIN));
		ApiClient platformAdmin = ApiClient.as(port, "pat.platform");
		ExecutorService both = Executors.newFixedThreadPool(2);
		try {
			Future<Reply> kim = both
				.submit(() -> platformAdmin.put("/api/tenants/kent/members/kim.admin", Map.of("role", "member")));
			Future<Reply> alex = both
				.submit(() -> platformAdmin.delete("/api/tenants/kent/members/alex.champion/tenant-admin"));

			assertThat(List.of(kim.get().status(), alex.get().status())).containsExactlyInAnyOrder(204, 409);
			assertThat(directory.members("kent")).filteredOn(member -> member.role() == TenantRole.TENANT_ADMIN)
				.hasSize(1);
		}
		finally {
			both.shutdown();
			restoreKim();
		}
	}

	@Test
	void aRoleChangeNeedsAMemberAKnownRoleAndTheCompactsTenantAdmin() {
		List<Member> before = directory.members("kent");

		Reply stranger = ApiClient.as(port, "kim.admin")
			.put("/api/tenants/kent/members/dee.derbyshire", Map.of("role", "editor"));
		Reply badRole = ApiClient.as(port, "kim.admin")
			.put("/api/tenants/kent/members/alex.champion", Map.of("role", "owner"));
		Reply noRole = ApiClient.as(port, "kim.admin").put("/api/tenants/kent/members/alex.champion", "{}");
		Reply bySwalesEditor = ApiClient.as(port, "sam.editor")
			.put("/api/tenants/kent/members/alex.champion", Map.of("role", "tenant-admin"));
		Reply byDerbyshiresAdmin = ApiClient.as(port, "dee.derbyshire")
			.put("/api/tenants/kent/members/alex.champion", Map.of("role", "tenant-admin"));

		assertThat(stranger.status()).isEqualTo(404);
		assertThat(badRole.status()).isEqualTo(400);
		assertThat(badRole.problem().fields()).containsExactly("role");
		assertThat(noRole.status()).isEqualTo(400);
		assertThat(bySwalesEditor.status()).isEqualTo(403);
		assertThat(byDerbyshiresAdmin.status()).isEqualTo(403);
		assertThat(directory.members("kent")).isEqualTo(before);
	}

	private void restoreKim() {
		String kim = directory.findByUsername("kim.admin").orElseThrow().id();
		directory.add(kim, new Membership("kent", TenantRole.TENANT_ADMIN));
		directory.remove(kim, new Membership("kent", TenantRole.MEMBER));
	}

	private String alex() {
		return directory.findByUsername("alex.champion").orElseThrow().id();
	}

}
