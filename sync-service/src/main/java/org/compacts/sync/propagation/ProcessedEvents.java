package org.compacts.sync.propagation;

import java.time.Duration;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Repository;

/**
 * The events handled already, by id ({@code processed_event}): delivery is at least once,
 * and an event seen twice is handled once. Kept for a while, then forgotten: by then a
 * replay is caught by the other guards (a tenant event older than the one stored, an
 * outcome the district's state has moved past).
 */
@Repository
class ProcessedEvents implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(ProcessedEvents.class);

	private final JdbcClient jdbc;

	private final Duration retention;

	private final PropagationProperties properties;

	ProcessedEvents(JdbcClient jdbc, PropagationProperties properties) {
		this.jdbc = jdbc;
		this.retention = properties.processedEventRetention();
		this.properties = properties;
	}

	/**
	 * Records the event in the caller's transaction: whether this is the first time it is
	 * seen.
	 */
	boolean firstTime(UUID eventId, String topic) {
		return jdbc.sql("INSERT INTO processed_event (event_id, topic) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(eventId, topic)
			.update() == 1;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(
				new FixedDelayTask(this::forgetOld, properties.forgetProcessedEvery(), properties.firstForgetAfter()));
	}

	void forgetOld() {
		int forgotten = jdbc.sql("DELETE FROM processed_event WHERE processed_at < now() - make_interval(secs => ?)")
			.param(retention.toSeconds())
			.update();
		log.debug("Forgot {} processed events older than {}", forgotten, retention);
	}

}
