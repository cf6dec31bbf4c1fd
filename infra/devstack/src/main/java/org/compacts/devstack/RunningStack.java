package org.compacts.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.compacts.testkit.Database;
import org.compacts.testkit.EmbeddedServers;
import org.compacts.testkit.KafkaServer;
import org.compacts.testkit.KeycloakServer;
import org.compacts.testkit.Ports;
import org.compacts.testkit.PostgresServer;
import org.compacts.testkit.Readiness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole platform on this machine. Closing it stops everything it started, newest
 * first.
 */
public final class RunningStack implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RunningStack.class);

	/** Each service with data has its own database. */
	private static final Map<String, String> DATABASES = Map.of("tenant-service", "tenants", "compact-service",
			"compacts", "sync-service", "sync");

	private static final Duration READY_TIMEOUT = Readiness.startLimit();

	private final DevstackOptions options;

	private final List<ServiceProcess> services = new ArrayList<>();

	private final Map<String, Database> databases = new HashMap<>();

	private PostgresServer postgres;

	private KafkaServer kafka;

	private CompletableFuture<KeycloakServer> keycloak;

	private MailCatcher mail;

	/**
	 * Set by {@link #close()}: start-up stops at its next step, and nothing new is
	 * started.
	 */
	private volatile boolean stopping;

	private RunningStack(DevstackOptions options) {
		this.options = options;
	}

	/**
	 * A stack that has not started yet: whoever handles Ctrl-C holds it before start-up
	 * begins, so that a stop during start-up stops what has started so far.
	 */
	public static RunningStack prepare(DevstackOptions options) {
		return new RunningStack(options);
	}

	/**
	 * Starts everything and returns once every service reports ready; on any failure
	 * stops what started.
	 */
	public static RunningStack start(DevstackOptions options) {
		RunningStack stack = prepare(options);
		stack.start();
		return stack;
	}

	/**
	 * Returns once every service reports ready; on any failure stops what started and
	 * says why.
	 */
	public void start() {
		try {
			startAll();
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	public boolean isStopping() {
		return stopping;
	}

	/**
	 * Starts one part, unless the stack is stopping; close() waits for it, so nothing
	 * escapes being stopped.
	 */
	private synchronized void starting(Runnable part) {
		if (stopping) {
			throw new StartupProblem("stopped during start-up");
		}
		part.run();
	}

	private void startAll() {
		checkPortsAreFree();
		for (String service : DevstackOptions.SERVICES) {
			if (!Files.isRegularFile(options.jar(service))) {
				throw new StartupProblem("missing " + options.jar(service)
						+ ": build the services first with ./mvnw package -DskipTests");
			}
		}
		Path data = options.dataDirectory();
		EmbeddedServers.keycloakMissing(data.resolve("keycloak-dist")).ifPresent(problem -> {
			throw new StartupProblem(problem);
		});
		log.info("Starting PostgreSQL on port {} (data in {})", options.port(DevstackOptions.POSTGRES),
				data.resolve("postgres"));
		starting(() -> postgres = EmbeddedServers.postgres(options.port(DevstackOptions.POSTGRES),
				data.resolve("postgres")));
		Database keycloakDb = postgres.database("keycloak");
		DATABASES.forEach((service, name) -> databases.put(service, postgres.database(name)));

		log.info("Starting Kafka on port {}", options.port(DevstackOptions.KAFKA));
		starting(() -> kafka = EmbeddedServers.kafka(options.port(DevstackOptions.KAFKA),
				options.port(DevstackOptions.KAFKA_CONTROLLER), data.resolve("kafka")));

		log.info("Starting the mail catcher (SMTP) on port {}", options.port(DevstackOptions.SMTP));
		starting(
				() -> mail = MailCatcher.start(options.port(DevstackOptions.SMTP), options.logs().resolve("mail.log")));

		// Keycloak is the slowest to start: the services start beside it, not after it.
		log.info("Starting Keycloak on port {}", options.port(DevstackOptions.KEYCLOAK));
		starting(() -> keycloak = CompletableFuture
			.supplyAsync(() -> EmbeddedServers.keycloak(data.resolve("keycloak-dist"),
					options.port(DevstackOptions.KEYCLOAK), options.port(DevstackOptions.KEYCLOAK_MANAGEMENT),
					keycloakDb, options.logs().resolve("keycloak.log"), READY_TIMEOUT)));
		for (String service : DevstackOptions.SERVICES) {
			log.info("Starting {} on port {}", service, options.port(service));
			starting(() -> services.add(ServiceProcess.start(service, options.jar(service), options.port(service),
					arguments(service, databases.get(service)), options.logs())));
		}
		try {
			keycloak.join();
		}
		catch (CompletionException ex) {
			throw new StartupProblem("Keycloak did not start: " + ex.getCause().getMessage(), ex.getCause());
		}
		if (stopping) {
			throw new StartupProblem("stopped during start-up");
		}
		log.info("Keycloak is ready");
		for (ServiceProcess service : services) {
			service.awaitReady(READY_TIMEOUT, this::isStopping);
			log.info("{} is ready", service.name());
		}
	}

	private List<String> arguments(String service, Database database) {
		List<String> args = new ArrayList<>();
		args.add("--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers());
		args.add("--compacts.keycloak.url=" + options.url(DevstackOptions.KEYCLOAK));
		if (database != null) {
			args.add("--spring.datasource.url=" + database.jdbcUrl());
			args.add("--spring.datasource.username=" + database.appUser());
			args.add("--spring.datasource.password=" + database.appPassword());
			args.add("--spring.flyway.user=" + database.ownerUser());
			args.add("--spring.flyway.password=" + database.ownerPassword());
		}
		if (service.equals("tenant-service")) {
			args.add("--spring.mail.host=127.0.0.1");
			args.add("--spring.mail.port=" + options.port(DevstackOptions.SMTP));
			args.add("--compacts.portal.base-url=http://localhost:" + options.port("gateway"));
		}
		if (service.equals("compact-service")) {
			// the notices' reminders and digests go to the same mail catcher
			args.add("--spring.mail.host=127.0.0.1");
			args.add("--spring.mail.port=" + options.port(DevstackOptions.SMTP));
			args.add("--compacts.notices.portal-url=http://localhost:" + options.port("gateway"));
			// an update to the members asks tenant-service who they are (ADR 23)
			args.add("--compacts.tenant-service.url=" + options.url("tenant-service"));
		}
		if (service.equals("portal")) {
			for (String backend : List.of("tenant-service", "compact-service", "sync-service")) {
				args.add("--compacts.services." + backend + "=" + options.url(backend));
			}
		}
		if (service.equals("gateway")) {
			for (String backend : List.of("tenant-service", "compact-service", "sync-service", "portal")) {
				args.add("--compacts.services." + backend + "=" + options.url(backend));
			}
		}
		return args;
	}

	private void checkPortsAreFree() {
		options.ports().forEach((component, port) -> {
			if (!Ports.isFree(port)) {
				throw new StartupProblem("port " + port + " (" + component
						+ ") is already in use on 127.0.0.1: stop what uses it, or another devstack");
			}
		});
	}

	public DevstackOptions options() {
		return options;
	}

	public String gatewayUrl() {
		return "http://localhost:" + options.port("gateway");
	}

	public String keycloakUrl() {
		return options.url(DevstackOptions.KEYCLOAK);
	}

	/** The process ids of the services, for whoever wants to measure them. */
	public List<Long> servicePids() {
		return services.stream().map(ServiceProcess::pid).toList();
	}

	/**
	 * Kills one service as a crash would (SIGKILL: no graceful shutdown, no shutdown
	 * hook), for tests of what survives a crash. {@link #restart} starts it again.
	 */
	public synchronized void crash(String service) {
		ServiceProcess process = services.stream()
			.filter(candidate -> candidate.name().equals(service))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no running service " + service));
		log.info("Crashing {} (SIGKILL)", service);
		process.kill();
		services.remove(process);
	}

	/**
	 * Starts a service that {@link #crash} stopped, on its port and database, and waits
	 * until it is ready.
	 */
	public void restart(String service) {
		ServiceProcess process;
		synchronized (this) {
			if (stopping) {
				throw new StartupProblem("stopped");
			}
			log.info("Restarting {} on port {}", service, options.port(service));
			process = ServiceProcess.start(service, options.jar(service), options.port(service),
					arguments(service, databases.get(service)), options.logs());
			services.add(process);
		}
		process.awaitReady(READY_TIMEOUT, this::isStopping);
		log.info("{} is ready again", service);
	}

	/**
	 * Newest first: the services, then Keycloak, the broker and last the database they
	 * all use.
	 */
	@Override
	public void close() {
		stopping = true;
		stopAll();
	}

	private synchronized void stopAll() {
		List<ServiceProcess> newestFirst = new ArrayList<>(services);
		Collections.reverse(newestFirst);
		newestFirst.forEach(service -> stop(service.name(), service));
		services.clear();
		if (keycloak != null) {
			try {
				stop("Keycloak", keycloak.join());
			}
			catch (CompletionException ex) {
				// it never started; its own start-up stopped its process
			}
			keycloak = null;
		}
		if (mail != null) {
			stop("the mail catcher", mail);
			mail = null;
		}
		if (kafka != null) {
			stop("Kafka", kafka);
			kafka = null;
		}
		if (postgres != null) {
			stop("PostgreSQL", postgres);
			postgres = null;
		}
	}

	private static void stop(String name, AutoCloseable server) {
		try {
			server.close();
		}
		catch (Exception ex) {
			log.warn("Could not stop {} cleanly: {}", name, ex.getMessage());
		}
	}

}
