package org.compacts.testkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The Maven-artifact form of each server on fixed ports and kept data folders: what the
 * embedded default (infra/devstack) runs. Tests use {@link TestServers} instead.
 */
public final class EmbeddedServers {

	private EmbeddedServers() {
	}

	public static PostgresServer postgres(int port, Path dataDirectory) {
		return EmbeddedPostgresServer.start(port, dataDirectory, true);
	}

	public static KafkaServer kafka(int port, int controllerPort, Path logDirectory) {
		return EmbeddedKafkaServer.start(port, controllerPort, logDirectory);
	}

	/**
	 * Why {@link #keycloak} would fail for want of its download, or empty when it would
	 * not.
	 */
	public static Optional<String> keycloakMissing(Path home) {
		return DistributionKeycloakServer.missingDistribution(home);
	}

	public static KeycloakServer keycloak(Path home, int port, int managementPort, Database database, Path logFile,
			Duration timeout) {
		return DistributionKeycloakServer.start(home, port, managementPort, database, logFile, timeout);
	}

}
