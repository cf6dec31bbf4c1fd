package org.compacts.tenant.registry;

import java.net.URI;
import java.util.List;

import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A request the registry will not carry out; the problem it carries says why, and nothing
 * was changed.
 */
final class TenantRequestRefused extends ErrorResponseException {

	private TenantRequestRefused(HttpStatus status, URI type, String title, String detail, List<Violation> violations) {
		super(status, Problems.of(status, type, title, detail,
				violations.stream().map(v -> new InvalidField(v.field(), v.reason())).toList()), null);
	}

	static TenantRequestRefused notFound(String slug) {
		return new TenantRequestRefused(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "No such tenant",
				"No tenant has the slug '" + slug + "'.", List.of());
	}

	static TenantRequestRefused slugTaken(String slug) {
		return new TenantRequestRefused(HttpStatus.CONFLICT, Problems.CONFLICT, "Slug taken",
				"A tenant with the slug '" + slug + "' exists already (perhaps archived); slugs are never reused.",
				List.of(new Violation("slug", "is already taken")));
	}

	static TenantRequestRefused reservedSlug(String slug) {
		return new TenantRequestRefused(HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST, "Invalid request",
				"The slug '" + slug + "' is a word of the API and cannot name a tenant.",
				List.of(new Violation("slug", "is reserved")));
	}

	static TenantRequestRefused rulesBroken(List<Violation> violations) {
		return new TenantRequestRefused(HttpStatus.UNPROCESSABLE_CONTENT, Problems.RULE_BROKEN,
				"Breaks the federation rules", "The change would break the rules of the federation graph.", violations);
	}

	static TenantRequestRefused archiveBlocked(List<Violation> violations) {
		return new TenantRequestRefused(HttpStatus.CONFLICT, Problems.CONFLICT, "Cannot be archived yet",
				"The tenant still has children that are not archived.", violations);
	}

	static TenantRequestRefused archived(String slug) {
		return new TenantRequestRefused(HttpStatus.CONFLICT, Problems.CONFLICT, "Archived",
				"The tenant '" + slug + "' is archived and can no longer be changed.", List.of());
	}

	static TenantRequestRefused archiveInstead(String slug) {
		return new TenantRequestRefused(HttpStatus.CONFLICT, Problems.CONFLICT, "Archive instead",
				"Tenants are never deleted, so that their compacts and history stay readable: " + "POST /api/tenants/"
						+ slug + "/archive instead.",
				List.of());
	}

	/**
	 * @param current the version that is current, when known
	 */
	static TenantRequestRefused stale(String slug, Long current) {
		TenantRequestRefused refused = new TenantRequestRefused(HttpStatus.PRECONDITION_FAILED, Problems.STALE_VERSION,
				"Changed meanwhile",
				"The tenant '" + slug + "' was changed by someone else since you read it: read it again, "
						+ "and apply your change to what is there.",
				List.of(new Violation("If-Match", "is not the current version")));
		if (current != null) {
			refused.getBody().setProperty("currentVersion", current);
		}
		return refused;
	}

	static TenantRequestRefused versionRequired(String slug) {
		return new TenantRequestRefused(HttpStatus.PRECONDITION_REQUIRED, Problems.VERSION_REQUIRED,
				"If-Match required",
				"Send the ETag you read the tenant '" + slug + "' with in If-Match, so that no change is lost.",
				List.of(new Violation("If-Match", "is required")));
	}

	static TenantRequestRefused badVersion(String value) {
		return new TenantRequestRefused(HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST, "Invalid request",
				"If-Match must be the ETag of the tenant, as GET answered it.",
				List.of(new Violation("If-Match", "'" + value + "' is not an ETag of this API")));
	}

}
