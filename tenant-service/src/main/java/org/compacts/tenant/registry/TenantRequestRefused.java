package org.compacts.tenant.registry;

import java.util.List;

import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;

/**
 * A request the registry will not carry out, and why; nothing was changed.
 */
final class TenantRequestRefused extends Refusal {

	private TenantRequestRefused(Ground ground, String title, String detail, List<Violation> violations) {
		super(ground, title, detail, violations.stream().map(v -> new InvalidField(v.field(), v.reason())).toList());
	}

	static TenantRequestRefused noSuchTenant(String slug) {
		return new TenantRequestRefused(Ground.NOT_FOUND, "No such tenant", "No tenant has the slug '" + slug + "'.",
				List.of());
	}

	static TenantRequestRefused slugTaken(String slug) {
		return new TenantRequestRefused(Ground.CONFLICT, "Slug taken",
				"A tenant with the slug '" + slug + "' exists already (perhaps archived); slugs are never reused.",
				List.of(new Violation("slug", "is already taken")));
	}

	static TenantRequestRefused reservedSlug(String slug) {
		return new TenantRequestRefused(Ground.INVALID, "Invalid request",
				"The slug '" + slug + "' is a word of the API and cannot name a tenant.",
				List.of(new Violation("slug", "is reserved")));
	}

	static TenantRequestRefused rulesBroken(List<Violation> violations) {
		return new TenantRequestRefused(Ground.BREAKS_RULES, "Breaks the federation rules",
				"The change would break the rules of the federation graph.", violations);
	}

	static TenantRequestRefused archiveBlocked(List<Violation> violations) {
		return new TenantRequestRefused(Ground.CONFLICT, "Cannot be archived yet",
				"The tenant still has children that are not archived.", violations);
	}

	static TenantRequestRefused archived(String slug) {
		return new TenantRequestRefused(Ground.CONFLICT, "Archived",
				"The tenant '" + slug + "' is archived and can no longer be changed.", List.of());
	}

	static TenantRequestRefused archiveInstead(String slug) {
		return new TenantRequestRefused(Ground.CONFLICT, "Archive instead",
				"Tenants are never deleted, so that their compacts and history stay readable: " + "POST /api/tenants/"
						+ slug + "/archive instead.",
				List.of());
	}

}
