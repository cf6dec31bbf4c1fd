package org.compacts.gateway;

import org.compacts.testkit.Modularity;
import org.junit.jupiter.api.Test;

/**
 * Each package under {@code org.compacts.gateway} is a module: none reaches into
 * another's internals, and none depends on another in a cycle. The diagrams are written
 * to {@code docs/modules/gateway} and committed ({@link Modularity}).
 */
class ModularityTests {

	@Test
	void modulesOnlyUseEachOthersPublicTypesWithoutCyclesAndAreDocumented() {
		Modularity.verifyAndDocument(GatewayApplication.class);
	}

}
