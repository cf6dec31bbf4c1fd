package org.compacts.testkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.compacts.testkit.SharedKeycloakState.ProcessRef;

/**
 * The process that stops a Maven run's shared Keycloak and its PostgreSQL once the Maven
 * process has ended, however it ended. It runs on the testkit's classes alone (JDK types
 * only), because the test JVM that launched it is gone long before.
 */
final class KeycloakWatchdog {

	private KeycloakWatchdog() {
	}

	/** Starts the watchdog for this state, detached from this JVM. */
	static ProcessRef launch(Path directory, SharedKeycloakState state) {
		try {
			String classes = Path.of(KeycloakWatchdog.class.getProtectionDomain().getCodeSource().getLocation().toURI())
				.toString();
			Path log = directory.resolve("watchdog.log");
			Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-Xmx16m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classes,
					KeycloakWatchdog.class.getName(), directory.toString(), state.owner().toString(),
					state.keycloak().toString(), state.postgres().toString(), state.postgresData())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
				.start();
			return ProcessRef.of(process.toHandle());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the Keycloak watchdog: " + ex.getMessage(), ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @param args the state folder, then the owner, Keycloak and PostgreSQL as
	 * {@code pid@start}, then PostgreSQL's data folder
	 */
	public static void main(String[] args) throws Exception {
		Path directory = Path.of(args[0]);
		ProcessRef owner = ProcessRef.parse(args[1]);
		ProcessRef keycloak = ProcessRef.parse(args[2]);
		ProcessRef postgres = ProcessRef.parse(args[3]);
		Path postgresData = Path.of(args[4]);
		say("watching Maven " + owner + " for Keycloak " + keycloak + " and PostgreSQL " + postgres);
		while (owner.isAlive() && (keycloak.isAlive() || postgres.isAlive())) {
			Thread.sleep(1000);
		}
		say("Maven " + owner + " has ended: stopping Keycloak and its PostgreSQL");
		// Keycloak first: PostgreSQL's SIGTERM (smart shutdown) waits for its clients.
		keycloak.handle().ifPresent(process -> stop(process, Duration.ofSeconds(30)));
		postgres.handle().ifPresent(process -> stop(process, Duration.ofSeconds(30)));
		Path lockFile = directory.resolve("state.lock");
		Path stateFile = directory.resolve("state.properties");
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = channel.lock()) {
			SharedKeycloakState state = Files.isRegularFile(stateFile)
					? SharedKeycloakState.parse(Files.readString(stateFile)) : null;
			// A new run may have replaced it already; its state is not ours to remove.
			if (state == null || state.keycloak().equals(keycloak)) {
				Files.deleteIfExists(stateFile);
				deleteRecursively(postgresData);
			}
		}
		say("done");
	}

	/**
	 * Asks politely (SIGTERM) first, then forcibly once the grace period is over, the
	 * process and everything it started.
	 */
	static void stop(ProcessHandle process, Duration grace) {
		// kc.sh runs Keycloak's JVM as its child: both are asked at once.
		List<ProcessHandle> all = new java.util.ArrayList<>(process.descendants().toList());
		all.add(0, process);
		all.forEach(ProcessHandle::destroy);
		for (ProcessHandle each : all) {
			try {
				each.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (Exception ex) {
				say("process " + each.pid() + " did not stop within " + grace.toSeconds() + " s: killing it");
				each.destroyForcibly();
			}
		}
	}

	/** Best effort: what stays is removed by the next run or by {@code mvn clean}. */
	static void deleteRecursively(Path path) {
		if (!Files.exists(path)) {
			return;
		}
		try (var walk = Files.walk(path)) {
			List<Path> all = new java.util.ArrayList<>(walk.toList());
			java.util.Collections.reverse(all);
			for (Path each : all) {
				Files.deleteIfExists(each);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			say("could not delete " + path + ": " + ex.getMessage());
		}
	}

	private static void say(String message) {
		System.out.println(Instant.now() + " " + message);
	}

}
