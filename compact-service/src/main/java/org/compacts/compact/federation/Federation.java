package org.compacts.compact.federation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.compacts.contracts.tenant.Adoption;
import org.compacts.contracts.tenant.TenantArchived;
import org.compacts.contracts.tenant.TenantEvent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The federation as compact-service last heard it from the tenant events: platform-wide,
 * so it answers the same in whatever tenant it is asked.
 */
@Component
public class Federation {

	private final JdbcClient jdbc;

	Federation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A compact's parent, whatever its state; empty when it has none or is unknown. */
	public Optional<String> parentOf(String slug) {
		return jdbc.sql("SELECT parent_slug FROM federation_member WHERE slug = ?")
			.param(slug)
			.query(String.class)
			.optional();
	}

	/**
	 * The compacts that follow a county, by slug: its children that are not archived and
	 * take its compact (one that keeps its own is not in its roll-up).
	 */
	public List<String> followersOf(String county) {
		return jdbc.sql("""
				SELECT slug FROM federation_member
				WHERE parent_slug = ? AND NOT archived AND adoption <> ?
				ORDER BY slug
				""").params(county, Adoption.KEEPS_OWN.name()).query(String.class).list();
	}

	/**
	 * Every compact that is not archived, by slug: whose public content a reader across
	 * compacts reads, each in its own tenant.
	 */
	public List<String> compacts() {
		return jdbc.sql("SELECT slug FROM federation_member WHERE NOT archived ORDER BY slug")
			.query(String.class)
			.list();
	}

	/**
	 * Whether a compact is one of {@link #followersOf(String) the followers} of a county.
	 */
	public boolean follows(String district, String county) {
		return jdbc.sql("""
				SELECT count(*) FROM federation_member
				WHERE slug = ? AND parent_slug = ? AND NOT archived AND adoption <> ?
				""").params(district, county, Adoption.KEEPS_OWN.name()).query(Long.class).single() > 0;
	}

	/**
	 * Stores a compact's place as of an event, unless one that happened later is stored
	 * already (the compacted topic replayed): whether it was stored. Nothing un-archives
	 * a compact.
	 */
	boolean record(TenantEvent event) {
		return jdbc.sql("""
				INSERT INTO federation_member (slug, level, parent_slug, adoption, archived, occurred_at, event_id)
				VALUES (:slug, :level, :parent, :adoption, :archived, :occurredAt, :eventId)
				ON CONFLICT (slug) DO UPDATE SET level = EXCLUDED.level, parent_slug = EXCLUDED.parent_slug,
				    adoption = EXCLUDED.adoption, archived = federation_member.archived OR EXCLUDED.archived,
				    occurred_at = EXCLUDED.occurred_at, event_id = EXCLUDED.event_id, updated_at = now()
				WHERE federation_member.occurred_at <= EXCLUDED.occurred_at
				""")
			.param("slug", event.tenant())
			.param("level", event.level().name())
			.param("parent", event.parentSlug())
			.param("adoption", event.adoption().name())
			.param("archived", event instanceof TenantArchived)
			.param("occurredAt", OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC))
			.param("eventId", event.eventId())
			.update() == 1;
	}

}
