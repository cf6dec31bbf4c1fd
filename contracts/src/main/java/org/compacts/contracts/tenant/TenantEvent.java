package org.compacts.contracts.tenant;

import java.time.Instant;
import java.util.UUID;

/** What every tenant event carries, so a consumer can handle them alike. */
public sealed interface TenantEvent permits TenantCreated, TenantParentChanged, TenantAdoptionChanged, TenantArchived {

	/**
	 * The version of the records in this package; a consumer refuses a version it does
	 * not know.
	 */
	int SCHEMA_VERSION = 1;

	/** Unique per event; the same event delivered twice has the same id. */
	UUID eventId();

	/** The tenant's slug, also the record key. */
	String tenant();

	Instant occurredAt();

	int schemaVersion();

	TenantLevel level();

	/** The tenant's parent after the event, or {@code null} when it has none. */
	String parentSlug();

	/** How the tenant takes its parent's compact after the event. */
	Adoption adoption();

}
