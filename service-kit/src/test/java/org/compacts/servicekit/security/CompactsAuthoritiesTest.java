package org.compacts.servicekit.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class CompactsAuthoritiesTest {

	private static Jwt token(Map<String, Object> claims) {
		Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(Instant.now());
		claims.forEach(builder::claim);
		return builder.claim("sub", "someone").build();
	}

	@Test
	void aChampionOfKentAndSwaleGetsAMembershipInEach() {
		var authorities = new CompactsAuthorities()
			.convert(token(Map.of("memberships", List.of("/tenants/swale/champion", "/tenants/kent/champion"))));

		assertThat(authorities).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("tenant:swale:champion", "tenant:kent:champion");
	}

	@Test
	void groupsOutsideTenantsAndUnknownRolesGrantNothing() {
		var authorities = new CompactsAuthorities().convert(token(Map.of("memberships",
				List.of("/staff", "/tenants/kent/overlord", "/tenants//editor", "/tenants/kent/editor/extra"))));

		assertThat(authorities).isEmpty();
	}

	@Test
	void aPersonWithNoGroupHasNoMembershipsClaimAtAll() {
		assertThat(new CompactsAuthorities().convert(token(Map.of("preferred_username", "pat")))).isEmpty();
	}

	@Test
	void thePlatformAdminRealmRoleBecomesAnAuthority() {
		var authorities = new CompactsAuthorities()
			.convert(token(Map.of("realm_access", Map.of("roles", List.of("offline_access", "platform-admin")))));

		assertThat(authorities).extracting(GrantedAuthority::getAuthority).containsExactly("platform-admin");
	}

	@Test
	void anEditorMayDoWhatAChampionMayButNotWhatATenantAdminMay() {
		var swaleEditor = new TestingAuthenticationToken("sam", "n/a",
				List.of(new Membership("swale", TenantRole.EDITOR)));

		assertThat(TenantAccess.allows(swaleEditor, "swale", TenantRole.CHAMPION)).isTrue();
		assertThat(TenantAccess.allows(swaleEditor, "swale", TenantRole.EDITOR)).isTrue();
		assertThat(TenantAccess.allows(swaleEditor, "swale", TenantRole.TENANT_ADMIN)).isFalse();
	}

	@Test
	void aRoleInOneTenantGivesNothingInAnother() {
		var swaleEditor = new TestingAuthenticationToken("sam", "n/a",
				List.of(new Membership("swale", TenantRole.EDITOR)));

		assertThat(TenantAccess.allows(swaleEditor, "canterbury", TenantRole.MEMBER)).isFalse();
	}

	@Test
	void aPlatformAdminMayActInEveryTenant() {
		var admin = new TestingAuthenticationToken("pat", "n/a", "platform-admin");

		assertThat(TenantAccess.allows(admin, "hounslow", TenantRole.TENANT_ADMIN)).isTrue();
	}

	@Test
	void membershipsSurviveTheRoundTripThroughPlainAuthorityStrings() {
		var fromStrings = Membership.among(List.of(() -> "tenant:south-derbyshire:tenant-admin", () -> "other"));

		assertThat(fromStrings).containsExactly(new Membership("south-derbyshire", TenantRole.TENANT_ADMIN));
		assertThat(fromStrings.get(0).groupPath()).isEqualTo("/tenants/south-derbyshire/tenant-admin");
	}

}
