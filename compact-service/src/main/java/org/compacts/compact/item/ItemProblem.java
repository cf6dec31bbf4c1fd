package org.compacts.compact.item;

import java.util.List;

import org.compacts.compact.versioning.Refused;
import org.compacts.servicekit.web.InvalidField;
import org.compacts.servicekit.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The problems an operation on a shared item answers with, from the domain's grounds for
 * refusing.
 */
final class ItemProblem {

	private ItemProblem() {
	}

	static ErrorResponseException notFound(ItemKind kind) {
		return new ErrorResponseException(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, Problems.NOT_FOUND,
				"Not found", "No such " + kind.label() + " in this compact.", List.of()), null);
	}

	static ErrorResponseException versionNotFound(String field, int number) {
		return new ErrorResponseException(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, Problems.NOT_FOUND,
				"Not found", "No such version.", List.of(new InvalidField(field, "no version v" + number))), null);
	}

	static ErrorResponseException invalid(List<InvalidField> errors) {
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST,
				Problems.INVALID_REQUEST, "Invalid request", "The request has values that are not valid.", errors),
				null);
	}

	static ErrorResponseException refused(Refused refused, String field) {
		List<InvalidField> errors = List.of(new InvalidField(field, refused.reason()));
		return switch (refused.ground()) {
			case STALE -> new ErrorResponseException(HttpStatus.CONFLICT,
					Problems.of(HttpStatus.CONFLICT, Problems.STALE_VERSION, "Changed meanwhile",
							"Someone else changed this item since the version you started from; nothing was changed. "
									+ "Read the latest version and apply your change to it.",
							errors),
					null);
			case NOT_ALLOWED -> new ErrorResponseException(HttpStatus.CONFLICT,
					Problems.of(HttpStatus.CONFLICT, Problems.RULE_BROKEN, "Not allowed now", refused.reason(), errors),
					null);
			case UNKNOWN_VERSION -> new ErrorResponseException(HttpStatus.NOT_FOUND,
					Problems.of(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Not found", "No such version.", errors),
					null);
			case INVALID -> invalid(errors);
		};
	}

}
