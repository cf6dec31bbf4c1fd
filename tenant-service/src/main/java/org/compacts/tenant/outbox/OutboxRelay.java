package org.compacts.tenant.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.SendResult;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the {@link Outbox} holds. One relay works at a time across every instance of
 * the service (a PostgreSQL advisory lock), and it sends in id order, so the events of
 * one key reach Kafka in the order they were committed. Events are marked published only
 * up to the first one the broker did not take; the rest wait for the next round.
 */
@Component
class OutboxRelay implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	/**
	 * Any constant; it only has to be the same for every instance of this service on this
	 * database.
	 */
	private static final long RELAY_LOCK = 0x636f6d7061637473L;

	/** What Spring Kafka's JSON deserializer reads to know which record a value is. */
	static final String TYPE_ID_HEADER = "__TypeId__";

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final KafkaTemplate<String, String> kafka;

	private final OutboxProperties properties;

	@SuppressWarnings({ "unchecked", "rawtypes" })
	OutboxRelay(JdbcClient jdbc, TransactionTemplate transaction, ProducerFactory<?, ?> producerFactory,
			OutboxProperties properties) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.properties = properties;
		// The payload is JSON already, exactly as committed: sent as it is, whatever
		// serializers the
		// application's own producer is configured with.
		this.kafka = new KafkaTemplate<String, String>((ProducerFactory) producerFactory,
				Map.of(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
						ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
						ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) properties.sendTimeout().toMillis()));
	}

	@Scheduled(fixedDelayString = "${compacts.outbox.relay-interval:PT0.5S}")
	void relay() {
		try {
			Integer sent;
			do {
				sent = transaction.execute(status -> relayBatch());
				// a full batch means more may be waiting: keep going rather than wait for
				// the next round
			}
			while (sent != null && sent == properties.batchSize());
		}
		catch (RuntimeException ex) {
			log.warn("Outbox relay failed; will try again: {}", ex.toString());
		}
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	void deletePublished() {
		int deleted = jdbc.sql("DELETE FROM outbox_message WHERE published_at < now() - make_interval(secs => ?)")
			.param(properties.retention().toSeconds())
			.update();
		if (deleted > 0) {
			log.debug("Deleted {} published outbox messages", deleted);
		}
	}

	/** Sends one batch inside the caller's transaction; the number of events sent. */
	int relayBatch() {
		boolean mine = Boolean.TRUE
			.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(RELAY_LOCK).query(Boolean.class).single());
		if (!mine) {
			return 0;
		}
		List<Pending> pending = jdbc
			.sql("SELECT id, topic, message_key, event_type, payload FROM outbox_message"
					+ " WHERE published_at IS NULL ORDER BY id LIMIT ?")
			.param(properties.batchSize())
			.query((rs, row) -> new Pending(rs.getLong("id"), rs.getString("topic"), rs.getString("message_key"),
					rs.getString("event_type"), rs.getString("payload")))
			.list();
		if (pending.isEmpty()) {
			return 0;
		}
		List<CompletableFuture<SendResult<String, String>>> sends = new ArrayList<>();
		for (Pending message : pending) {
			try {
				sends.add(kafka.send(message.record()));
			}
			catch (RuntimeException ex) {
				sends.add(CompletableFuture.failedFuture(ex));
				break;
			}
		}
		List<Long> published = new ArrayList<>();
		for (int i = 0; i < sends.size(); i++) {
			Pending message = pending.get(i);
			try {
				sends.get(i).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
				published.add(message.id());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (ExecutionException | TimeoutException | RuntimeException ex) {
				Throwable cause = ex instanceof ExecutionException ? ex.getCause() : ex;
				log.warn("Outbox message {} (key {}) not taken by the broker; will try again: {}", message.id(),
						message.key(), String.valueOf(cause));
				jdbc.sql("UPDATE outbox_message SET attempts = attempts + 1, last_error = left(?, 1000) WHERE id = ?")
					.params(String.valueOf(cause), message.id())
					.update();
				break;
			}
		}
		if (!published.isEmpty()) {
			jdbc.sql("UPDATE outbox_message SET published_at = now(), attempts = attempts + 1, last_error = NULL"
					+ " WHERE id = ANY(?)")
				.param(published.toArray(Long[]::new))
				.update();
		}
		return published.size();
	}

	@Override
	public void destroy() {
		kafka.destroy();
	}

	private record Pending(long id, String topic, String key, String eventType, String payload) {

		ProducerRecord<String, String> record() {
			ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
			record.headers().add(TYPE_ID_HEADER, eventType.getBytes(StandardCharsets.UTF_8));
			return record;
		}

	}

}
