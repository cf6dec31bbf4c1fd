package org.compacts.testkit;

import java.sql.Connection;
import java.sql.SQLException;

import org.testcontainers.postgresql.PostgreSQLContainer;

/** The same PostgreSQL as a Testcontainers container, when a Docker engine answers. */
final class ContainerPostgresServer implements PostgresServer {

	private final PostgreSQLContainer container;

	private ContainerPostgresServer(PostgreSQLContainer container) {
		this.container = container;
	}

	static ContainerPostgresServer start(String image) {
		PostgreSQLContainer container = new PostgreSQLContainer(image).withUsername("postgres")
			.withPassword("postgres")
			.withDatabaseName("postgres");
		container.start();
		return new ContainerPostgresServer(container);
	}

	@Override
	public String host() {
		return container.getHost();
	}

	@Override
	public int port() {
		return container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT);
	}

	@Override
	public Connection connectAsSuperuser(String database) throws SQLException {
		return PostgresServer.connect(host(), port(), database, "postgres", "postgres");
	}

	@Override
	public void close() {
		container.stop();
	}

}
