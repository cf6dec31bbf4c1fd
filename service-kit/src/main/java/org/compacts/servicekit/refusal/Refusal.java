package org.compacts.servicekit.refusal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A change or read a service will not carry out, and why; nothing was changed. Thrown by
 * aggregates and application services in their own words, whoever called them (a request,
 * a listener, the import); the web layer alone turns the {@link Ground} into a status,
 * once, in service-kit's {@code ProblemDetailsAdvice}. Subclass it to give a refusal a
 * name of its own ({@code CoreKeptAsTaken}).
 */
public class Refusal extends RuntimeException {

	/** Why, in the terms a caller acts on; each ground is one problem type. */
	public enum Ground {

		/** Nothing of that id here (in this tenant). */
		NOT_FOUND,
		/** The input itself is wrong: a field breaks a rule of its own. */
		INVALID,
		/** The input is fine but clashes with what is stored (a name taken). */
		CONFLICT,
		/**
		 * What the thing's state does not allow now (withdrawn twice, a core copy
		 * amended).
		 */
		NOT_ALLOWED,
		/** The change would break the rules of a whole (the federation graph). */
		BREAKS_RULES,
		/** Made from a version that is no longer the current one (If-Match). */
		STALE,
		/**
		 * Started from an older version named in the change itself (an edit's
		 * startedFrom).
		 */
		CHANGED_MEANWHILE,
		/** A change that must say which version it changed, and did not. */
		VERSION_REQUIRED,
		/** The caller is not the one this is for. */
		FORBIDDEN,
		/** A service this one depends on did not answer; try later. */
		UNAVAILABLE

	}

	private final Ground ground;

	private final String title;

	private final List<InvalidField> fields;

	private final Map<String, Object> properties = new LinkedHashMap<>();

	public Refusal(Ground ground, String title, String detail, List<InvalidField> fields) {
		this(ground, title, detail, fields, null);
	}

	public Refusal(Ground ground, String title, String detail, List<InvalidField> fields, Throwable cause) {
		super(detail, cause);
		this.ground = ground;
		this.title = title;
		this.fields = List.copyOf(fields);
	}

	public static Refusal notFound(String detail) {
		return new Refusal(Ground.NOT_FOUND, "Not found", detail, List.of());
	}

	public static Refusal notFound(String detail, String field, String reason) {
		return new Refusal(Ground.NOT_FOUND, "Not found", detail, List.of(new InvalidField(field, reason)));
	}

	public static Refusal invalid(String detail, List<InvalidField> fields) {
		return new Refusal(Ground.INVALID, "Invalid request", detail, fields);
	}

	public static Refusal invalid(String detail, String field, String reason) {
		return invalid(detail, List.of(new InvalidField(field, reason)));
	}

	public static Refusal conflict(String detail) {
		return new Refusal(Ground.CONFLICT, "Conflict", detail, List.of());
	}

	public static Refusal conflict(String detail, String field, String reason) {
		return new Refusal(Ground.CONFLICT, "Conflict", detail, List.of(new InvalidField(field, reason)));
	}

	/**
	 * What the thing's state does not allow now; the reason names the field it concerns.
	 */
	public static Refusal notAllowed(String detail, String field, String reason) {
		return new Refusal(Ground.NOT_ALLOWED, "Not allowed now", detail, List.of(new InvalidField(field, reason)));
	}

	public static Refusal notAllowed(String detail) {
		return new Refusal(Ground.NOT_ALLOWED, "Not allowed now", detail, List.of());
	}

	/**
	 * Adds a property the problem carries besides its fields (the current version), and
	 * returns this refusal.
	 */
	public Refusal with(String name, Object value) {
		properties.put(name, value);
		return this;
	}

	public Ground ground() {
		return ground;
	}

	public String title() {
		return title;
	}

	public String detail() {
		return getMessage();
	}

	public List<InvalidField> fields() {
		return fields;
	}

	public Map<String, Object> properties() {
		return Map.copyOf(properties);
	}

}
