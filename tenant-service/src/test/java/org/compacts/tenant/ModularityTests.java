package org.compacts.tenant;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Each package under org.compacts.tenant is a module; none reaches into another's
 * internals or cycles.
 */
class ModularityTests {

	@Test
	void modulesOnlyUseEachOthersPublicTypesWithoutCycles() {
		ApplicationModules.of(TenantServiceApplication.class).verify();
	}

}
