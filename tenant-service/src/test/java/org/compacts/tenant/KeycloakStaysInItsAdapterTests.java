package org.compacts.tenant;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak's admin client brings RESTEasy, JAX-RS and Jackson 2; the service is Spring
 * with Jackson 3. Only {@code membership.KeycloakDirectory} may touch the former: every
 * other class of the service is read here, and the names of the classes it refers to (its
 * constant pool) must name none of them.
 */
class KeycloakStaysInItsAdapterTests {

	private static final List<String> FOREIGN = List.of("org/keycloak/", "org/jboss/resteasy/", "jakarta/ws/rs/",
			"com/fasterxml/jackson/");

	private static final String ADAPTER = "org/compacts/tenant/membership/KeycloakDirectory";

	@Test
	void noClassButTheDirectoryAdapterRefersToKeycloakResteasyJaxRsOrJackson2() throws Exception {
		Path classes = classesOfTheService();
		List<Path> all;
		try (Stream<Path> files = Files.walk(classes)) {
			all = files.filter(file -> file.toString().endsWith(".class")).toList();
		}

		assertThat(all).as("the service's classes").hasSizeGreaterThan(20);
		assertThat(all).filteredOn(file -> isAdapter(classes, file))
			.isNotEmpty()
			.allSatisfy(file -> assertThat(foreignNamesIn(file)).as("the adapter uses Keycloak's client")
				.contains("org/keycloak/"));
		assertThat(all).filteredOn(file -> !isAdapter(classes, file))
			.allSatisfy(file -> assertThat(foreignNamesIn(file)).as(classes.relativize(file).toString()).isEmpty());
	}

	private static Path classesOfTheService() throws URISyntaxException {
		return Path.of(TenantServiceApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
	}

	private static boolean isAdapter(Path classes, Path file) {
		String name = classes.relativize(file).toString().replace('\\', '/');
		return name.equals(ADAPTER + ".class") || name.startsWith(ADAPTER + "$");
	}

	private static List<String> foreignNamesIn(Path file) {
		try {
			// class names in a class file's constant pool are modified UTF-8: plain ASCII
			// for these packages
			String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
			return FOREIGN.stream().filter(content::contains).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
