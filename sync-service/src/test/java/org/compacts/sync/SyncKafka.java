package org.compacts.sync;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.compacts.contracts.sync.SyncEvent;
import org.compacts.contracts.tenant.TenantEvent;
import org.compacts.testkit.TestServers;

import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The test's own producer and readers on the real broker: it plays tenant-service and
 * compact-service, and reads what sync-service sends as they would.
 */
public final class SyncKafka {

	private SyncKafka() {
	}

	/**
	 * Sends a contract record as JSON with its {@code __TypeId__} header, as the other
	 * services do.
	 */
	public static RecordMetadata send(String topic, String key, Object value) {
		try {
			return json().send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not send to " + topic, ex);
		}
	}

	/**
	 * Sends text as it is, with the type header given (or none): how a poison record is
	 * made.
	 */
	public static RecordMetadata sendText(String topic, String key, String value, String typeId) {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(), new StringSerializer(),
				new StringSerializer())) {
			ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
			if (typeId != null) {
				record.headers().add("__TypeId__", typeId.getBytes(StandardCharsets.UTF_8));
			}
			return producer.send(record).get(30, TimeUnit.SECONDS);
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

	/**
	 * Waits until sync-service's consumer group has committed past a record: it was
	 * handled (or sent to the dead-letter topic), and whatever it caused was sent.
	 */
	public static void awaitHandled(RecordMetadata record) {
		TopicPartition partition = new TopicPartition(record.topic(), record.partition());
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers()))) {
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				OffsetAndMetadata committed = admin.listConsumerGroupOffsets("sync-service")
					.partitionsToOffsetAndMetadata()
					.get(30, TimeUnit.SECONDS)
					.get(partition);
				assertThat(committed).isNotNull();
				assertThat(committed.offset()).isGreaterThan(record.offset());
			});
		}
	}

	/** Reads a topic's contract records from its beginning. */
	public static Reader<Object> json(String topic) {
		JacksonJsonDeserializer<Object> json = new JacksonJsonDeserializer<>(Object.class);
		json.addTrustedPackages(TenantEvent.class.getPackageName(), SyncEvent.class.getPackageName());
		return new Reader<>(topic, json);
	}

	/** Reads a topic's values as text from its beginning. */
	public static Reader<String> text(String topic) {
		return new Reader<>(topic, new StringDeserializer());
	}

	/** A consumer of every partition of one topic, without a group. */
	public static final class Reader<V> implements AutoCloseable {

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

		/** Everything on the topic up to its end as of now, in each partition's order. */
		public List<ConsumerRecord<String, V>> readToEnd() {
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

		/** The values of the given type read so far, up to the topic's end as of now. */
		public <T> List<T> values(Class<T> type) {
			return readToEnd().stream().map(ConsumerRecord::value).filter(type::isInstance).map(type::cast).toList();
		}

		@Override
		public void close() {
			consumer.close(Duration.ofSeconds(2));
		}

	}

}
