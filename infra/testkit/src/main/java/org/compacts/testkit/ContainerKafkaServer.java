package org.compacts.testkit;

import org.testcontainers.kafka.KafkaContainer;

/** The same Kafka (the Apache image, KRaft) as a Testcontainers container. */
final class ContainerKafkaServer implements KafkaServer {

	private final KafkaContainer container;

	private ContainerKafkaServer(KafkaContainer container) {
		this.container = container;
	}

	static ContainerKafkaServer start(String image) {
		KafkaContainer container = new KafkaContainer(image);
		container.start();
		return new ContainerKafkaServer(container);
	}

	@Override
	public String bootstrapServers() {
		return container.getBootstrapServers();
	}

	@Override
	public void close() {
		container.stop();
	}

}
