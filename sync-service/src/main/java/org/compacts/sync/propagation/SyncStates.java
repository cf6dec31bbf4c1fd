package org.compacts.sync.propagation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.compacts.contracts.sync.SyncStatusChanged.State;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Per district and upstream item, where the district stands ({@code sync_state}). Every
 * read here locks the rows it reads until the caller's transaction ends, so that a
 * fan-out, an outcome and a district leaving never overwrite one another's change.
 */
@Repository
class SyncStates {

	private static final String COLUMNS = """
			district, source_tenant, item_id, upstream_version, applied_version, state, published_at, applied_at,
			(extract(epoch FROM lag) * 1000000)::bigint AS lag_micros, detail""";

	private final JdbcClient jdbc;

	SyncStates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The states of one item in the given districts, by district; a district without one
	 * is absent.
	 */
	Map<String, SyncState> lockItem(String source, UUID item, Collection<String> districts) {
		Map<String, SyncState> states = new HashMap<>();
		if (districts.isEmpty()) {
			return states;
		}
		jdbc.sql("SELECT " + COLUMNS + " FROM sync_state WHERE source_tenant = ? AND item_id = ? AND district = ANY(?)"
				+ " ORDER BY district FOR UPDATE")
			.params(source, item, districts.toArray(String[]::new))
			.query((rs, row) -> states.put(rs.getString("district"), state(rs)))
			.list();
		return states;
	}

	/** The states of every item of one source in one district, by item. */
	Map<UUID, SyncState> lockSource(String district, String source) {
		Map<UUID, SyncState> states = new HashMap<>();
		jdbc.sql("SELECT " + COLUMNS + " FROM sync_state WHERE district = ? AND source_tenant = ? ORDER BY item_id"
				+ " FOR UPDATE")
			.params(district, source)
			.query((rs, row) -> states.put(rs.getObject("item_id", UUID.class), state(rs)))
			.list();
		return states;
	}

	Optional<SyncState> lock(String district, String source, UUID item) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM sync_state WHERE district = ? AND source_tenant = ? AND item_id = ?"
					+ " FOR UPDATE")
			.params(district, source, item)
			.query((rs, row) -> state(rs))
			.optional();
	}

	void save(String district, String source, UUID item, SyncState state) {
		jdbc.sql("""
				INSERT INTO sync_state (district, source_tenant, item_id, upstream_version, applied_version, state,
				    published_at, applied_at, lag, detail, updated_at)
				VALUES (:district, :source, :item, :upstream, :applied, :state, :publishedAt, :appliedAt,
				    CAST(:lagMillis AS double precision) * interval '1 millisecond', :detail, now())
				ON CONFLICT (district, source_tenant, item_id) DO UPDATE SET
				    upstream_version = EXCLUDED.upstream_version, applied_version = EXCLUDED.applied_version,
				    state = EXCLUDED.state, published_at = EXCLUDED.published_at, applied_at = EXCLUDED.applied_at,
				    lag = EXCLUDED.lag, detail = EXCLUDED.detail, updated_at = now()
				""")
			.param("district", district)
			.param("source", source)
			.param("item", item)
			.param("upstream", state.upstreamVersion())
			.param("applied", state.appliedVersion(), Types.INTEGER)
			.param("state", state.state().name())
			.param("publishedAt", timestamp(state.publishedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("appliedAt", timestamp(state.appliedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("lagMillis", state.lag() == null ? null : state.lag().toNanos() / 1_000_000.0, Types.DOUBLE)
			.param("detail", state.detail(), Types.VARCHAR)
			.update();
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	static SyncState state(ResultSet rs) throws SQLException {
		long lagMicros = rs.getLong("lag_micros");
		Duration lag = rs.wasNull() ? null : Duration.ofNanos(lagMicros * 1000);
		OffsetDateTime appliedAt = rs.getObject("applied_at", OffsetDateTime.class);
		return new SyncState(rs.getInt("upstream_version"), rs.getObject("applied_version", Integer.class),
				State.valueOf(rs.getString("state")), rs.getObject("published_at", OffsetDateTime.class).toInstant(),
				appliedAt == null ? null : appliedAt.toInstant(), lag, rs.getString("detail"));
	}

}
