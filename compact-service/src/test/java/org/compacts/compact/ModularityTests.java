package org.compacts.compact;

import org.compacts.testkit.Modularity;
import org.junit.jupiter.api.Test;

/**
 * Each package under {@code org.compacts.compact} is a module: none reaches into
 * another's internals, and none depends on another in a cycle. The diagrams are written
 * to {@code docs/modules/compact-service} and committed ({@link Modularity}).
 */
class ModularityTests {

	@Test
	void modulesOnlyUseEachOthersPublicTypesWithoutCyclesAndAreDocumented() {
		Modularity.verifyAndDocument(CompactServiceApplication.class);
	}

}
