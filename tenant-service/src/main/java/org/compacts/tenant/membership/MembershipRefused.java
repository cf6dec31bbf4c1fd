package org.compacts.tenant.membership;

import java.util.List;

import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;

/** A membership request that is not carried out; nothing was changed. */
final class MembershipRefused extends Refusal {

	static final String ROLES = "tenant-admin, editor, champion or member";

	private MembershipRefused(Ground ground, String title, String detail, List<InvalidField> errors) {
		super(ground, title, detail, errors);
	}

	static MembershipRefused badRole(String role) {
		return new MembershipRefused(Ground.INVALID, "Invalid request", "'" + role + "' is not a role in a compact.",
				List.of(new InvalidField("role", "must be " + ROLES)));
	}

	static MembershipRefused noSuchTenant(String slug) {
		return new MembershipRefused(Ground.NOT_FOUND, "No such tenant", "No tenant has the slug '" + slug + "'.",
				List.of());
	}

	static MembershipRefused notInCompact(String slug, String username) {
		return new MembershipRefused(Ground.NOT_FOUND, "No such member",
				"'" + username + "' holds no role in '" + slug + "': invite them instead.", List.of());
	}

	/**
	 * On a role change the role field is at fault; on a removal, the request as a whole.
	 */
	static MembershipRefused lastTenantAdmin(String slug, boolean roleField) {
		String reason = "a compact keeps at least one tenant admin: make someone else tenant admin first";
		return new MembershipRefused(Ground.CONFLICT, "Last tenant admin",
				"'" + slug + "' would have no tenant admin left; make someone else tenant admin first.",
				roleField ? List.of(new InvalidField("role", reason)) : List.of());
	}

	static MembershipRefused notAMember(String slug, String username, String role) {
		return new MembershipRefused(Ground.NOT_FOUND, "No such member",
				"'" + username + "' is not " + role + " of '" + slug + "'.", List.of());
	}

}
