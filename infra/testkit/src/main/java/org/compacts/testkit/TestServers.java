package org.compacts.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The servers of one test JVM: each starts on first use, is shared by every test class after that, and
 * stops when the JVM exits.
 */
public final class TestServers {

	private static ServerRuntime runtime;

	private static PostgresServer postgres;

	private static KafkaServer kafka;

	private static KeycloakServer keycloak;

	private static TestTokens tokens;

	private TestServers() {
	}

	public static synchronized PostgresServer postgres() {
		if (postgres == null) {
			postgres = stopAtExit(runtime().startPostgres());
		}
		return postgres;
	}

	public static synchronized KafkaServer kafka() {
		if (kafka == null) {
			try {
				kafka = stopAtExit(runtime().startKafka(Files.createTempDirectory("compacts-kafka")));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return kafka;
	}

	public static synchronized KeycloakServer keycloak() {
		if (keycloak == null) {
			// Unpacked once per machine and reused by every test JVM of the build.
			Path home = Path.of(System.getProperty("java.io.tmpdir"), "compacts-testkit",
					"keycloak-" + TestkitSettings.get("keycloak.version"));
			keycloak = stopAtExit(
					runtime().startKeycloak(postgres(), home, Path.of("target", "testkit-keycloak.log")));
		}
		return keycloak;
	}

	/** Real tokens for the demo users from the test JVM's Keycloak. */
	public static synchronized TestTokens tokens() {
		if (tokens == null) {
			tokens = TestTokens.from(new RealmAdmin(keycloak()));
		}
		return tokens;
	}

	private static synchronized ServerRuntime runtime() {
		if (runtime == null) {
			runtime = ServerRuntime.detect();
		}
		return runtime;
	}

	/**
	 * Stops the server when the JVM exits, after the Spring applications in it have closed when there are
	 * any: JVM shutdown hooks run all at once, and an application still closing (flushing its Kafka
	 * producer, reading its outbox) would otherwise wait for a server already gone.
	 */
	private static <T extends AutoCloseable> T stopAtExit(T server) {
		Runnable stop = () -> {
			try {
				server.close();
			}
			catch (Exception ex) {
				// the JVM is going away; nothing useful to do
			}
		};
		if (isPresent("org.springframework.boot.SpringApplication")) {
			org.springframework.boot.SpringApplication.getShutdownHandlers().add(stop);
		}
		else {
			Runtime.getRuntime().addShutdownHook(new Thread(stop, "testkit-stop-" + server.getClass().getSimpleName()));
		}
		return server;
	}

	private static boolean isPresent(String className) {
		try {
			Class.forName(className, false, TestServers.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

}
