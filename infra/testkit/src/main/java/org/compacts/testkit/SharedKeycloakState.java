package org.compacts.testkit;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * What the state file of a Maven run's shared Keycloak records, and what a test JVM
 * decides from it. Pure: it reads and writes text and asks a given oracle whether a
 * process lives, so it can be tested without starting anything. Only JDK types, because
 * the watchdog process runs it with the testkit's classes alone.
 *
 * @param owner the Maven process whose run the Keycloak belongs to
 * @param keycloak Keycloak's process (kc.sh, which execs its JVM)
 * @param postgres the postmaster of Keycloak's own PostgreSQL cluster
 * @param watchdog the process that stops both once the owner has gone
 * @param url Keycloak's base URL, on 127.0.0.1
 * @param postgresData the cluster's data folder, removed with it
 * @param users the test JVMs that have used it, for telling whether one still does
 */
record SharedKeycloakState(ProcessRef owner, ProcessRef keycloak, ProcessRef postgres, @Nullable ProcessRef watchdog,
		String url, String adminUser, String adminPassword, String postgresData, List<ProcessRef> users) {

	SharedKeycloakState {
		users = List.copyOf(users);
	}

	/**
	 * A process known by its id and start time, so that a reused id is not taken for it.
	 */
	record ProcessRef(long pid, long startMillis) {

		static final long UNKNOWN_START = -1;

		static ProcessRef parse(String text) {
			String[] parts = text.trim().split("@", 2);
			long pid = Long.parseLong(parts[0]);
			long start = (parts.length == 2) ? Long.parseLong(parts[1]) : UNKNOWN_START;
			return new ProcessRef(pid, start);
		}

		static ProcessRef of(ProcessHandle process) {
			return new ProcessRef(process.pid(),
					process.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(UNKNOWN_START));
		}

		/** The live process this names, if it still runs and started when recorded. */
		Optional<ProcessHandle> handle() {
			return ProcessHandle.of(this.pid).filter(ProcessHandle::isAlive).filter(this::sameStart);
		}

		boolean isAlive() {
			return handle().isPresent();
		}

		private boolean sameStart(ProcessHandle process) {
			if (this.startMillis == UNKNOWN_START) {
				return true;
			}
			return of(process).startMillis() == this.startMillis;
		}

		@Override
		public String toString() {
			return this.pid + "@" + this.startMillis;
		}

	}

	/** What a test JVM does with the state it finds. */
	enum Decision {

		/**
		 * No Keycloak of this run yet (or only a dead run's): clear leftovers, start one.
		 */
		START,

		/**
		 * This run's Keycloak, unused by any other live JVM: reset its realm and use it.
		 */
		REUSE,

		/**
		 * Another live Maven run's Keycloak, or one a live JVM of this run still uses
		 * (modules built in parallel): leave it alone and start one of its own, as
		 * before.
		 */
		PRIVATE

	}

	/**
	 * @param found the state file's content, if there is one
	 * @param owner the Maven process of this test JVM
	 * @param me this test JVM
	 * @param alive whether a recorded process still runs
	 */
	static Decision decide(@Nullable SharedKeycloakState found, ProcessRef owner, ProcessRef me,
			Predicate<ProcessRef> alive) {
		if (found == null) {
			return Decision.START;
		}
		if (!found.owner().equals(owner)) {
			return alive.test(found.owner()) ? Decision.PRIVATE : Decision.START;
		}
		if (!alive.test(owner) || !alive.test(found.keycloak()) || !alive.test(found.postgres())) {
			return Decision.START;
		}
		boolean usedByAnother = found.users().stream().anyMatch(user -> !user.equals(me) && alive.test(user));
		return usedByAnother ? Decision.PRIVATE : Decision.REUSE;
	}

	/** The same state with this JVM recorded as its user, and users that died dropped. */
	SharedKeycloakState usedBy(ProcessRef user, Predicate<ProcessRef> alive) {
		List<ProcessRef> living = new ArrayList<>(this.users.stream().filter(alive).toList());
		if (!living.contains(user)) {
			living.add(user);
		}
		return new SharedKeycloakState(this.owner, this.keycloak, this.postgres, this.watchdog, this.url,
				this.adminUser, this.adminPassword, this.postgresData, living);
	}

	SharedKeycloakState withWatchdog(ProcessRef watchdog) {
		return new SharedKeycloakState(this.owner, this.keycloak, this.postgres, watchdog, this.url, this.adminUser,
				this.adminPassword, this.postgresData, this.users);
	}

	/** The processes a dead run left behind, to stop before a new start. */
	List<ProcessRef> processes() {
		List<ProcessRef> processes = new ArrayList<>(List.of(this.keycloak, this.postgres));
		if (this.watchdog != null) {
			processes.add(this.watchdog);
		}
		return processes;
	}

	String format() {
		Properties properties = new Properties();
		properties.setProperty("owner", this.owner.toString());
		properties.setProperty("keycloak", this.keycloak.toString());
		properties.setProperty("postgres", this.postgres.toString());
		if (this.watchdog != null) {
			properties.setProperty("watchdog", this.watchdog.toString());
		}
		properties.setProperty("url", this.url);
		properties.setProperty("admin.user", this.adminUser);
		properties.setProperty("admin.password", this.adminPassword);
		properties.setProperty("postgres.data", this.postgresData);
		properties.setProperty("users", this.users.stream().map(ProcessRef::toString).collect(Collectors.joining(",")));
		StringWriter out = new StringWriter();
		try {
			properties.store(out, "The shared Keycloak of one Maven run (infra/testkit SharedKeycloak)");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * The recorded state, or null when the text is empty or not a whole state (a file a
	 * killed JVM left half-written): such a file counts as no state at all.
	 */
	static @Nullable SharedKeycloakState parse(String text) {
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(text));
		}
		catch (IOException | IllegalArgumentException ex) {
			return null;
		}
		try {
			String watchdog = properties.getProperty("watchdog");
			String users = properties.getProperty("users", "");
			return new SharedKeycloakState(ProcessRef.parse(required(properties, "owner")),
					ProcessRef.parse(required(properties, "keycloak")),
					ProcessRef.parse(required(properties, "postgres")),
					(watchdog == null || watchdog.isBlank()) ? null : ProcessRef.parse(watchdog),
					required(properties, "url"), required(properties, "admin.user"),
					required(properties, "admin.password"), required(properties, "postgres.data"),
					Arrays.stream(users.split(",")).filter(u -> !u.isBlank()).map(ProcessRef::parse).toList());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String required(Properties properties, String key) {
		String value = properties.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("missing " + key);
		}
		return value;
	}

	@Override
	public String toString() {
		// never the password, should the state end up in a log
		return "SharedKeycloakState[owner=" + this.owner + ", keycloak=" + this.keycloak + ", url=" + this.url + "]";
	}

}
