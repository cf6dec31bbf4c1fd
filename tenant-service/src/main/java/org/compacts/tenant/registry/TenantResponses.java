package org.compacts.tenant.registry;

import java.time.Instant;

/** What the tenant API answers with; never the entity itself. */
final class TenantResponses {

	private TenantResponses() {
	}

	/**
	 * A tenant; {@code version} is also its ETag, to send back in If-Match when changing
	 * it.
	 */
	record TenantDetails(String slug, String name, Level level, String parentSlug, Adoption adoption, String area,
			String contact, String website, Instant createdAt, Instant archivedAt, long version) {

		static TenantDetails of(Tenant tenant) {
			Profile profile = tenant.profile();
			return new TenantDetails(tenant.slug(), tenant.name(), tenant.level(), tenant.parentSlug(),
					tenant.adoption(), profile.area(), profile.contact(), profile.website(), tenant.createdAt(),
					tenant.archivedAt(), tenant.version());
		}

	}

	/**
	 * One change of a tenant's parent or adoption, or its archiving: who, when, from what
	 * to what.
	 */
	record ChangeDetails(String field, String oldValue, String newValue, String changedBy, Instant changedAt) {

		static ChangeDetails of(TenantChange change) {
			return new ChangeDetails(change.field(), change.oldValue(), change.newValue(), change.changedBy(),
					change.changedAt());
		}

	}

}
