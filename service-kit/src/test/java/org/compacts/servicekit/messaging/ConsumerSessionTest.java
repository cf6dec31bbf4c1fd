package org.compacts.servicekit.messaging;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.core.DefaultKafkaConsumerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumerSessionTest {

	@Test
	void aConsumerGoneSilentLosesItsPartitionsAfterTheConfiguredSessionNotKafkasFortyFiveSeconds() {
		var factory = new DefaultKafkaConsumerFactory<String, String>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092"));

		MessagingAutoConfiguration.sessionOf(factory, Duration.ofSeconds(10));

		assertThat(factory.getConfigurationProperties()).containsEntry(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000)
			.containsEntry(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_333);
	}

	@Test
	void aServiceThatSetsItsOwnSessionKeepsIt() {
		var factory = new DefaultKafkaConsumerFactory<String, String>(
				Map.of(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 30_000));

		MessagingAutoConfiguration.sessionOf(factory, Duration.ofSeconds(10));

		assertThat(factory.getConfigurationProperties()).containsEntry(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 30_000)
			.doesNotContainKey(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG);
	}

}
