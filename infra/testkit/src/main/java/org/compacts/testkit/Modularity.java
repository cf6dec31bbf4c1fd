package org.compacts.testkit;

import java.nio.file.Path;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service's {@code ModularityTests} checks, in one call: each package under
 * the application's package is a module, none reaches into another's internals, and none
 * depends on another in a cycle. The diagrams of the modules and their dependencies are
 * written to {@code docs/modules/<module>} and committed, so a change of structure shows
 * in review.
 */
public final class Modularity {

	private Modularity() {
	}

	/**
	 * Writes the diagrams first, so that a structure that fails the check can be seen in
	 * them, then verifies it.
	 * @param application the service's {@code @SpringBootApplication} class, compiled to
	 * {@code <module>/target/classes}
	 */
	public static void verifyAndDocument(Class<?> application) {
		ApplicationModules modules = ApplicationModules.of(application);
		String folder = ModuleDocs.folderFor(application);

		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder)).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		ModuleDocs.sortDiagrams(folder);
		assertThat(Path.of(folder, "components.puml")).isRegularFile();

		modules.verify();
	}

}
