package org.compacts.sync.status;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.compacts.contracts.sync.SyncStatusChanged.State;
import org.compacts.sync.federation.FederationTenants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads for the API. sync-service's tables are not tenant-scoped (it works across tenants
 * by design): every query here names the one tenant the request is about, in its district
 * or in its source column, and nothing else.
 */
@Component
class SyncViews {

	private static final String ITEM_COLUMNS = """
			s.district, s.source_tenant, s.item_id, u.kind, s.upstream_version, s.applied_version, s.state,
			(extract(epoch FROM s.lag) * 1000000)::bigint AS lag_micros, s.published_at, s.applied_at, s.detail""";

	private final JdbcClient jdbc;

	private final FederationTenants federation;

	SyncViews(JdbcClient jdbc, FederationTenants federation) {
		this.jdbc = jdbc;
		this.federation = federation;
	}

	@Transactional(readOnly = true)
	DistrictSync district(String tenant) {
		List<ItemSync> items = jdbc
			.sql("SELECT " + ITEM_COLUMNS + " FROM sync_state s JOIN upstream_item u USING (source_tenant, item_id)"
					+ " WHERE s.district = ? ORDER BY s.source_tenant, u.kind, s.item_id")
			.param(tenant)
			.query((rs, row) -> item(rs))
			.list();
		return new DistrictSync(tenant, federation.graph().sourcesOf(tenant), items);
	}

	@Transactional(readOnly = true)
	FollowersSync followers(String tenant) {
		Set<String> following = federation.graph().of(tenant);
		Map<String, List<ItemSync>> byFollower = new TreeMap<>();
		following.forEach(follower -> byFollower.put(follower, new ArrayList<>()));
		jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM sync_state s JOIN upstream_item u USING (source_tenant, item_id)"
				+ " WHERE s.source_tenant = ? ORDER BY s.district, u.kind, s.item_id")
			.param(tenant)
			.query((rs, row) -> byFollower.computeIfAbsent(rs.getString("district"), d -> new ArrayList<>())
				.add(item(rs)))
			.list();
		List<FollowersSync.Follower> followers = new ArrayList<>();
		byFollower.forEach((follower, items) -> followers
			.add(new FollowersSync.Follower(follower, following.contains(follower), List.copyOf(items))));
		return new FollowersSync(tenant, followers);
	}

	private static ItemSync item(ResultSet rs) throws SQLException {
		long lagMicros = rs.getLong("lag_micros");
		Duration lag = rs.wasNull() ? null : Duration.ofNanos(lagMicros * 1000);
		OffsetDateTime appliedAt = rs.getObject("applied_at", OffsetDateTime.class);
		return new ItemSync(rs.getString("source_tenant"), rs.getObject("item_id", UUID.class), rs.getString("kind"),
				rs.getInt("upstream_version"), rs.getObject("applied_version", Integer.class),
				State.valueOf(rs.getString("state")), lag,
				rs.getObject("published_at", OffsetDateTime.class).toInstant(),
				appliedAt == null ? null : appliedAt.toInstant(), rs.getString("detail"));
	}

}
