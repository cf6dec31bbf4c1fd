package org.compacts.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Waits for a server we started as a child process to answer 200, or says in one line why
 * it did not.
 */
public final class Readiness {

	private static final Duration DEFAULT_START_LIMIT = Duration.ofMinutes(4);

	private Readiness() {
	}

	/**
	 * How long a server we start may take to answer: four minutes, or the ISO-8601
	 * duration in {@code compacts.start-limit} (system property) or
	 * {@code COMPACTS_START_LIMIT} (environment). On a shared, loaded machine Keycloak
	 * alone can take longer than four minutes, and a run that gives up before its tests
	 * start proves nothing.
	 */
	public static Duration startLimit() {
		String value = System.getProperty("compacts.start-limit", System.getenv("COMPACTS_START_LIMIT"));
		if (value == null || value.isBlank()) {
			return DEFAULT_START_LIMIT;
		}
		try {
			return Duration.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					"compacts.start-limit must be an ISO-8601 duration such as PT8M, not '" + value + "'", ex);
		}
	}

	/**
	 * @param what the server, as the message should name it
	 * @param stopping asked between attempts: when true, the wait ends at once
	 * @param log where the server writes, for the reader of the message
	 */
	public static void awaitOk(String what, URI url, Process process, Duration timeout, BooleanSupplier stopping,
			Path log) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build();
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (stopping.getAsBoolean()) {
				throw new IllegalStateException("stopped during start-up");
			}
			if (!process.isAlive()) {
				throw new IllegalStateException(
						what + " stopped during start-up (exit code " + process.exitValue() + "); see " + log);
			}
			try {
				if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting for " + what, ex);
			}
			try {
				process.waitFor(500, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting for " + what, ex);
			}
		}
		throw new IllegalStateException(what + " was not ready within " + timeout.toSeconds() + " s; see " + log);
	}

}
