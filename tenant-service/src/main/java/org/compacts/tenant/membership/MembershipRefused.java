package org.compacts.tenant.membership;

import java.net.URI;
import java.util.List;

import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A membership request that is not carried out; nothing was changed. */
final class MembershipRefused extends ErrorResponseException {

	static final String ROLES = "tenant-admin, editor, champion or member";

	private MembershipRefused(HttpStatus status, URI type, String title, String detail, List<InvalidField> errors) {
		super(status, Problems.of(status, type, title, detail, errors), null);
	}

	static MembershipRefused badRole(String role) {
		return new MembershipRefused(HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST, "Invalid request",
				"'" + role + "' is not a role in a compact.", List.of(new InvalidField("role", "must be " + ROLES)));
	}

	static MembershipRefused noSuchTenant(String slug) {
		return new MembershipRefused(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "No such tenant",
				"No tenant has the slug '" + slug + "'.", List.of());
	}

	static MembershipRefused notAMember(String slug, String username, String role) {
		return new MembershipRefused(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "No such member",
				"'" + username + "' is not " + role + " of '" + slug + "'.", List.of());
	}

}
