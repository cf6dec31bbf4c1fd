package org.compacts.compact.web;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

import org.compacts.servicekit.web.InvalidField;
import org.compacts.servicekit.web.Problems;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The refusals every part of a compact answers alike, as problem details: a record
 * missing from this compact, a field that breaks a rule, a conflict with what is stored,
 * and a change made from a version that is not the current one.
 */
public final class Refusals {

	private Refusals() {
	}

	public static ErrorResponseException notFound(String detail) {
		return refusal(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Not found", detail, List.of());
	}

	/**
	 * Well-formed input that a rule refuses (a date before another, an id this compact
	 * does not know).
	 */
	public static ErrorResponseException invalid(String detail, List<InvalidField> errors) {
		return refusal(HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST, "Invalid request", detail, errors);
	}

	public static ErrorResponseException invalid(String detail, String field, String reason) {
		return invalid(detail, List.of(new InvalidField(field, reason)));
	}

	public static ErrorResponseException conflict(String detail, String field, String reason) {
		return refusal(HttpStatus.CONFLICT, Problems.CONFLICT, "Conflict", detail,
				List.of(new InvalidField(field, reason)));
	}

	public static ErrorResponseException conflict(String detail) {
		return refusal(HttpStatus.CONFLICT, Problems.CONFLICT, "Conflict", detail, List.of());
	}

	/**
	 * A change names the version it started from in {@code If-Match}, so no one
	 * overwrites a change unseen: without it 428, from an older version 412.
	 */
	public static void requireCurrentVersion(String ifMatch, long current) {
		if (ifMatch == null) {
			throw refusal(HttpStatus.PRECONDITION_REQUIRED, Problems.VERSION_REQUIRED, "Version required",
					"Say which version you changed with If-Match, so no one's change is overwritten unseen.",
					List.of());
		}
		if (!ifMatch.replace("\"", "").strip().equals(String.valueOf(current))) {
			throw stale("Someone changed this since version " + ifMatch + "; it is now at version " + current + ".");
		}
	}

	/**
	 * Two changes from the same version can both pass the If-Match check when they arrive
	 * together; the version column lets one through, and the other is told what it would
	 * have been told a moment later.
	 */
	public static <T> T unlessChangedMeanwhile(Supplier<T> change) {
		try {
			return change.get();
		}
		catch (OptimisticLockingFailureException ex) {
			throw stale("Someone changed this meanwhile; read it again and make your change on the new version.");
		}
	}

	private static ErrorResponseException stale(String detail) {
		return refusal(HttpStatus.PRECONDITION_FAILED, Problems.STALE_VERSION, "Stale version", detail, List.of());
	}

	private static ErrorResponseException refusal(HttpStatus status, URI type, String title, String detail,
			List<InvalidField> errors) {
		return new ErrorResponseException(status, Problems.of(status, type, title, detail, errors), null);
	}

}
