package org.compacts.sync.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * What sync-service puts on Kafka while it handles a record. A listener sends everything
 * first, waits until the broker took all of it, and only then lets its database
 * transaction commit and the record's offset be committed: a crash anywhere before that
 * means the record is handled again and sends again (duplicates, never losses; every
 * consumer of these topics is idempotent).
 */
@Component
public class Outbound {

	private final KafkaTemplate<Object, Object> kafka;

	private final MessagingProperties properties;

	Outbound(KafkaTemplate<Object, Object> kafka, MessagingProperties properties) {
		this.kafka = kafka;
		this.properties = properties;
	}

	/** A new set of sends, for one record's handling. */
	public Sends sends() {
		return new Sends();
	}

	public final class Sends {

		private final List<CompletableFuture<?>> sent = new ArrayList<>();

		private Sends() {
		}

		/**
		 * Sends without waiting; {@link #awaitAll()} waits. Records of one key keep their
		 * order.
		 */
		public void send(String topic, String key, Object value) {
			sent.add(kafka.send(topic, key, value));
		}

		/**
		 * Waits until the broker took everything sent; fails if it did not, so the caller
		 * tries again.
		 */
		public void awaitAll() {
			try {
				CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new))
					.get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the broker", ex);
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("The broker did not take a record: " + ex.getCause(), ex.getCause());
			}
			catch (TimeoutException ex) {
				throw new IllegalStateException(
						"The broker did not take " + sent.size() + " records within " + properties.sendTimeout(), ex);
			}
		}

		public int size() {
			return sent.size();
		}

	}

}
