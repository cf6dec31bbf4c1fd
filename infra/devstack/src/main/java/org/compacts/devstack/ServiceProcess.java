package org.compacts.devstack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.compacts.testkit.ChildProcesses;
import org.compacts.testkit.Readiness;

/**
 * One Spring Boot service, run from its jar as a child process, as it would run in
 * production.
 */
final class ServiceProcess implements AutoCloseable {

	/**
	 * Small heaps and the serial collector: six JVMs share a developer's machine (and two
	 * cores here), and none of them holds much.
	 */
	static final List<String> JVM_OPTIONS = List.of("-Xms32m", "-Xmx256m", "-XX:MaxMetaspaceSize=200m",
			"-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

	private final String name;

	private final Process process;

	private final URI readiness;

	private final Path logFile;

	private ServiceProcess(String name, Process process, URI readiness, Path logFile) {
		this.name = name;
		this.process = process;
		this.readiness = readiness;
		this.logFile = logFile;
	}

	static ServiceProcess start(String name, Path jar, int port, List<String> arguments, Path logs) {
		if (!Files.isRegularFile(jar)) {
			throw new StartupProblem("missing " + jar + ": build it first with ./mvnw package -DskipTests");
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(JVM_OPTIONS);
		command.add("-jar");
		command.add(jar.toString());
		command.add("--server.port=" + port);
		command.add("--server.address=127.0.0.1");
		command.addAll(arguments);
		try {
			Files.createDirectories(logs);
			Path logFile = logs.resolve(name + ".log");
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
				.start();
			return new ServiceProcess(name, process,
					URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"), logFile);
		}
		catch (IOException ex) {
			throw new StartupProblem("could not start " + name + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Until the service's readiness probe (its database and broker included) answers UP.
	 */
	void awaitReady(Duration timeout, BooleanSupplier stopping) {
		try {
			Readiness.awaitOk(name, readiness, process, timeout, stopping, logFile);
		}
		catch (IllegalStateException ex) {
			throw new StartupProblem(ex.getMessage(), ex);
		}
	}

	String name() {
		return name;
	}

	long pid() {
		return process.pid();
	}

	/**
	 * Ends the process as a crash would: SIGKILL, so no shutdown hook or graceful
	 * shutdown runs.
	 */
	void kill() {
		process.destroyForcibly();
		process.onExit().join();
	}

	@Override
	public void close() {
		ChildProcesses.stop(process, Duration.ofSeconds(20));
	}

}
