package org.compacts.tenant.outbox;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a change leaves the events it causes, to be published once its transaction
 * commits.
 */
@Component
public class Outbox {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Outbox(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Stores an event as JSON in the caller's transaction (there must be one): if that
	 * rolls back, the event was never there. Events with the same key are sent in the
	 * order they were appended.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void append(String topic, String key, Object event) {
		jdbc.sql("INSERT INTO outbox_message (topic, message_key, event_type, payload) VALUES (?, ?, ?, ?)")
			.params(topic, key, event.getClass().getName(), json.writeValueAsString(event))
			.update();
	}

}
