package org.compacts.compact.web;

import java.time.LocalDate;
import java.util.List;

import org.compacts.servicekit.web.InvalidField;
import org.compacts.servicekit.web.ProblemDetailsAdvice;
import org.compacts.servicekit.web.Problems;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * Names the field of a value that could not become its type where service-kit's advice cannot: a date such
 * as 2010-02-30, whose innermost cause is the {@code java.time} exception rather than Jackson's, which
 * knows the field; and a number too large for its field, which service-kit takes for malformed JSON.
 * Everything else unreadable goes on to service-kit as it is. Once service-kit looks for Jackson's
 * exception along the causes and knows number overflow, this goes.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnconvertibleValueAdvice {

	private final ProblemDetailsAdvice problems;

	UnconvertibleValueAdvice(ProblemDetailsAdvice problems) {
		this.problems = problems;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Object> unreadable(HttpMessageNotReadableException ex, NativeWebRequest request) throws Exception {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof MismatchedInputException mismatch && mismatch.getCause() != null
					&& !mismatch.getPath().isEmpty()) {
				return ResponseEntity.badRequest()
					.body(Problems.of(HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST, "Invalid request",
							"The request body has a value of the wrong type.",
							List.of(new InvalidField(path(mismatch), reason(mismatch)))));
			}
			if (cause instanceof InputCoercionException overflow && !overflow.getPath().isEmpty()) {
				return ResponseEntity.badRequest()
					.body(Problems.of(HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST, "Invalid request",
							"The request body has a number out of range.",
							List.of(new InvalidField(path(overflow), "is out of range"))));
			}
		}
		return problems.handleException(ex, request);
	}

	/** {@code parent.child[2].name}, as service-kit names a field. */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String reason(MismatchedInputException ex) {
		if (ex.getTargetType() == LocalDate.class) {
			return "must be a date as yyyy-mm-dd";
		}
		return ex.getTargetType() == null ? "has a value of the wrong type"
				: "must be a " + ex.getTargetType().getSimpleName();
	}

}
