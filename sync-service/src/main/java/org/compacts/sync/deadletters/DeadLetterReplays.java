package org.compacts.sync.deadletters;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.compacts.servicekit.refusal.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists the dead letters with what became of them, and replays one: recorded first, in
 * the transaction that then sends it, so that a second replay finds the record and is
 * refused, and a send that fails leaves nothing recorded and can be tried again.
 */
@Service
class DeadLetterReplays implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterReplays.class);

	private static final Pattern ID = Pattern.compile("(\\d{1,9})-(\\d{1,18})");

	private static final String SPRING_DEAD_LETTER_HEADERS = "kafka_dlt-";

	private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

	private final DeadLetterTopic deadLetters;

	private final JdbcClient jdbc;

	// the record goes back as the bytes it came as, key and value
	private final KafkaTemplate<Object, Object> bytes;

	DeadLetterReplays(DeadLetterTopic deadLetters, JdbcClient jdbc, ProducerFactory<Object, Object> producers) {
		this.deadLetters = deadLetters;
		this.jdbc = jdbc;
		this.bytes = new KafkaTemplate<>(producers, Map.of(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				ByteArraySerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
	}

	List<DeadLetter> list() {
		Map<String, DeadLetterReplay> replays = jdbc.sql("""
				SELECT dead_letter_partition, dead_letter_offset, original_topic, replayed_by, replayed_at
				FROM dead_letter_replay WHERE dead_letter_topic = ?""")
			.param(deadLetters.name())
			.query((row, n) -> new DeadLetterReplay(
					row.getInt("dead_letter_partition") + "-" + row.getLong("dead_letter_offset"),
					row.getString("original_topic"), row.getString("replayed_by"),
					row.getTimestamp("replayed_at").toInstant()))
			.stream()
			.collect(Collectors.toMap(DeadLetterReplay::id, Function.identity()));
		return deadLetters.all()
			.stream()
			.map(DeadLetterTopic::describe)
			.map(letter -> letter.withReplay(replays.get(letter.id())))
			.toList();
	}

	@Transactional
	DeadLetterReplay replay(String id, String operator) {
		Matcher place = ID.matcher(id);
		if (!place.matches()) {
			throw Refusal.notFound("There is no dead letter " + id + ".");
		}
		int partition = Integer.parseInt(place.group(1));
		long offset = Long.parseLong(place.group(2));
		ConsumerRecord<byte[], byte[]> record = deadLetters.at(partition, offset)
			.orElseThrow(() -> Refusal.notFound("There is no dead letter " + id + "."));
		DeadLetter letter = DeadLetterTopic.describe(record);
		String original = letter.originalTopic();
		if (original == null) {
			throw Refusal.notAllowed("Dead letter " + id + " does not say which topic it came from.");
		}
		Instant now = Instant.now();
		boolean first = jdbc.sql("""
				INSERT INTO dead_letter_replay
				    (dead_letter_topic, dead_letter_partition, dead_letter_offset, original_topic, replayed_by,
				     replayed_at)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(deadLetters.name(), partition, offset, original, operator, java.sql.Timestamp.from(now))
			.update() == 1;
		if (!first) {
			throw Refusal.conflict("Dead letter " + id + " was replayed already; it is not sent twice.");
		}
		send(record, original);
		log.info("Dead letter {} on {} replayed to {} by {}", id, deadLetters.name(), original, operator);
		return new DeadLetterReplay(id, original, operator, now);
	}

	private void send(ConsumerRecord<byte[], byte[]> record, String topic) {
		RecordHeaders headers = new RecordHeaders();
		record.headers().forEach(header -> {
			if (!header.key().startsWith(SPRING_DEAD_LETTER_HEADERS)) {
				headers.add(header);
			}
		});
		try {
			bytes.send(new ProducerRecord<>(topic, null, record.key(), record.value(), headers))
				.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unavailable(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw unavailable(ex);
		}
	}

	private static Refusal unavailable(Exception cause) {
		return new Refusal(Refusal.Ground.UNAVAILABLE, "Kafka did not take the record",
				"The dead letter was not replayed; try again.", List.of(), cause);
	}

	@Override
	public void destroy() {
		bytes.destroy();
	}

}
