package org.compacts.sync;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.compacts.contracts.sync.SyncEvent;
import org.compacts.contracts.tenant.TenantEvent;
import org.compacts.testkit.TestKafka;

/**
 * The test plays tenant-service and compact-service on the real broker, with testkit's
 * {@link TestKafka}: it sends what they send, reads what sync-service sends as they
 * would, and waits for sync-service's consumer group.
 */
public final class SyncKafka {

	private SyncKafka() {
	}

	public static RecordMetadata send(String topic, String key, Object value) {
		return TestKafka.send(topic, key, value);
	}

	public static RecordMetadata sendText(String topic, String key, String value, String typeId) {
		return TestKafka.sendText(topic, key, value, typeId);
	}

	/**
	 * Waits until sync-service's consumer group has committed past a record: it was
	 * handled (or sent to the dead-letter topic), and whatever it caused was sent.
	 */
	public static void awaitHandled(RecordMetadata record) {
		TestKafka.awaitCommitted("sync-service", record);
	}

	/**
	 * Reads a topic's contract records, tenant events and sync records, from its
	 * beginning.
	 */
	public static TestKafka.Reader<Object> json(String topic) {
		return TestKafka.json(topic, TenantEvent.class.getPackageName(), SyncEvent.class.getPackageName());
	}

	/** Reads a topic's values as text from its beginning. */
	public static TestKafka.Reader<String> text(String topic) {
		return TestKafka.text(topic);
	}

}
