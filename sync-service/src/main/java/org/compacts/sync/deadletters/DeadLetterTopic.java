package org.compacts.sync.deadletters;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Component;

/**
 * Reads the dead-letter topic from its beginning to its end with a consumer of its own:
 * no group, nothing committed, so reading it moves nothing for the listeners.
 */
@Component
class DeadLetterTopic {

	private static final Duration POLL = Duration.ofMillis(500);

	private static final Duration READ_AT_MOST = Duration.ofSeconds(30);

	private final Map<String, Object> consumerProperties;

	private final String topic;

	DeadLetterTopic(KafkaProperties kafka, @Value("${compacts.messaging.dead-letter-topic}") String topic) {
		Map<String, Object> properties = new HashMap<>(kafka.buildConsumerProperties());
		properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
		properties.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "sync-service-dead-letters");
		properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		this.consumerProperties = properties;
		this.topic = topic;
	}

	String name() {
		return topic;
	}

	/** Every dead letter, oldest first by partition and offset. */
	List<ConsumerRecord<byte[], byte[]>> all() {
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties)) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic)
				.stream()
				.map(info -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
			Instant giveUp = Instant.now().plus(READ_AT_MOST);
			while (!reachedEnd(consumer, ends) && Instant.now().isBefore(giveUp)) {
				consumer.poll(POLL).forEach(records::add);
			}
			records.sort(Comparator.<ConsumerRecord<byte[], byte[]>>comparingInt(ConsumerRecord::partition)
				.thenComparingLong(ConsumerRecord::offset));
			return records;
		}
	}

	/** The dead letter at that place, if there is one. */
	Optional<ConsumerRecord<byte[], byte[]>> at(int partition, long offset) {
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties)) {
			TopicPartition place = new TopicPartition(topic, partition);
			if (consumer.partitionsFor(topic).stream().noneMatch(info -> info.partition() == partition)) {
				return Optional.empty();
			}
			consumer.assign(List.of(place));
			long end = consumer.endOffsets(List.of(place)).get(place);
			if (offset >= end) {
				return Optional.empty();
			}
			consumer.seek(place, offset);
			Instant giveUp = Instant.now().plus(READ_AT_MOST);
			while (consumer.position(place) <= offset && Instant.now().isBefore(giveUp)) {
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
					if (record.offset() == offset) {
						return Optional.of(record);
					}
				}
			}
			return Optional.empty();
		}
	}

	private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
		return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
	}

	static DeadLetter describe(ConsumerRecord<byte[], byte[]> record) {
		String original = text(record, KafkaHeaders.DLT_ORIGINAL_TOPIC);
		return new DeadLetter(record.partition() + "-" + record.offset(), record.topic(), record.partition(),
				record.offset(), record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
				original, partitionOf(record), offsetOf(record), text(record, KafkaHeaders.DLT_EXCEPTION_FQCN),
				text(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE), Instant.ofEpochMilli(record.timestamp()),
				record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8), null);
	}

	private static @Nullable String text(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

	// Spring Kafka writes the original partition as 4 bytes and the offset as 8.
	private static @Nullable Integer partitionOf(ConsumerRecord<?, ?> record) {
		Header header = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION);
		return header == null || header.value().length != Integer.BYTES ? null
				: ByteBuffer.wrap(header.value()).getInt();
	}

	private static @Nullable Long offsetOf(ConsumerRecord<?, ?> record) {
		Header header = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET);
		return header == null || header.value().length != Long.BYTES ? null : ByteBuffer.wrap(header.value()).getLong();
	}

}
