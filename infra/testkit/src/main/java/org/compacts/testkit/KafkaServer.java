package org.compacts.testkit;

/** A running Kafka broker (KRaft, no ZooKeeper). */
public interface KafkaServer extends AutoCloseable {

	String bootstrapServers();

	@Override
	void close();

}
