package org.compacts.servicekit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TenantPathsTest {

	@Test
	void findsTheTenantOfACompactPath() {
		assertThat(TenantPaths.tenantOf("/api/t/south-derbyshire/codes/42")).contains("south-derbyshire");
	}

	@Test
	void findsTheTenantOfARegistryPath() {
		assertThat(TenantPaths.tenantOf("/api/tenants/kent")).contains("kent");
		assertThat(TenantPaths.tenantOf("/api/tenants/kent/members")).contains("kent");
	}

	@Test
	void namesNoTenantForTheRegistryItselfOrOtherPaths() {
		assertThat(TenantPaths.tenantOf("/api/tenants")).isEmpty();
		assertThat(TenantPaths.tenantOf("/actuator/health")).isEmpty();
		assertThat(TenantPaths.tenantOf(null)).isEmpty();
	}

	@Test
	void ignoresSomethingThatIsNotASlug() {
		assertThat(TenantPaths.tenantOf("/api/t/Kent%20County/codes")).isEmpty();
		assertThat(TenantPaths.tenantOf("/api/t/../admin")).isEmpty();
	}

}
