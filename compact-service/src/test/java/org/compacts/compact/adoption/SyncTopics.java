package org.compacts.compact.adoption;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.compacts.compact.versioning.ItemContent;
import org.compacts.contracts.Topics;
import org.compacts.contracts.sync.ApplyCommand;
import org.compacts.contracts.sync.ApplyOutcome;
import org.compacts.contracts.sync.SyncEvent;
import org.compacts.testkit.TestServers;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

/**
 * The test plays sync-service on the real broker: it sends apply commands as sync-service
 * does (JSON with the {@code __TypeId__} header, keyed by district) and reads the
 * outcomes compact-service sends back.
 */
final class SyncTopics {

	private static final JsonMapper CONTENT = JsonMapper.builder().build();

	private SyncTopics() {
	}

	static ApplyCommand command(String district, String source, UUID item, String kind, int version, String mode,
			ItemContent content) {
		return new ApplyCommand(UUID.randomUUID(), SyncEvent.SCHEMA_VERSION, district, source, item, kind, version,
				mode, false, CONTENT.writeValueAsString(content), Instant.now());
	}

	static ApplyCommand retirement(ApplyCommand last) {
		return new ApplyCommand(UUID.randomUUID(), SyncEvent.SCHEMA_VERSION, last.district(), last.sourceTenant(),
				last.itemId(), last.kind(), last.version() + 1, last.mode(), true, last.content(), Instant.now());
	}

	/** The same command for another district, as sync-service fans one version out. */
	static ApplyCommand forDistrict(ApplyCommand command, String district) {
		return new ApplyCommand(UUID.randomUUID(), command.schemaVersion(), district, command.sourceTenant(),
				command.itemId(), command.kind(), command.version(), command.mode(), command.retired(),
				command.content(), Instant.now());
	}

	static void send(ApplyCommand command) {
		send(Topics.APPLY_COMMANDS, command.district(), command);
	}

	static void send(String topic, String key, Object value) {
		try {
			json().send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not send to " + topic, ex);
		}
	}

	/**
	 * Sends text as it is, with the type header given (or none): how a poison record is
	 * made.
	 */
	static void sendText(String topic, String key, String value, String typeId) {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(), new StringSerializer(),
				new StringSerializer())) {
			ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
			if (typeId != null) {
				record.headers().add("__TypeId__", typeId.getBytes(StandardCharsets.UTF_8));
			}
			producer.send(record).get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not send to " + topic, ex);
		}
	}

	private static KafkaProducer<String, Object> json;

	private static synchronized KafkaProducer<String, Object> json() {
		if (json == null) {
			json = new KafkaProducer<>(producerConfig(), new StringSerializer(), new JacksonJsonSerializer<>());
			Runtime.getRuntime().addShutdownHook(new Thread(() -> json.close(Duration.ofSeconds(1))));
		}
		return json;
	}

	private static Map<String, Object> producerConfig() {
		return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers(),
				ProducerConfig.ACKS_CONFIG, "all");
	}

	static Reader<Object> outcomes() {
		JacksonJsonDeserializer<Object> values = new JacksonJsonDeserializer<>(Object.class);
		values.addTrustedPackages(SyncEvent.class.getPackageName());
		return new Reader<>(Topics.APPLY_OUTCOMES, values);
	}

	static Reader<String> deadLetters() {
		return new Reader<>(Topics.SYNC_DEAD_LETTERS, new StringDeserializer());
	}

	/** A consumer of every partition of one topic from its beginning, without a group. */
	static final class Reader<V> implements AutoCloseable {

		private final KafkaConsumer<String, V> consumer;

		private final List<ConsumerRecord<String, V>> received = new ArrayList<>();

		Reader(String topic, Deserializer<V> values) {
			consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
					TestServers.kafka().bootstrapServers(), ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
					ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), values);
			List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30))
				.stream()
				.map(info -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
		}

		/** Waits until at least {@code count} records match, and answers every match. */
		List<ConsumerRecord<String, V>> await(Predicate<ConsumerRecord<String, V>> matching, int count) {
			Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach(received::add);
				return received.stream().filter(matching).count() >= count;
			});
			return received.stream().filter(matching).toList();
		}

		/** Every record read so far, after reading to the topic's end as of now. */
		List<ConsumerRecord<String, V>> readToEnd() {
			Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment(), Duration.ofSeconds(30));
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("Could not read " + ends + " within 60 s");
				}
				consumer.poll(Duration.ofMillis(200)).forEach(received::add);
			}
			return List.copyOf(received);
		}

		@Override
		public void close() {
			consumer.close(Duration.ofSeconds(2));
		}

	}

	/** The outcomes about one item in one district, for {@link Reader#await}. */
	static Predicate<ConsumerRecord<String, Object>> outcomeOf(String district, UUID item) {
		return record -> record.value() instanceof ApplyOutcome outcome && outcome.district().equals(district)
				&& outcome.itemId().equals(item);
	}

	static List<ApplyOutcome> values(List<ConsumerRecord<String, Object>> records) {
		return records.stream().map(record -> (ApplyOutcome) record.value()).toList();
	}

}
