package org.compacts.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cross-tenant matrix, generated from a service's OpenAPI document: every operation ×
 * each foreign id of the victim tenant (its path parameters' samples) × each caller who
 * is not one of the victim's members, called once with the victim's tenant in the path
 * and, for a caller with a compact of its own, once more with that compact in the path
 * and the victim's ids (an id taken across tenants must not work in the taker's own
 * compact either).
 *
 * <p>
 * A finding is any 5xx; any 4xx that is not a problem detail; any 2xx that the allow-list
 * does not name (and a write is never allowed); and any 2xx whose body carries a secret
 * of a scope the caller may not read. An operation whose path parameter, required query
 * or header parameter or request body has no sample is <em>uncovered</em>, and a test
 * fails on it, so that no operation joins the API unchecked. Whether a call changed a row
 * is the test's to see: snapshot the victim's tables before and after {@link #run}.
 */
public final class CrossTenantMatrix {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

	/**
	 * Who may read a sample: its compact's members only, also the members of the county
	 * it follows, anyone; or {@link #ANY} for a sample that is no secret by itself (a
	 * section's key, a version number, something every visitor reads).
	 */
	public enum Scope {

		ANY, MEMBERS, COUNTY, PUBLIC

	}

	/**
	 * @param username a demo user, or null for the anonymous
	 * @param ownTenant the compact the caller holds a role in, if any
	 * @param reads the scopes the caller may read in the victim tenant
	 */
	public record Caller(String name, @Nullable String username, @Nullable String ownTenant, Set<Scope> reads) {

		public static Caller of(String name, @Nullable String username, @Nullable String ownTenant, Scope... reads) {
			Set<Scope> readable = new LinkedHashSet<>(List.of(Scope.ANY, Scope.PUBLIC));
			readable.addAll(List.of(reads));
			return new Caller(name, username, ownTenant, Set.copyOf(readable));
		}

	}

	/** A real value of the victim tenant for a path parameter. */
	public record Sample(Scope scope, String value) {
	}

	/**
	 * A read that is legitimately answered 2xx: a GET of the victim's tenant whose
	 * operation path matches, by one of the callers named (none named: anyone), for
	 * samples of one of the scopes.
	 */
	public record Allowed(Pattern path, Set<String> callers, Set<Scope> scopes, String reason) {

		boolean allows(String template, Caller caller, Scope scope) {
			return path.matcher(template).matches() && (callers.isEmpty() || callers.contains(caller.name()))
					&& scopes.contains(scope);
		}

	}

	/** A body the API document does not describe (a file read from the raw request). */
	public record RawBody(String contentType, String body) {
	}

	/** One call and its answer. */
	public record Call(String method, String template, String uri, Caller caller, Scope scope, boolean victimPath,
			int status, String contentType, String body) {

		@Override
		public String toString() {
			return status + " " + method + " " + uri + " as " + caller.name() + " (" + method + " " + template
					+ ", samples " + scope + ")";
		}

	}

	/**
	 * @param operations how many operations the document has
	 * @param uncovered each operation the matrix could not call, and why
	 * @param findings each leak, 5xx or answer that is not a problem detail
	 */
	public record Result(int operations, List<Call> calls, List<String> uncovered, List<String> findings) {
	}

	private final int port;

	private final String tenantParameter;

	private final String victim;

	private final List<Caller> callers = new ArrayList<>();

	private final Map<String, List<Sample>> ids = new LinkedHashMap<>();

	private final Map<String, Object> bodies = new LinkedHashMap<>();

	private final Map<String, RawBody> rawBodies = new LinkedHashMap<>();

	private final Map<String, String> queries = new LinkedHashMap<>();

	private final List<Allowed> allowed = new ArrayList<>();

	private final Map<Scope, Set<String>> secrets = new LinkedHashMap<>();

	private final Map<String, TokenAt> tokens = new HashMap<>();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private record TokenAt(String token, long at) {
	}

	/**
	 * @param tenantParameter the name of the path parameter that names the tenant
	 * ({@code tenant}, {@code slug})
	 */
	public CrossTenantMatrix(int port, String tenantParameter, String victim) {
		this.port = port;
		this.tenantParameter = tenantParameter;
		this.victim = victim;
	}

	public CrossTenantMatrix caller(Caller caller) {
		callers.add(caller);
		return this;
	}

	/**
	 * A sample for the path parameter that follows a segment, keyed as it reads:
	 * {@code "plans/{planId}"}, {@code "versions/{number}"}.
	 */
	public CrossTenantMatrix id(String key, Scope scope, String value) {
		ids.computeIfAbsent(key, k -> new ArrayList<>()).add(new Sample(scope, value));
		secret(scope, value);
		return this;
	}

	/** A valid body for a request schema, by its name in the document. */
	public CrossTenantMatrix body(String schema, Object body) {
		bodies.put(schema, body);
		return this;
	}

	/** A body for an operation ({@code "POST /api/..."}) the document shows none for. */
	public CrossTenantMatrix rawBody(String operation, String contentType, String body) {
		rawBodies.put(operation, new RawBody(contentType, body));
		return this;
	}

	/** A value for a required query parameter, by name. */
	public CrossTenantMatrix query(String name, String value) {
		queries.put(name, value);
		return this;
	}

	public CrossTenantMatrix allow(String pathRegex, Set<String> callers, Set<Scope> scopes, String reason) {
		allowed.add(new Allowed(Pattern.compile(pathRegex), callers, scopes, reason));
		return this;
	}

	/**
	 * Text that only the readers of a scope may see in any answer (a marker written into
	 * the victim's rows).
	 */
	public CrossTenantMatrix secret(Scope scope, String text) {
		if (scope != Scope.ANY && scope != Scope.PUBLIC) {
			secrets.computeIfAbsent(scope, s -> new LinkedHashSet<>()).add(text);
		}
		return this;
	}

	/** Reads the document at {@code docsPath} and calls every operation in it. */
	public Result run(String docsPath) {
		JsonNode paths = JSON.readTree(send("GET", docsPath, null, null, null).body()).path("paths");
		List<String> uncovered = new ArrayList<>();
		List<String> findings = new ArrayList<>();
		List<Call> calls = new ArrayList<>();
		int operations = 0;
		for (Iterator<Map.Entry<String, JsonNode>> it = paths.properties().iterator(); it.hasNext();) {
			Map.Entry<String, JsonNode> path = it.next();
			for (String method : METHODS) {
				JsonNode operation = path.getValue().path(method);
				if (operation.isMissingNode()) {
					continue;
				}
				operations++;
				String name = method.toUpperCase() + " " + path.getKey();
				Planned planned = plan(name, path.getKey(), operation, uncovered);
				if (planned == null) {
					continue;
				}
				for (Map<String, Sample> combination : planned.combinations) {
					Scope scope = scopeOf(combination.values());
					for (Caller caller : callers) {
						calls.add(call(method.toUpperCase(), path.getKey(), planned, combination, scope, caller, victim,
								findings));
						if (caller.ownTenant() != null && planned.foreign(combination)) {
							calls.add(call(method.toUpperCase(), path.getKey(), planned, combination, scope, caller,
									caller.ownTenant(), findings));
						}
					}
				}
			}
		}
		return new Result(operations, calls, uncovered, findings);
	}

	private final class Planned {

		final List<String> parameters = new ArrayList<>();

		final List<Map<String, Sample>> combinations = new ArrayList<>();

		final Map<String, String> query = new LinkedHashMap<>();

		boolean ifMatch;

		@Nullable RawBody body;

		boolean foreign(Map<String, Sample> combination) {
			return combination.values().stream().anyMatch(s -> UUID.matcher(s.value()).matches())
					|| (body != null && ids.values()
						.stream()
						.flatMap(List::stream)
						.anyMatch(s -> UUID.matcher(s.value()).matches() && body.body().contains(s.value())));
		}

	}

	private @Nullable Planned plan(String name, String template, JsonNode operation, List<String> uncovered) {
		Planned planned = new Planned();
		List<String> missing = new ArrayList<>();
		Map<String, List<Sample>> options = new LinkedHashMap<>();
		String[] segments = template.split("/");
		for (int i = 1; i < segments.length; i++) {
			String segment = segments[i];
			if (!segment.startsWith("{")) {
				continue;
			}
			String parameter = segment.substring(1, segment.length() - 1);
			if (parameter.equals(tenantParameter)) {
				continue;
			}
			String key = segments[i - 1] + "/" + segment;
			List<Sample> samples = ids.get(key);
			if (samples == null) {
				missing.add("no sample id for path parameter " + key);
			}
			else {
				options.put(parameter, samples);
			}
		}
		for (JsonNode parameter : operation.path("parameters")) {
			String in = parameter.path("in").asString();
			String parameterName = parameter.path("name").asString();
			boolean required = parameter.path("required").asBoolean(false);
			if ("header".equals(in) && "If-Match".equalsIgnoreCase(parameterName)) {
				planned.ifMatch = true;
			}
			else if ("query".equals(in) && queries.containsKey(parameterName)) {
				planned.query.put(parameterName, queries.get(parameterName));
			}
			else if (required && !"path".equals(in) && !"Content-Type".equalsIgnoreCase(parameterName)) {
				missing.add("no sample for required " + in + " parameter " + parameterName);
			}
		}
		planned.body = rawBodies.get(name);
		JsonNode content = operation.path("requestBody").path("content");
		if (planned.body == null && !content.isMissingNode()) {
			String mediaType = content.has("application/json") ? "application/json"
					: content.propertyNames().iterator().next();
			String ref = content.path(mediaType).path("schema").path("$ref").asString("");
			String schema = ref.isEmpty() ? mediaType : ref.substring(ref.lastIndexOf('/') + 1);
			if (!bodies.containsKey(schema)) {
				missing.add("no sample body for request schema " + schema);
			}
			else {
				Object body = bodies.get(schema);
				planned.body = new RawBody(mediaType,
						body instanceof String text ? text : JSON.writeValueAsString(body));
			}
		}
		if (!missing.isEmpty()) {
			uncovered.add(name + ": " + String.join("; ", missing));
			return null;
		}
		planned.parameters.addAll(options.keySet());
		combine(options, new ArrayList<>(options.keySet()), 0, new LinkedHashMap<>(), planned.combinations);
		return planned;
	}

	/**
	 * Every choice of samples whose scopes agree (an action of the plan it belongs to).
	 */
	private static void combine(Map<String, List<Sample>> options, List<String> names, int at,
			Map<String, Sample> chosen, List<Map<String, Sample>> into) {
		if (at == names.size()) {
			into.add(new LinkedHashMap<>(chosen));
			return;
		}
		for (Sample sample : options.get(names.get(at))) {
			Scope sofar = scopeOf(chosen.values());
			if (sample.scope() != Scope.ANY && sofar != Scope.ANY && sofar != sample.scope()) {
				continue;
			}
			chosen.put(names.get(at), sample);
			combine(options, names, at + 1, chosen, into);
			chosen.remove(names.get(at));
		}
	}

	private static Scope scopeOf(Iterable<Sample> samples) {
		for (Sample sample : samples) {
			if (sample.scope() != Scope.ANY) {
				return sample.scope();
			}
		}
		return Scope.ANY;
	}

	private Call call(String method, String template, Planned planned, Map<String, Sample> combination, Scope scope,
			Caller caller, String tenant, List<String> findings) {
		String uri = template.replace("{" + tenantParameter + "}", tenant);
		for (Map.Entry<String, Sample> chosen : combination.entrySet()) {
			uri = uri.replace("{" + chosen.getKey() + "}", chosen.getValue().value());
		}
		if (!planned.query.isEmpty()) {
			StringBuilder query = new StringBuilder();
			planned.query.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&")
				.append(name)
				.append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
			uri += query;
		}
		HttpResponse<String> response = send(method, uri, caller.username(), planned.ifMatch ? "*" : null,
				planned.body);
		boolean victimPath = tenant.equals(victim);
		Call call = new Call(method, template, uri, caller, scope, victimPath, response.statusCode(),
				response.headers().firstValue("Content-Type").orElse(""), response.body());
		judge(call, findings);
		return call;
	}

	private void judge(Call call, List<String> findings) {
		int status = call.status();
		if (status >= 500) {
			findings.add("5xx: " + call + ": " + abbreviated(call.body()));
		}
		else if (status >= 400) {
			if (status == 401 && call.caller().username() != null) {
				// an expired or refused token would make every call a 401: a matrix that
				// tests nothing
				findings.add("a signed-in caller not recognised: " + call);
			}
			if (!call.contentType().startsWith("application/problem+json")) {
				findings
					.add("not a problem detail: " + call + ", " + call.contentType() + ": " + abbreviated(call.body()));
			}
		}
		else if (status >= 300) {
			findings.add("unexpected redirect: " + call);
		}
		else {
			if (!"GET".equals(call.method())) {
				findings.add("LEAK (a change accepted): " + call);
			}
			else if (!call.victimPath()) {
				findings.add("LEAK (a foreign id read in the caller's own compact): " + call);
			}
			else if (allowed.stream().noneMatch(a -> a.allows(call.template(), call.caller(), call.scope()))) {
				findings.add("LEAK (a read the allow-list does not name): " + call);
			}
			for (Map.Entry<Scope, Set<String>> secret : secrets.entrySet()) {
				if (call.caller().reads().contains(secret.getKey())) {
					continue;
				}
				for (String text : secret.getValue()) {
					if (call.body().contains(text)) {
						findings.add("LEAK (" + secret.getKey() + " data '" + text + "' in the answer): " + call);
					}
				}
			}
		}
	}

	private static String abbreviated(String text) {
		return text.length() > 300 ? text.substring(0, 300) + "..." : text;
	}

	private HttpResponse<String> send(String method, String uri, @Nullable String username, @Nullable String ifMatch,
			@Nullable RawBody body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + uri))
			.timeout(Duration.ofSeconds(30))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body.body()));
		if (body != null) {
			request.header("Content-Type", body.contentType());
		}
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		if (username != null) {
			request.header("Authorization", "Bearer " + token(username));
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + uri + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(method + " " + uri + " interrupted", ex);
		}
	}

	/** A token per caller, fetched again after a minute so none expires mid-matrix. */
	private String token(String username) {
		TokenAt held = tokens.get(username);
		if (held == null || System.nanoTime() - held.at() > Duration.ofMinutes(1).toNanos()) {
			held = new TokenAt(TestServers.tokens().accessToken(username), System.nanoTime());
			tokens.put(username, held);
		}
		return held.token();
	}

}
