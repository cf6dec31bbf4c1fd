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

	private static <T extends AutoCloseable> T stopAtExit(T server) {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				server.close();
			}
			catch (Exception ex) {
				// the JVM is going away; nothing useful to do
			}
		}, "testkit-stop-" + server.getClass().getSimpleName()));
		return server;
	}

}
