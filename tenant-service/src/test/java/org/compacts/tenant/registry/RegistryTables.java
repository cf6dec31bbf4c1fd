package org.compacts.tenant.registry;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** Everything the registry stores, to show that a refused request changed none of it. */
record RegistryTables(List<Map<String, Object>> tenants, List<Map<String, Object>> changes,
		List<Map<String, Object>> eventPublications) {

	static RegistryTables read(JdbcTemplate jdbc) {
		return new RegistryTables(jdbc.queryForList("SELECT * FROM tenant ORDER BY id"),
				jdbc.queryForList("SELECT * FROM tenant_change ORDER BY id"),
				// the externalization marks publications completed meanwhile: only what a
				// request writes is compared
				jdbc.queryForList("SELECT id, listener_id, event_type, serialized_event, publication_date"
						+ " FROM event_publication ORDER BY publication_date, id"));
	}

}
