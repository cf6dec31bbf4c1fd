package org.compacts.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

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
import org.awaitility.Awaitility;

import org.springframework.kafka.support.mapping.DefaultJacksonJavaTypeMapper;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

/**
 * A test's own producer and readers on the test JVM's broker
 * ({@link TestServers#kafka()}): the test plays the services on the other side of a
 * topic. Records are sent as the services send them (JSON, the record's class in Spring
 * Kafka's {@code __TypeId__} header, keyed), or as text to make a poison one; a reader
 * reads a topic from its beginning with the value deserializer the test gives.
 */
public final class TestKafka {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static KafkaProducer<String, Object> json;

	private TestKafka() {
	}

	/** Sends a contract record as JSON with its type header, and waits for the broker. */
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
				record.headers()
					.add(DefaultJacksonJavaTypeMapper.DEFAULT_CLASSID_FIELD_NAME,
							typeId.getBytes(StandardCharsets.UTF_8));
			}
			return producer.send(record).get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not send to " + topic, ex);
		}
	}

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
	 * Waits until a consumer group has committed past a record: the service handled it
	 * (or sent it to the dead-letter topic), and whatever it caused was sent.
	 */
	public static void awaitCommitted(String group, RecordMetadata record) {
		TopicPartition partition = new TopicPartition(record.topic(), record.partition());
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers()))) {
			Awaitility.await(group + " past " + record).atMost(PATIENCE).until(() -> {
				OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group)
					.partitionsToOffsetAndMetadata()
					.get(30, TimeUnit.SECONDS)
					.get(partition);
				return committed != null && committed.offset() > record.offset();
			});
		}
	}

	/**
	 * Reads a topic's contract records from its beginning, trusting the classes of the
	 * packages given.
	 */
	public static Reader<Object> json(String topic, String... trustedPackages) {
		JacksonJsonDeserializer<Object> values = new JacksonJsonDeserializer<>(Object.class);
		values.addTrustedPackages(trustedPackages);
		return new Reader<>(topic, values);
	}

	/** Reads a topic's values as text from its beginning. */
	public static Reader<String> text(String topic) {
		return new Reader<>(topic, new StringDeserializer());
	}

	/**
	 * A consumer of every partition of one topic from its beginning, without a group, its
	 * values read by the deserializer given.
	 */
	public static final class Reader<V> implements AutoCloseable {

		private final KafkaConsumer<String, V> consumer;

		private final List<ConsumerRecord<String, V>> received = new ArrayList<>();

		public Reader(String topic, Deserializer<V> values) {
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

		/** Every record read so far, after reading to the topic's end as of now. */
		public List<ConsumerRecord<String, V>> readToEnd() {
			Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment(), Duration.ofSeconds(30));
			long deadline = System.nanoTime() + PATIENCE.toNanos();
			while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("Could not read " + ends + " within " + PATIENCE);
				}
				consumer.poll(Duration.ofMillis(200)).forEach(received::add);
			}
			return List.copyOf(received);
		}

		/** The values of the given type read so far, up to the topic's end as of now. */
		public <T> List<T> values(Class<T> type) {
			return readToEnd().stream().map(ConsumerRecord::value).filter(type::isInstance).map(type::cast).toList();
		}

		/** Waits until at least {@code count} records match, and answers every match. */
		public List<ConsumerRecord<String, V>> await(Predicate<ConsumerRecord<String, V>> matching, int count) {
			Awaitility.await().atMost(PATIENCE).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach(received::add);
				return received.stream().filter(matching).count() >= count;
			});
			return received.stream().filter(matching).toList();
		}

		@Override
		public void close() {
			consumer.close(Duration.ofSeconds(2));
		}

	}

}
