package org.compacts.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar infra/devstack/target/devstack-exec.jar [--data <folder>]}: runs the
 * whole platform until Ctrl-C.
 */
public final class Devstack {

	private Devstack() {
	}

	public static void main(String[] args) {
		Instant begin = Instant.now();
		DevstackOptions options;
		try {
			options = options(args);
		}
		catch (StartupProblem ex) {
			System.err.println("devstack: " + ex.getMessage());
			System.exit(2);
			return;
		}
		System.setProperty("devstack.log", options.logs().resolve("devstack.log").toString());
		RunningStack stack = RunningStack.prepare(options);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("Stopping the Compacts platform...");
			stack.close();
			System.out.println("Stopped.");
			stopped.countDown();
		}, "devstack-stop"));
		try {
			stack.start();
		}
		catch (RuntimeException ex) {
			if (stack.isStopping()) {
				// Ctrl-C during start-up: the shutdown hook is stopping everything
				// already.
				awaitQuietly(stopped);
				return;
			}
			System.err.println("devstack: " + (ex instanceof StartupProblem ? ex.getMessage() : oneLine(ex)));
			System.exit(1);
			return;
		}
		System.out.println(banner(options, Duration.between(begin, Instant.now())));
		awaitQuietly(stopped);
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static DevstackOptions options(String[] args) {
		Path root = DevstackOptions.findProjectRoot(Path.of(""));
		DevstackOptions defaults = DevstackOptions.defaults(root);
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--data") && i + 1 < args.length) {
				return new DevstackOptions(root, Path.of(args[++i]).toAbsolutePath(), defaults.ports());
			}
			throw new StartupProblem("unknown argument " + args[i] + " (the only option is --data <folder>)");
		}
		return defaults;
	}

	static String banner(DevstackOptions options, Duration took) {
		return """

				The Compacts platform is running (ready in %d s): open http://localhost:%d

				  Demo accounts, password "demo":
				    alex.champion     champion in Kent and in Swale
				    sam.editor        editor in Swale
				    chris.canterbury  editor in Canterbury
				    kim.admin         tenant admin of Kent
				    dee.derbyshire    tenant admin of Derbyshire, editor in South Derbyshire
				    hana.hounslow     champion in Hounslow
				    pat.platform      platform admin
				  Keycloak admin console: %s/admin (admin / admin)
				  E-mail (invitations) is caught, not sent: see logs/mail.log
				  Data and logs: %s

				Press Ctrl-C to stop.
				""".formatted(took.toSeconds(), options.port("gateway"), options.url(DevstackOptions.KEYCLOAK),
				options.dataDirectory());
	}

	/** The deepest cause's message, which is usually the one that names the problem. */
	static String oneLine(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return message.lines().findFirst().orElse(message);
	}

}
