package org.compacts.tenant.membership;

import java.util.concurrent.ThreadLocalRandom;

import org.compacts.servicekit.security.Membership;
import org.compacts.servicekit.security.TenantRole;
import org.compacts.testkit.RealServers;
import org.compacts.testkit.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.tenant.ApiClient.membershipsIn;

/**
 * The directory against the real Keycloak of the test JVM, as the realm's
 * {@code tenant-service} client. Every membership a test gives, it takes away again: the
 * demo users end as they began.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers(database = "tenants", kafka = true, keycloak = true)
class KeycloakDirectoryIT {

	@Autowired
	Directory directory;

	final Membership alexAsHounslowMember = new Membership("hounslow", TenantRole.MEMBER);

	Membership samInANewTenant;

	@AfterEach
	void leaveTheDemoUsersAsTheyWere() {
		String alex = directory.findByUsername("alex.champion").orElseThrow().id();
		directory.remove(alex, alexAsHounslowMember);
		if (samInANewTenant != null) {
			directory.remove(directory.findByUsername("sam.editor").orElseThrow().id(), samInANewTenant);
		}
	}

	@Test
	void findsAPersonByTheirWholeEmailAddressOnly() {
		assertThat(directory.findByEmail("hana.hounslow@example.org")).hasValueSatisfying(hana -> {
			assertThat(hana.username()).isEqualTo("hana.hounslow");
			assertThat(hana.id()).isNotBlank();
		});
		assertThat(directory.findByEmail("HANA.Hounslow@example.org")).isPresent();
		assertThat(directory.findByEmail("hana.hounslow@example")).isEmpty();
		assertThat(directory.findByEmail("hana")).isEmpty();
		assertThat(directory.findByEmail("nobody@example.org")).isEmpty();
	}

	@Test
	void findsAPersonByTheirWholeUsernameOnly() {
		assertThat(directory.findByUsername("kim.admin"))
			.hasValueSatisfying(kim -> assertThat(kim.email()).isEqualTo("kim.admin@example.org"));
		assertThat(directory.findByUsername("kim")).isEmpty();
	}

	@Test
	void addsListsAndRemovesAMember() {
		String alex = directory.findByUsername("alex.champion").orElseThrow().id();

		directory.add(alex, alexAsHounslowMember);
		directory.add(alex, alexAsHounslowMember);

		assertThat(directory.members("hounslow")).contains(
				new Member("alex.champion", "alex.champion@example.org", TenantRole.MEMBER),
				new Member("hana.hounslow", "hana.hounslow@example.org", TenantRole.CHAMPION));
		assertThat(directory.remove(alex, alexAsHounslowMember)).isTrue();
		assertThat(directory.members("hounslow")).extracting(Member::username).doesNotContain("alex.champion");
		assertThat(directory.remove(alex, alexAsHounslowMember)).isFalse();
		assertThat(membershipsIn(TestServers.tokens().accessToken("alex.champion")))
			.containsExactlyInAnyOrder("/tenants/kent/champion", "/tenants/swale/champion");
	}

	@Test
	void makesTheGroupsOfATenantTheRealmDoesNotHaveYetAndTheNextTokenCarriesThem() {
		String slug = "new-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
		samInANewTenant = new Membership(slug, TenantRole.EDITOR);
		String sam = directory.findByUsername("sam.editor").orElseThrow().id();
		assertThat(directory.members(slug)).isEmpty();

		directory.add(sam, samInANewTenant);

		assertThat(directory.members(slug))
			.containsExactly(new Member("sam.editor", "sam.editor@example.org", TenantRole.EDITOR));
		assertThat(membershipsIn(TestServers.tokens().accessToken("sam.editor")))
			.containsExactlyInAnyOrder("/tenants/swale/editor", "/tenants/" + slug + "/editor");
	}

	@Test
	void removingAMembershipOfATenantWithoutGroupsIsFalse() {
		String kim = directory.findByUsername("kim.admin").orElseThrow().id();

		assertThat(directory.remove(kim, new Membership("no-groups-here", TenantRole.MEMBER))).isFalse();
	}

}
