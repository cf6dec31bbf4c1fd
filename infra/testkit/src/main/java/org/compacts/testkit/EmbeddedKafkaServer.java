package org.compacts.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node KRaft broker (combined broker and controller) from the Kafka jars, in
 * this JVM. Its log directory can be kept between starts, which is how the embedded
 * default keeps its topics.
 */
final class EmbeddedKafkaServer implements KafkaServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaServer.class);

	/**
	 * Any fixed id: a single-node cluster only needs the id to match its own log
	 * directory.
	 */
	private static final String CLUSTER_ID = "Y29tcGFjdHMtZGV2c3RhY2s";

	private final KafkaRaftServer server;

	private final String bootstrapServers;

	private EmbeddedKafkaServer(KafkaRaftServer server, String bootstrapServers) {
		this.server = server;
		this.bootstrapServers = bootstrapServers;
	}

	static EmbeddedKafkaServer start(int port, int controllerPort, Path logDirectory) {
		try {
			Files.createDirectories(logDirectory);
			Properties config = brokerConfig(port, controllerPort, logDirectory);
			if (!Files.exists(logDirectory.resolve("meta.properties"))) {
				format(config, logDirectory);
			}
			KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
			server.startup();
			String bootstrap = "127.0.0.1:" + port;
			awaitReady(bootstrap, Duration.ofSeconds(60));
			return new EmbeddedKafkaServer(server, bootstrap);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Kafka did not start on 127.0.0.1:" + port + ": " + ex.getMessage(), ex);
		}
	}

	private static Properties brokerConfig(int port, int controllerPort, Path logDirectory) {
		Properties p = new Properties();
		p.putAll(Map.ofEntries(Map.entry("process.roles", "broker,controller"), Map.entry("node.id", "1"),
				Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
				Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
				Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
				Map.entry("controller.listener.names", "CONTROLLER"),
				Map.entry("inter.broker.listener.name", "PLAINTEXT"),
				Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
				Map.entry("log.dirs", logDirectory.toAbsolutePath().toString()), Map.entry("num.partitions", "3"),
				Map.entry("offsets.topic.replication.factor", "1"), Map.entry("offsets.topic.num.partitions", "3"),
				Map.entry("transaction.state.log.replication.factor", "1"),
				Map.entry("transaction.state.log.min.isr", "1"),
				Map.entry("share.coordinator.state.topic.replication.factor", "1"),
				Map.entry("share.coordinator.state.topic.min.isr", "1"),
				Map.entry("group.initial.rebalance.delay.ms", "0"),
				// Small segments keep a developer's disk and the broker's memory small.
				Map.entry("log.segment.bytes", String.valueOf(16 * 1024 * 1024)),
				Map.entry("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024))));
		return p;
	}

	/** The same as {@code kafka-storage.sh format}, once per log directory. */
	private static void format(Properties config, Path logDirectory) throws IOException {
		Path file = logDirectory.resolve("server.properties");
		try (OutputStream out = Files.newOutputStream(file)) {
			config.store(out, "written by the Compacts testkit to format this log directory");
		}
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
			StorageTool.execute(new String[] { "format", "-t", CLUSTER_ID, "-c", file.toString() }, print);
		}
		log.debug("kafka-storage format: {}", output.toString(StandardCharsets.UTF_8).strip());
	}

	private static void awaitReady(String bootstrap, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				4000))) {
			while (true) {
				try {
					admin.describeCluster().nodes().get(4, TimeUnit.SECONDS);
					return;
				}
				catch (Exception ex) {
					if (Instant.now().isAfter(deadline)) {
						throw new IllegalStateException("Kafka at " + bootstrap + " was not ready within " + timeout,
								ex);
					}
				}
			}
		}
	}

	@Override
	public String bootstrapServers() {
		return bootstrapServers;
	}

	@Override
	public void close() {
		server.shutdown();
		server.awaitShutdown();
	}

}
