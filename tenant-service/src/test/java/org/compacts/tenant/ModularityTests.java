package org.compacts.tenant;

import org.compacts.testkit.Modularity;
import org.junit.jupiter.api.Test;

/**
 * Each package under {@code org.compacts.tenant} is a module: none reaches into another's
 * internals, and none depends on another in a cycle. The diagrams are written to
 * {@code docs/modules/tenant-service} and committed ({@link Modularity}).
 */
class ModularityTests {

	@Test
	void modulesOnlyUseEachOthersPublicTypesWithoutCyclesAndAreDocumented() {
		Modularity.verifyAndDocument(TenantServiceApplication.class);
	}

}
