package org.compacts.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

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

	/**
	 * Puts the components and relations of every PlantUML file in the folder in a fixed
	 * order: the Documenter writes them in the order of hash sets, so the committed files
	 * would otherwise change between two runs on an unchanged structure.
	 */
	public static void sortDiagrams(String folder) {
		try (Stream<Path> files = Files.list(Path.of(folder))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
				Files.write(file, sorted(Files.readAllLines(file)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Each run of consecutive lines of one kind (Component, Rel) sorted. */
	static List<String> sorted(List<String> lines) {
		List<String> result = new ArrayList<>();
		List<String> run = new ArrayList<>();
		@Nullable String runKind = null;
		for (String line : lines) {
			String kind = kindOf(line);
			if (runKind != null && !runKind.equals(kind)) {
				run.sort(null);
				result.addAll(run);
				run.clear();
			}
			runKind = kind;
			if (kind == null) {
				result.add(line);
			}
			else {
				run.add(line);
			}
		}
		run.sort(null);
		result.addAll(run);
		return result;
	}

	private static @Nullable String kindOf(String line) {
		String trimmed = line.strip();
		if (trimmed.startsWith("Component(")) {
			return "Component";
		}
		return trimmed.startsWith("Rel(") ? "Rel" : null;
	}

}
