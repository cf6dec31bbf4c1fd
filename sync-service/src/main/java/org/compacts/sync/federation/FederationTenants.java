package org.compacts.sync.federation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.compacts.contracts.tenant.Adoption;
import org.compacts.contracts.tenant.TenantLevel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * sync-service's copy of the federation graph ({@code federation_tenant}), kept from the
 * tenant events.
 */
@Repository
public class FederationTenants {

	private final JdbcClient jdbc;

	FederationTenants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The whole graph: a few hundred rows at most, one per compact. */
	public Followers graph() {
		return Followers.in(jdbc.sql("SELECT slug, level, parent_slug, adoption, archived FROM federation_tenant")
			.query((rs, row) -> new FederationMember(rs.getString("slug"), TenantLevel.valueOf(rs.getString("level")),
					rs.getString("parent_slug"), Adoption.valueOf(rs.getString("adoption")), rs.getBoolean("archived")))
			.list());
	}

	/**
	 * Stores a tenant's place as of an event, unless an event that happened later was
	 * stored already (a replay of the topic): whether it was stored. Archived stays
	 * archived: nothing un-archives a tenant.
	 */
	public boolean record(FederationMember member, Instant occurredAt) {
		return jdbc.sql("""
				INSERT INTO federation_tenant (slug, level, parent_slug, adoption, archived, occurred_at, updated_at)
				VALUES (:slug, :level, :parent, :adoption, :archived, :occurredAt, now())
				ON CONFLICT (slug) DO UPDATE SET level = EXCLUDED.level, parent_slug = EXCLUDED.parent_slug,
				    adoption = EXCLUDED.adoption, archived = federation_tenant.archived OR EXCLUDED.archived,
				    occurred_at = EXCLUDED.occurred_at, updated_at = now()
				WHERE federation_tenant.occurred_at IS NULL OR federation_tenant.occurred_at <= EXCLUDED.occurred_at
				""")
			.param("slug", member.slug())
			.param("level", member.level().name())
			.param("parent", member.parentSlug())
			.param("adoption", member.adoption().name())
			.param("archived", member.archived())
			.param("occurredAt", OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC))
			.update() == 1;
	}

}
