package org.compacts.tenant.registry;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** Everything the registry stores, to show that a refused request changed none of it. */
record RegistryTables(List<Map<String, Object>> tenants, List<Map<String, Object>> changes,
		List<Map<String, Object>> outbox) {

	static RegistryTables read(JdbcTemplate jdbc) {
		return new RegistryTables(jdbc.queryForList("SELECT * FROM tenant ORDER BY id"),
				jdbc.queryForList("SELECT * FROM tenant_change ORDER BY id"),
				// the relay marks rows published meanwhile: only what a request writes is
				// compared
				jdbc.queryForList(
						"SELECT id, topic, message_key, event_type, payload FROM outbox_message ORDER BY id"));
	}

}
