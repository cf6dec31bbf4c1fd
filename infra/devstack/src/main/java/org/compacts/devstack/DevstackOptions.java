package org.compacts.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.compacts.testkit.Ports;

/**
 * What the devstack runs and where.
 *
 * @param projectRoot the checkout, where each service's jar is built
 * ({@code <service>/target/<service>.jar})
 * @param dataDirectory everything the stack keeps between runs, and its logs
 * @param ports by component, every one on 127.0.0.1
 */
public record DevstackOptions(Path projectRoot, Path dataDirectory, Map<String, Integer> ports) {

	public static final String POSTGRES = "postgres";

	public static final String KAFKA = "kafka";

	public static final String KAFKA_CONTROLLER = "kafka-controller";

	public static final String KEYCLOAK = "keycloak";

	public static final String SMTP = "smtp";

	public static final String KEYCLOAK_MANAGEMENT = "keycloak-management";

	/**
	 * The services in the order they are listed; the gateway comes last because it fronts
	 * the others.
	 */
	public static final String[] SERVICES = { "tenant-service", "compact-service", "sync-service", "portal",
			"gateway" };

	public DevstackOptions {
		ports = Map.copyOf(ports);
	}

	/**
	 * The fixed ports the services' own configuration expects, and data under
	 * {@code .devstack/}.
	 */
	public static DevstackOptions defaults(Path projectRoot) {
		Map<String, Integer> ports = new LinkedHashMap<>();
		ports.put(POSTGRES, 15432);
		ports.put(KAFKA, 19092);
		ports.put(KAFKA_CONTROLLER, 19093);
		ports.put(KEYCLOAK, 8180);
		ports.put(KEYCLOAK_MANAGEMENT, 19000);
		ports.put(SMTP, 3025);
		ports.put("gateway", 8080);
		ports.put("portal", 8081);
		ports.put("tenant-service", 8082);
		ports.put("compact-service", 8083);
		ports.put("sync-service", 8084);
		return new DevstackOptions(projectRoot, projectRoot.resolve(".devstack"), ports);
	}

	/**
	 * Every port free-chosen: for tests that run the stack beside anything else on the
	 * machine.
	 */
	public static DevstackOptions onFreePorts(Path projectRoot, Path dataDirectory) {
		Map<String, Integer> ports = new LinkedHashMap<>();
		defaults(projectRoot).ports().keySet().forEach(component -> ports.put(component, Ports.free()));
		return new DevstackOptions(projectRoot, dataDirectory, ports);
	}

	/**
	 * The checkout that holds this directory: the first parent with the Maven wrapper and
	 * a pom.
	 */
	public static Path findProjectRoot(Path start) {
		for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isRegularFile(dir.resolve("pom.xml"))
					&& Files.isDirectory(dir.resolve("gateway"))) {
				return dir;
			}
		}
		throw new StartupProblem("cannot find the Compacts checkout above " + start.toAbsolutePath()
				+ ": run the devstack from inside it");
	}

	public int port(String component) {
		Integer port = ports.get(component);
		if (port == null) {
			throw new IllegalArgumentException("no port for " + component);
		}
		return port;
	}

	public String url(String component) {
		return "http://127.0.0.1:" + port(component);
	}

	public Path logs() {
		return dataDirectory.resolve("logs");
	}

	public Path jar(String service) {
		return projectRoot.resolve(service).resolve("target").resolve(service + ".jar");
	}

}
