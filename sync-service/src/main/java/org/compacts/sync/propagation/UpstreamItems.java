package org.compacts.sync.propagation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.compacts.contracts.sync.SharedItemPublished;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The latest version of every shared item ({@code upstream_item}): what a joining
 * district catches up from.
 */
@Repository
class UpstreamItems {

	private static final String COLUMNS = "source_tenant, item_id, kind, version, mode, retired, content, published_at, position";

	private final JdbcClient jdbc;

	UpstreamItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What was kept of an item after a publication: its latest version, and whether the
	 * publication moved it to another position (the source reordered its items).
	 */
	record Kept(UpstreamItem latest, boolean moved) {
	}

	/**
	 * Keeps the published version if it is newer than the one kept (an older one changes
	 * nothing), and answers the latest kept version, locked until the caller's
	 * transaction ends. The same version again with another position is the source
	 * reordering: only the position is taken. A publication without a position (an older
	 * producer) keeps the position already known.
	 */
	Kept keepLatest(SharedItemPublished published) {
		// 0 for a position never said: positions are positive
		Integer before = jdbc.sql(
				"SELECT coalesce(position, 0) FROM upstream_item WHERE source_tenant = ? AND item_id = ? AND version = ? "
						+ "FOR UPDATE")
			.params(published.sourceTenant(), published.itemId(), published.version())
			.query(Integer.class)
			.optional()
			.orElse(null);
		jdbc.sql("""
				INSERT INTO upstream_item (source_tenant, item_id, kind, version, mode, retired, content, published_at,
				    event_id, position)
				VALUES (:source, :item, :kind, :version, :mode, :retired, :content, :publishedAt, :eventId, :position)
				ON CONFLICT (source_tenant, item_id) DO UPDATE SET kind = EXCLUDED.kind, version = EXCLUDED.version,
				    mode = EXCLUDED.mode, retired = EXCLUDED.retired, content = EXCLUDED.content,
				    published_at = EXCLUDED.published_at, event_id = EXCLUDED.event_id, received_at = now(),
				    position = coalesce(EXCLUDED.position, upstream_item.position)
				WHERE upstream_item.version < EXCLUDED.version
				    OR upstream_item.version = EXCLUDED.version AND EXCLUDED.position IS NOT NULL
				        AND upstream_item.position IS DISTINCT FROM EXCLUDED.position
				""")
			.param("source", published.sourceTenant())
			.param("item", published.itemId())
			.param("kind", published.kind())
			.param("version", published.version())
			.param("mode", published.mode())
			.param("retired", published.retired())
			.param("content", published.content())
			.param("publishedAt", OffsetDateTime.ofInstant(published.publishedAt(), ZoneOffset.UTC))
			.param("eventId", published.eventId())
			.param("position", published.position())
			.update();
		UpstreamItem latest = jdbc
			.sql("SELECT " + COLUMNS + " FROM upstream_item WHERE source_tenant = ? AND item_id = ? FOR UPDATE")
			.params(published.sourceTenant(), published.itemId())
			.query(UpstreamItems::item)
			.single();
		boolean moved = before != null && latest.version() == published.version() && published.position() != null
				&& !before.equals(published.position());
		return new Kept(latest, moved);
	}

	/** The latest version of each item the source published, retired ones included. */
	List<UpstreamItem> latestFrom(String source) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM upstream_item WHERE source_tenant = ? ORDER BY item_id")
			.param(source)
			.query(UpstreamItems::item)
			.list();
	}

	private static UpstreamItem item(ResultSet rs, int row) throws SQLException {
		return new UpstreamItem(rs.getString("source_tenant"), rs.getObject("item_id", UUID.class),
				rs.getString("kind"), rs.getInt("version"), rs.getString("mode"), rs.getBoolean("retired"),
				rs.getString("content"), rs.getObject("published_at", OffsetDateTime.class).toInstant(),
				rs.getObject("position", Integer.class));
	}

}
