package org.compacts.testkit;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Where a service's generated module documentation is kept: {@code docs/modules/<module>}
 * of the repository, found from the test's own classes rather than the working directory,
 * so that Maven, an IDE or a single test run write the same committed files.
 */
public final class ModuleDocs {

	private ModuleDocs() {
	}

	/**
	 * @param testClass a test class of the module, compiled to
	 * {@code <module>/target/test-classes}
	 * @return the absolute path of {@code docs/modules/<module>} beside the module
	 */
	public static String folderFor(Class<?> testClass) {
		try {
			Path testClasses = Path.of(testClass.getProtectionDomain().getCodeSource().getLocation().toURI());
			Path module = testClasses.getParent().getParent();
			return module.resolveSibling("docs").resolve("modules").resolve(module.getFileName()).toString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException("cannot locate the classes of " + testClass, ex);
		}
	}

}
