package org.compacts.sync;

import java.nio.file.Path;

import org.compacts.testkit.ModuleDocs;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each package under {@code org.compacts.sync} is a module: none reaches into another's
 * internals, and none depends on another in a cycle. The diagrams of the modules and
 * their dependencies are written to {@code docs/modules/sync-service} and committed, so a
 * change of structure shows in review.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(SyncServiceApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicTypesWithoutCycles() {
		modules.verify();
	}

	@Test
	void writesTheModuleDiagramsToTheDocs() {
		String folder = ModuleDocs.folderFor(ModularityTests.class);

		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder)).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		ModuleDocs.sortDiagrams(folder);

		assertThat(Path.of(folder, "components.puml")).isRegularFile();
	}

}
