package org.compacts.servicekit.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place a service's refusals become RFC 9457 problem details: a domain
 * {@link Refusal} by its ground, and what Spring MVC, Bean Validation, Jackson and the
 * database reject, each naming the fields at fault in {@code errors: [{field, reason}]}.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private static final String INVALID_TITLE = "Invalid request";

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidField> errors = new ArrayList<>();
		ex.getBindingResult().getFieldErrors().forEach(error -> errors.add(fieldError(error)));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> errors.add(new InvalidField(error.getObjectName(), error.getDefaultMessage())));
		return invalid(ex, headers, status, request, "The request has fields that are not valid.", errors);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidField> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> {
			String name = result.getMethodParameter().getParameterName();
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				String field = error instanceof FieldError fieldError ? fieldError.getField() : name;
				errors.add(new InvalidField(field, error.getDefaultMessage()));
			}
		});
		return invalid(ex, headers, HttpStatus.BAD_REQUEST, request, "The request has values that are not valid.",
				errors);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// Jackson's exception knows the field; it is not always the innermost cause (a
		// date such as
		// 2010-02-30 ends in java.time's exception), so look along the causes.
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
				return invalid(ex, headers, status, request, "The request body has a value of the wrong type.",
						List.of(new InvalidField(path(mismatch), reason(mismatch))));
			}
			if (cause instanceof InputCoercionException overflow && !overflow.getPath().isEmpty()) {
				return invalid(ex, headers, status, request, "The request body has a number out of range.",
						List.of(new InvalidField(path(overflow), "is out of range")));
			}
		}
		String detail = ex.getMostSpecificCause() instanceof JacksonException ? "The request body is not valid JSON."
				: "The request body is missing or cannot be read.";
		return invalid(ex, headers, status, request, detail, List.of());
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
				: ex.getPropertyName();
		String expected = ex.getRequiredType() == null ? "another type" : describe(ex.getRequiredType());
		return invalid(ex, headers, status, request, "A parameter has a value of the wrong type.",
				List.of(new InvalidField(field, "must be " + expected)));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(ex, headers, status, request, "A required parameter is missing.",
				List.of(new InvalidField(ex.getParameterName(), "required")));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, WebRequest request) {
		List<InvalidField> errors = ex.getConstraintViolations()
			.stream()
			.map(violation -> new InvalidField(lastNode(violation.getPropertyPath().toString()),
					violation.getMessage()))
			.toList();
		return invalid(ex, new HttpHeaders(), HttpStatus.BAD_REQUEST, request,
				"The request has values that are not valid.", errors);
	}

	/**
	 * A unique or check constraint caught what the checks before it did not (a race, most
	 * often).
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> dataIntegrityViolation(DataIntegrityViolationException ex, WebRequest request) {
		log.info("Refused a change the database would not store: {}", ex.getMostSpecificCause().getMessage());
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, Problems.CONFLICT, "Conflict",
				"The change conflicts with the stored data; read it again and retry.", List.of());
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
	}

	/**
	 * PostgreSQL chose this transaction to break a deadlock, or a lock could not be had:
	 * everything it did is rolled back, and the same request a moment later succeeds.
	 */
	@ExceptionHandler(PessimisticLockingFailureException.class)
	ResponseEntity<Object> pessimisticLockingFailure(PessimisticLockingFailureException ex, WebRequest request) {
		log.info("Refused a change that met another at the same moment: {}", ex.getMostSpecificCause().getMessage());
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, Problems.CONFLICT, "Changed at the same moment",
				"Another change to the same items was being made at the same moment, and nothing was changed; "
						+ "send it again.",
				List.of());
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
	}

	/**
	 * A refusal of the domain, by its ground: the status is decided here and nowhere
	 * else.
	 */
	@ExceptionHandler(Refusal.class)
	ResponseEntity<Object> refusal(Refusal refusal, WebRequest request) {
		HttpStatus status = statusOf(refusal.ground());
		ProblemDetail problem = Problems.of(status, typeOf(refusal.ground()), refusal.title(), refusal.detail(),
				refusal.fields());
		refusal.properties().forEach(problem::setProperty);
		return handleExceptionInternal(refusal, problem, new HttpHeaders(), status, request);
	}

	/**
	 * Two changes from the same version can both pass the If-Match check when they arrive
	 * together; the version column lets one through, and the other is told what it would
	 * have been told a moment later: 412, as a stale If-Match.
	 */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> optimisticLockingFailure(OptimisticLockingFailureException ex, WebRequest request) {
		return refusal(changedMeanwhile(ex), request);
	}

	static Refusal changedMeanwhile(Exception cause) {
		return new Refusal(Refusal.Ground.STALE, "Stale version",
				"Someone changed this meanwhile; read it again and make your change on the new version.",
				List.of(new InvalidField("If-Match", "is not the current version")), cause);
	}

	static HttpStatus statusOf(Refusal.Ground ground) {
		return switch (ground) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case INVALID -> HttpStatus.BAD_REQUEST;
			case CONFLICT, NOT_ALLOWED, CHANGED_MEANWHILE -> HttpStatus.CONFLICT;
			case BREAKS_RULES -> HttpStatus.UNPROCESSABLE_CONTENT;
			case STALE -> HttpStatus.PRECONDITION_FAILED;
			case VERSION_REQUIRED -> HttpStatus.PRECONDITION_REQUIRED;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
		};
	}

	static URI typeOf(Refusal.Ground ground) {
		return switch (ground) {
			case NOT_FOUND -> Problems.NOT_FOUND;
			case INVALID -> Problems.INVALID_REQUEST;
			case CONFLICT -> Problems.CONFLICT;
			case NOT_ALLOWED, BREAKS_RULES -> Problems.RULE_BROKEN;
			case STALE, CHANGED_MEANWHILE -> Problems.STALE_VERSION;
			case VERSION_REQUIRED -> Problems.VERSION_REQUIRED;
			case FORBIDDEN -> Problems.FORBIDDEN;
			case UNAVAILABLE -> Problems.UNAVAILABLE;
		};
	}

	/**
	 * JPA's own optimistic-lock failure, where it reaches a controller untranslated (a
	 * flush outside a repository); a bean only where JPA is on the class path.
	 */
	@RestControllerAdvice
	public static class JpaLocks {

		@ExceptionHandler(OptimisticLockException.class)
		ResponseEntity<ProblemDetail> optimisticLock(OptimisticLockException ex) {
			Refusal refusal = changedMeanwhile(ex);
			HttpStatus status = statusOf(refusal.ground());
			ProblemDetail problem = Problems.of(status, typeOf(refusal.ground()), refusal.title(), refusal.detail(),
					refusal.fields());
			return ResponseEntity.status(status).body(problem);
		}

	}

	private ResponseEntity<Object> invalid(Exception ex, HttpHeaders headers, HttpStatusCode status, WebRequest request,
			String detail, List<InvalidField> errors) {
		ProblemDetail problem = Problems.of(status, Problems.INVALID_REQUEST, INVALID_TITLE, detail, errors);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	private static InvalidField fieldError(FieldError error) {
		if (error.isBindingFailure()) {
			return new InvalidField(error.getField(), "has a value of the wrong type");
		}
		return new InvalidField(error.getField(), error.getDefaultMessage());
	}

	/** {@code parent.child[2].name} from Jackson's path into the body. */
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
		Class<?> target = ex.getTargetType();
		if (target == java.time.LocalDate.class) {
			return "must be a date as yyyy-mm-dd";
		}
		if (ex instanceof InvalidFormatException && target == String.class) {
			// the one refusal of a string that is a string: see UnicodeStrings
			return UnicodeStrings.REASON;
		}
		if (ex instanceof InvalidFormatException invalid && target != null && target.isEnum()) {
			return "'" + invalid.getValue() + "' is not one of " + Arrays.toString(target.getEnumConstants());
		}
		return target == null ? "has a value of the wrong type" : "must be " + describe(target);
	}

	private static String describe(Class<?> type) {
		if (type.isEnum()) {
			return "one of " + Arrays.toString(type.getEnumConstants());
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "a number";
		}
		if (type == String.class) {
			return "a string";
		}
		if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "a list";
		}
		// A request's own types are objects to its callers; their Java names mean nothing
		// to them.
		if (type.isRecord() || !type.getPackageName().startsWith("java.")) {
			return "an object";
		}
		return "a " + type.getSimpleName();
	}

	private static String lastNode(String propertyPath) {
		int dot = propertyPath.lastIndexOf('.');
		return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
	}

}
