package org.compacts.portal.backend;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;
import org.springframework.web.client.RestClientException;

/**
 * A change the service refused, as its RFC 9457 problem details said, shaped for the
 * GOV.UK error summary: each field at fault with its reason, or the reason for the whole
 * change.
 *
 * @param status the service's HTTP status
 * @param detail the reason for the whole change
 * @param errors the fields at fault, in the service's names (e.g. {@code content.aim})
 * @param currentVersion on a stale edit, the version that is current now
 */
public record Refused(int status, String detail, List<FieldError> errors, @Nullable Integer currentVersion) {

	/** The body of a problem as service-kit writes it. */
	record Problem(@Nullable String title, @Nullable String detail, @Nullable List<FieldError> errors,
			@Nullable Integer currentVersion) {

		/** The problem in a refusal's body, if it has one a person can read. */
		static @Nullable Problem readFrom(ConvertibleClientHttpResponse response) {
			try {
				return response.bodyTo(Problem.class);
			}
			catch (RestClientException ex) {
				// an empty body, or one that is not a problem: the status alone must
				// speak
				return null;
			}
		}

	}

	/**
	 * A field at fault: its name in the service's request and why.
	 */
	public record FieldError(String field, String reason) {

		/** The id of the field's input, for the error summary's link. */
		public String anchor() {
			return Refused.anchor(field);
		}

		/**
		 * What a person calls the field: {@code content.whyItMatters} → "Why it matters".
		 */
		public String label() {
			String last = field.substring(field.lastIndexOf('.') + 1);
			String index = "";
			int bracket = last.indexOf('[');
			if (bracket > 0) {
				String number = last.substring(bracket + 1, last.length() - 1);
				index = number.chars().allMatch(Character::isDigit) ? " (line " + (Integer.parseInt(number) + 1) + ")"
						: "";
				last = last.substring(0, bracket);
			}
			String words = last.replaceAll("([a-z])([A-Z])", "$1 $2")
				.toLowerCase(Locale.ROOT)
				.replaceAll("^vcs\\b", "VCS");
			return Character.toUpperCase(words.charAt(0)) + words.substring(1) + index;
		}

	}

	static Refused of(int status, @Nullable Problem problem) {
		String detail = problem == null ? "" : firstOf(problem.detail(), problem.title());
		List<FieldError> errors = problem == null || problem.errors() == null ? List.of() : problem.errors();
		return new Refused(status, detail.isEmpty() ? reasonFor(status) : detail, errors,
				problem == null ? null : problem.currentVersion());
	}

	/** A refusal the portal makes itself, before asking a service. */
	public static Refused of(String field, String reason) {
		return new Refused(400, "The form has fields that are not valid.", List.of(new FieldError(field, reason)),
				null);
	}

	/** Whether someone else changed it first: the page then shows what changed. */
	public boolean isStale() {
		return status == 412 || status == 409 && currentVersion != null;
	}

	public boolean isNotFound() {
		return status == 404;
	}

	public boolean isForbidden() {
		return status == 401 || status == 403;
	}

	/**
	 * Whether the field, or an entry of it ({@code field[2]}, {@code field.name}), is at
	 * fault.
	 */
	public boolean hasError(String field) {
		return errorFor(field).isPresent();
	}

	/** The reason shown by the field, if it is at fault. */
	public Optional<String> errorFor(String field) {
		return errors.stream()
			.filter(error -> error.field().equals(field) || error.field().startsWith(field + "[")
					|| error.field().startsWith(field + "."))
			.map(FieldError::reason)
			.findFirst();
	}

	/**
	 * The id of a field's input on the page, for the summary's link: its name with
	 * anything but letters, digits and hyphens made a hyphen.
	 */
	public static String anchor(String field) {
		int bracket = field.indexOf('[');
		String name = bracket < 0 ? field : field.substring(0, bracket);
		return name.replaceAll("[^A-Za-z0-9-]", "-");
	}

	/** The id of a field's error message, for its input's aria-describedby. */
	public String errorId(String field) {
		return anchor(field) + "-error";
	}

	/**
	 * The refusal in a form's names, where the form names a field otherwise than the
	 * service ({@code target.on} is the form's {@code targetDate}), so that the summary
	 * names the field a person sees and links to its input. A stale version (If-Match) is
	 * no field of the form: the summary then gives the service's reason.
	 * @param names the service's field (or the start of it) to the form's, most specific
	 * first
	 */
	public Refused inFormNames(Map<String, String> names) {
		List<FieldError> renamed = errors.stream()
			.filter(error -> !"If-Match".equalsIgnoreCase(error.field()))
			.map(error -> new FieldError(formName(error.field(), names), error.reason()))
			.toList();
		return new Refused(status, detail, renamed, currentVersion);
	}

	private static String formName(String field, Map<String, String> names) {
		return names.entrySet()
			.stream()
			.filter(name -> field.equals(name.getKey()) || field.startsWith(name.getKey() + ".")
					|| field.startsWith(name.getKey() + "["))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(field);
	}

	private static String firstOf(@Nullable String a, @Nullable String b) {
		return a != null && !a.isBlank() ? a : b == null ? "" : b;
	}

	private static String reasonFor(int status) {
		return switch (status) {
			case 403, 401 -> "You may not make this change.";
			case 404 -> "It no longer exists.";
			case 409, 412 -> "Someone else changed it while you were editing.";
			default -> "The change could not be made.";
		};
	}

}
