package org.compacts.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keycloak from its distribution zip on Maven Central
 * ({@code org.keycloak:keycloak-quarkus-dist}), run as a child process in development
 * mode on a PostgreSQL database of ours.
 */
final class DistributionKeycloakServer implements KeycloakServer {

	private static final Logger log = LoggerFactory.getLogger(DistributionKeycloakServer.class);

	private static final String ADMIN = "admin";

	private final Process process;

	private final String url;

	private final String adminPassword;

	private DistributionKeycloakServer(Process process, String url, String adminPassword) {
		this.process = process;
		this.url = url;
		this.adminPassword = adminPassword;
	}

	/**
	 * @param home where the distribution is unpacked (once) and run from
	 * @param database the database Keycloak keeps its realms in
	 * @param logFile where Keycloak's own output goes
	 */
	static DistributionKeycloakServer start(Path home, int port, int managementPort, Database database, Path logFile,
			Duration timeout) {
		return start(home, port, managementPort, database, logFile, timeout, ADMIN);
	}

	/**
	 * @param adminPassword the master realm administrator's password
	 */
	static DistributionKeycloakServer start(Path home, int port, int managementPort, Database database, Path logFile,
			Duration timeout, String adminPassword) {
		unpackOnce(home);
		try {
			Path imports = Files.createDirectories(home.resolve("data/import"));
			try (InputStream realm = Objects.requireNonNull(
					DistributionKeycloakServer.class.getResourceAsStream("/keycloak/compacts-realm.json"),
					"keycloak/compacts-realm.json is missing from the testkit jar")) {
				Files.copy(realm, imports.resolve("compacts-realm.json"), StandardCopyOption.REPLACE_EXISTING);
			}
			Files.createDirectories(logFile.getParent());
			String url = "http://127.0.0.1:" + port;
			List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
					"--import-realm", "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=" + url,
					"--http-management-port=" + managementPort, "--health-enabled=true", "--db=postgres",
					"--db-url=" + database.jdbcUrl(), "--db-username=" + database.ownerUser(),
					"--db-password=" + database.ownerPassword()));
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
				.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
			builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
			builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
			builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
			// Keycloak sizes its heap from the machine's memory otherwise (70 % of 24 GiB
			// here).
			builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m -XX:MaxMetaspaceSize=256m");
			log.info("Starting Keycloak {} on {} (log: {})", home.getFileName(), url, logFile);
			Process process = builder.start();
			DistributionKeycloakServer server = new DistributionKeycloakServer(process, url, adminPassword);
			try {
				server.awaitRealm(timeout, logFile);
			}
			catch (RuntimeException ex) {
				server.close();
				throw ex;
			}
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Keycloak did not start: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The zip as Maven downloaded it into the local repository while building the
	 * testkit.
	 */
	static Path distributionZip() {
		String version = TestkitSettings.get("keycloak.version");
		String repository = TestkitSettings.get("maven.local-repository");
		if (repository == null || repository.isBlank() || repository.contains("@")) {
			repository = System.getProperty("user.home") + "/.m2/repository";
		}
		return Path.of(repository, "org/keycloak/keycloak-quarkus-dist", version,
				"keycloak-quarkus-dist-" + version + ".zip");
	}

	/**
	 * Why Keycloak cannot start from this home, or empty when it can: checked before
	 * anything starts.
	 */
	static java.util.Optional<String> missingDistribution(Path home) {
		if (Files.isExecutable(home.resolve("bin/kc.sh")) || Files.isRegularFile(distributionZip())) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of("Keycloak distribution missing: " + distributionZip()
				+ " (./mvnw package -DskipTests downloads it from Maven Central)");
	}

	private static void unpackOnce(Path home) {
		if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
			return;
		}
		Path zip = distributionZip();
		missingDistribution(home).ifPresent(problem -> {
			throw new IllegalStateException(problem);
		});
		try {
			Files.createDirectories(home.getParent());
			Path lockFile = home.resolveSibling(home.getFileName() + ".lock");
			try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
					FileLock lock = channel.lock()) {
				if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
					return;
				}
				log.info("Unpacking {} into {}", zip.getFileName(), home);
				Path staging = Files.createTempDirectory(home.getParent(), home.getFileName() + ".unpacking");
				unzipStrippingTopFolder(zip, staging);
				Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not unpack " + zip + " into " + home + ": " + ex.getMessage(), ex);
		}
	}

	private static void unzipStrippingTopFolder(Path zip, Path target) throws IOException {
		try (ZipFile file = new ZipFile(zip.toFile())) {
			Enumeration<? extends ZipEntry> entries = file.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				String name = entry.getName();
				int slash = name.indexOf('/');
				if (slash < 0 || slash == name.length() - 1) {
					continue;
				}
				Path out = target.resolve(name.substring(slash + 1)).normalize();
				if (!out.startsWith(target)) {
					throw new IOException("Zip entry outside the target folder: " + name);
				}
				if (entry.isDirectory()) {
					Files.createDirectories(out);
					continue;
				}
				Files.createDirectories(out.getParent());
				try (InputStream in = file.getInputStream(entry)) {
					Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
				}
				if (name.endsWith(".sh")) {
					out.toFile().setExecutable(true);
				}
			}
		}
	}

	private void awaitRealm(Duration timeout, Path logFile) {
		Readiness.awaitOk("Keycloak", URI.create(issuer() + "/.well-known/openid-configuration"), process, timeout,
				() -> false, logFile);
	}

	@Override
	public String url() {
		return url;
	}

	@Override
	public String adminUser() {
		return ADMIN;
	}

	@Override
	public String adminPassword() {
		return this.adminPassword;
	}

	Process process() {
		return this.process;
	}

	@Override
	public void close() {
		ChildProcesses.stop(process, Duration.ofSeconds(30));
	}

}
