package org.compacts.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The servers of one test JVM: each starts on first use, is shared by every test class
 * after that, and stops when the JVM exits; except Keycloak, which the test JVMs of one
 * Maven run share ({@link SharedKeycloak}).
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
			// One per Maven run where it can be: a start costs 40-90 s per test JVM.
			Optional<KeycloakServer> shared = (runtime() == ServerRuntime.EMBEDDED) ? SharedKeycloak.acquire(home)
					: Optional.empty();
			keycloak = shared.orElseGet(() -> stopAtExit(
					runtime().startKeycloak(postgres(), home, Path.of("target", "testkit-keycloak.log"))));
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
	 * Stops the server when the JVM exits, after the Spring applications in it have
	 * closed when there are any: JVM shutdown hooks run all at once, and an application
	 * still closing (flushing its Kafka producer, reading its outbox) would otherwise
	 * wait for a server already gone. Spring Boot runs its shutdown handlers after
	 * closing its applications, but only in a JVM where an application registered Boot's
	 * shutdown hook; so a JVM hook of our own stops the server too, at once when Boot's
	 * hook is not running, else once Boot's handlers have (or after 25 s, within
	 * surefire's 30 s).
	 */
	private static <T extends AutoCloseable> T stopAtExit(T server) {
		AtomicBoolean stopped = new AtomicBoolean();
		CountDownLatch stoppedBySpring = new CountDownLatch(1);
		Runnable stop = () -> {
			if (stopped.compareAndSet(false, true)) {
				try {
					server.close();
				}
				catch (Exception ex) {
					// the JVM is going away; nothing useful to do
				}
			}
		};
		if (isPresent("org.springframework.boot.SpringApplication")) {
			org.springframework.boot.SpringApplication.getShutdownHandlers().add(() -> {
				stop.run();
				stoppedBySpring.countDown();
			});
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			if (springIsShuttingDown()) {
				awaitQuietly(stoppedBySpring, Duration.ofSeconds(25));
			}
			stop.run();
		}, "testkit-stop-" + server.getClass().getSimpleName()));
		return server;
	}

	/**
	 * Boot's hook thread, started with ours when the JVM exits, if Boot registered it at
	 * all.
	 */
	private static boolean springIsShuttingDown() {
		long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
		while (System.nanoTime() < deadline) {
			if (Thread.getAllStackTraces()
				.keySet()
				.stream()
				.anyMatch(t -> "SpringApplicationShutdownHook".equals(t.getName()))) {
				return true;
			}
			awaitQuietly(new CountDownLatch(1), Duration.ofMillis(50));
		}
		return false;
	}

	private static void awaitQuietly(CountDownLatch latch, Duration timeout) {
		try {
			latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
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
