package org.compacts.servicekit.web;

import java.net.URI;
import java.util.List;

import org.compacts.servicekit.refusal.InvalidField;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The problem types this service answers with, and how a problem names the fields at
 * fault.
 */
public final class Problems {

	/** The request itself is malformed or breaks a constraint of its fields. */
	public static final URI INVALID_REQUEST = type("invalid-request");

	/** The request is well formed but the change it asks for breaks a rule. */
	public static final URI RULE_BROKEN = type("rule-broken");

	public static final URI NOT_FOUND = type("not-found");

	/**
	 * The change conflicts with the current state (a slug taken, a tenant to archive
	 * instead of delete).
	 */
	public static final URI CONFLICT = type("conflict");

	/**
	 * The client's version (If-Match) is not the current one: someone else changed it
	 * meanwhile.
	 */
	public static final URI STALE_VERSION = type("stale-version");

	/**
	 * An unsafe change without If-Match, which could otherwise overwrite someone else's
	 * change unseen.
	 */
	public static final URI VERSION_REQUIRED = type("version-required");

	/**
	 * Signed in, but not as the person the request is for (an invitation sent to someone
	 * else).
	 */
	public static final URI FORBIDDEN = type("forbidden");

	/**
	 * A service this one depends on (the identity provider, the mail server) did not
	 * answer; try later.
	 */
	public static final URI UNAVAILABLE = type("unavailable");

	private Problems() {
	}

	static ProblemDetail of(HttpStatusCode status, URI type, String title, String detail, List<InvalidField> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		if (!errors.isEmpty()) {
			problem.setProperty("errors", List.copyOf(errors));
		}
		return problem;
	}

	private static URI type(String name) {
		return URI.create("urn:compacts:problem:" + name);
	}

}
