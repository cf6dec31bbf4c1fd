package org.compacts.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.compacts.testkit.SharedKeycloakState.Decision;
import org.compacts.testkit.SharedKeycloakState.ProcessRef;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Keycloak per Maven run, shared by the test JVMs of every module: a start costs
 * 40-90 s, and each module's JVM used to pay it. The first JVM that asks starts it (on a
 * PostgreSQL cluster of its own, so that it outlives that JVM) and records it in
 * {@code target/testkit-keycloak/state.properties} under the reactor root; later JVMs of
 * the same Maven process reuse it once it answers, after putting the {@code compacts}
 * realm back as committed, so each JVM sees the realm as fresh as its own start gave it.
 * A watchdog process stops it when the Maven process ends; a run that finds a dead run's
 * state stops what that run left first. Outside Maven (an IDE), or while another JVM of
 * the run still uses it (modules built in parallel), a JVM starts its own as before.
 */
final class SharedKeycloak {

	private static final Logger log = LoggerFactory.getLogger(SharedKeycloak.class);

	/** The main class of Maven's launcher, on the command line of every {@code mvn}. */
	private static final String MAVEN_LAUNCHER = "org.codehaus.plexus.classworlds.launcher.Launcher";

	private static final String ADMIN = "admin";

	private SharedKeycloak() {
	}

	/**
	 * The Keycloak of this Maven run, or empty when this JVM should start its own: not
	 * forked by Maven, no reactor root, or the run's Keycloak still in use by another
	 * JVM.
	 */
	static Optional<KeycloakServer> acquire(Path home) {
		if ("false".equals(System.getProperty("compacts.testkit.shared-keycloak"))) {
			return Optional.empty();
		}
		Optional<ProcessHandle> maven = mavenProcess(ProcessHandle.current());
		Optional<Path> root = reactorRoot(System.getProperty("maven.multiModuleProjectDirectory"),
				Path.of("").toAbsolutePath());
		if (maven.isEmpty() || root.isEmpty()) {
			log.info("Keycloak of this JVM only: {}", maven.isEmpty() ? "not forked by Maven" : "no reactor root");
			return Optional.empty();
		}
		Path directory = root.get().resolve("target/testkit-keycloak");
		try {
			Files.createDirectories(directory);
			try (FileChannel channel = FileChannel.open(directory.resolve("state.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
				return Optional.ofNullable(underLock(home, directory, ProcessRef.of(maven.get())));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not use " + directory + ": " + ex.getMessage(), ex);
		}
	}

	private static @Nullable KeycloakServer underLock(Path home, Path directory, ProcessRef owner) throws IOException {
		Path stateFile = directory.resolve("state.properties");
		ProcessRef me = ProcessRef.of(ProcessHandle.current());
		SharedKeycloakState found = Files.isRegularFile(stateFile)
				? SharedKeycloakState.parse(Files.readString(stateFile)) : null;
		Decision decision = SharedKeycloakState.decide(found, owner, me, ProcessRef::isAlive);
		if (decision == Decision.PRIVATE) {
			log.info("Keycloak of this JVM only: the shared one at {} belongs to another live run or JVM", directory);
			return null;
		}
		if (decision == Decision.REUSE && found != null) {
			Shared reused = new Shared(found);
			if (answers(found.url())) {
				long started = System.nanoTime();
				new RealmAdmin(reused).replaceRealm(committedRealm());
				write(stateFile, found.usedBy(me, ProcessRef::isAlive));
				log.info("Reusing Keycloak of this Maven run at {} (pid {}), realm {} reset in {} ms", found.url(),
						found.keycloak().pid(), KeycloakServer.REALM,
						Duration.ofNanos(System.nanoTime() - started).toMillis());
				return reused;
			}
			log.info("The shared Keycloak at {} does not answer: starting a new one", found.url());
		}
		if (found != null) {
			stopLeftovers(found);
		}
		Files.deleteIfExists(stateFile);
		return start(home, directory, stateFile, owner, me);
	}

	private static KeycloakServer start(Path home, Path directory, Path stateFile, ProcessRef owner, ProcessRef me)
			throws IOException {
		Path postgresData = directory.resolve("postgres");
		KeycloakWatchdog.deleteRecursively(postgresData);
		EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(Ports.free(), postgresData, false);
		DistributionKeycloakServer keycloak;
		byte[] secret = new byte[12];
		new SecureRandom().nextBytes(secret);
		String password = HexFormat.of().formatHex(secret);
		try {
			keycloak = DistributionKeycloakServer.start(home, Ports.free(), Ports.free(), postgres.database("keycloak"),
					directory.resolve("keycloak.log"), Readiness.startLimit(), password);
		}
		catch (RuntimeException ex) {
			postgres.close();
			throw ex;
		}
		SharedKeycloakState state = new SharedKeycloakState(owner, ProcessRef.of(keycloak.process().toHandle()),
				ProcessRef.of(postgres.postmaster()), null, keycloak.url(), ADMIN, password, postgresData.toString(),
				List.of(me));
		ProcessRef watchdog;
		try {
			watchdog = KeycloakWatchdog.launch(directory, state);
		}
		catch (RuntimeException ex) {
			keycloak.close();
			postgres.close();
			throw ex;
		}
		write(stateFile, state.withWatchdog(watchdog));
		log.info("Started Keycloak for this Maven run (pid {}) at {}, shared by its test JVMs until Maven {} ends",
				keycloak.process().pid(), keycloak.url(), owner.pid());
		return new Shared(state);
	}

	/** Stops what a dead run (or a Keycloak that stopped answering) left running. */
	static void stopLeftovers(SharedKeycloakState state) {
		for (ProcessRef process : state.processes()) {
			process.handle().ifPresent(handle -> {
				log.info("Stopping process {} left by an earlier test run", handle.pid());
				KeycloakWatchdog.stop(handle, Duration.ofSeconds(20));
			});
		}
		KeycloakWatchdog.deleteRecursively(Path.of(state.postgresData()));
	}

	/**
	 * Maven's own process among this JVM's ancestors: surefire and failsafe fork test
	 * JVMs through a shell.
	 */
	static Optional<ProcessHandle> mavenProcess(ProcessHandle from) {
		Optional<ProcessHandle> ancestor = from.parent();
		for (int depth = 0; depth < 4 && ancestor.isPresent(); depth++) {
			ProcessHandle process = ancestor.get();
			if (isMaven(process.info().commandLine().orElse(""))) {
				return ancestor;
			}
			ancestor = process.parent();
		}
		return Optional.empty();
	}

	static boolean isMaven(String commandLine) {
		return commandLine.contains(MAVEN_LAUNCHER);
	}

	/**
	 * Where the Maven run's state goes: the reactor root Maven names, else the nearest
	 * folder upward that holds {@code mvnw}. So two checkouts never share one Keycloak.
	 */
	static Optional<Path> reactorRoot(@Nullable String multiModuleProjectDirectory, Path workingDirectory) {
		if (multiModuleProjectDirectory != null && !multiModuleProjectDirectory.isBlank()
				&& Files.isDirectory(Path.of(multiModuleProjectDirectory))) {
			return Optional.of(Path.of(multiModuleProjectDirectory).toAbsolutePath());
		}
		for (Path dir = workingDirectory.toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("mvnw"))) {
				return Optional.of(dir);
			}
		}
		return Optional.empty();
	}

	private static boolean answers(String url) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		try {
			return http
				.send(HttpRequest.newBuilder(URI.create(url + "/realms/master/.well-known/openid-configuration"))
					.timeout(Duration.ofSeconds(10))
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	static String committedRealm() {
		try (InputStream realm = Objects.requireNonNull(
				SharedKeycloak.class.getResourceAsStream("/keycloak/compacts-realm.json"),
				"keycloak/compacts-realm.json is missing from the testkit jar")) {
			return new String(realm.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path stateFile, SharedKeycloakState state) throws IOException {
		Path next = stateFile.resolveSibling(stateFile.getFileName() + ".next");
		Files.writeString(next, state.format());
		Files.move(next, stateFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	/** The run's Keycloak as one JVM sees it: the watchdog stops it, not this JVM. */
	private record Shared(String url, String adminUser, String adminPassword) implements KeycloakServer {

		Shared(SharedKeycloakState state) {
			this(state.url(), state.adminUser(), state.adminPassword());
		}

		@Override
		public void close() {
		}

		@Override
		public String toString() {
			return "shared Keycloak at " + this.url;
		}

	}

}
