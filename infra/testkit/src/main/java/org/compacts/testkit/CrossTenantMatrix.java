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
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

	private final Map<String, Map.Entry<String, String>> raceTargets = new LinkedHashMap<>();

	private final Map<String, String> notRaced = new LinkedHashMap<>();

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

	/**
	 * Where {@link #concurrentEdits} races an update, instead of the samples: a resource
	 * no other test counts on, or one whose version no GET answers as an ETag; and its
	 * version now.
	 */
	public CrossTenantMatrix raceAt(String operation, String uri, String etag) {
		raceTargets.put(operation, Map.entry(uri, etag));
		return this;
	}

	/**
	 * An update {@link #concurrentEdits} cannot race with the samples it has, and why;
	 * the reason is printed with the race's figures.
	 */
	public CrossTenantMatrix notRaced(String operation, String reason) {
		notRaced.put(operation, reason);
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

	/**
	 * What the fuzz sent and found.
	 *
	 * @param requests how many bad requests were sent
	 * @param byStatus how many were answered with each status
	 * @param findings each 5xx, refusal that is no problem detail, and bad request
	 * accepted
	 */
	public record Fuzzed(int requests, Map<Integer, Integer> byStatus, List<String> findings) {
	}

	/** One bad request: an operation's, with a bad body or a bad path parameter. */
	private record BadRequest(String method, String template, String uri, boolean ifMatch, @Nullable RawBody body,
			String what) {
	}

	/**
	 * Sends {@code cases} bad requests, as {@code username} (one of the victim's members,
	 * so that each passes the door and reaches the binding and the rules) to the victim's
	 * operations, with the matrix's samples: each operation's request body broken as
	 * {@link BadBodies} breaks it, and each path parameter replaced by values that name
	 * nothing. Every write carries an {@code If-Match} of a version that is not current,
	 * so a bad request that slipped through binding still changes nothing. The cases are
	 * drawn per operation in turn, each operation's in an order shuffled by {@code seed},
	 * and past the single breaks, several breaks at once; so a few hundred reach every
	 * operation and ten thousand every break.
	 *
	 * <p>
	 * A finding: any 5xx, a 4xx that is not a problem detail, a connection the service
	 * dropped, and a 2xx or 3xx to a write.
	 */
	public Fuzzed fuzz(String docsPath, String username, int cases, long seed) {
		JsonNode document = JSON.readTree(send("GET", docsPath, null, null, null).body());
		Random random = new Random(seed);
		List<List<BadRequest>> byOperation = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (String method : METHODS) {
				JsonNode operation = path.getValue().path(method);
				if (operation.isMissingNode()) {
					continue;
				}
				List<BadRequest> bad = badRequests(method.toUpperCase(), path.getKey(), operation, document);
				Collections.shuffle(bad, random);
				if (!bad.isEmpty()) {
					byOperation.add(bad);
				}
			}
		}
		List<BadRequest> chosen = new ArrayList<>();
		for (int round = 0; chosen.size() < cases && !byOperation.isEmpty(); round++) {
			boolean any = false;
			for (List<BadRequest> bad : byOperation) {
				if (round < bad.size() && chosen.size() < cases) {
					chosen.add(bad.get(round));
					any = true;
				}
			}
			if (!any) {
				break;
			}
		}
		// past every single break: several at once, drawn at random
		List<BadRequest> combinable = byOperation.stream()
			.flatMap(List::stream)
			.filter(b -> b.what().startsWith("body "))
			.toList();
		while (chosen.size() < cases && !combinable.isEmpty()) {
			chosen.add(combined(combinable.get(random.nextInt(combinable.size())), document, random));
		}
		Map<Integer, Integer> byStatus = new TreeMap<>();
		List<String> findings = new ArrayList<>();
		for (BadRequest bad : chosen) {
			String described = bad.method() + " " + bad.uri() + " (" + bad.method() + " " + bad.template() + "), "
					+ bad.what();
			HttpResponse<String> response;
			try {
				response = send(bad.method(), bad.uri(), username, bad.ifMatch() ? "\"987654321\"" : null, bad.body());
			}
			catch (IllegalStateException ex) {
				findings.add("no answer: " + described + ": " + ex.getCause());
				continue;
			}
			int status = response.statusCode();
			byStatus.merge(status, 1, Integer::sum);
			String contentType = response.headers().firstValue("Content-Type").orElse("");
			if (status >= 500) {
				findings.add(status + ": " + described + ": " + abbreviated(response.body()));
			}
			else if (status >= 400 && !contentType.startsWith("application/problem+json")) {
				findings.add(status + " not a problem detail: " + described + ", " + contentType);
			}
			else if (status < 400 && !"GET".equals(bad.method())) {
				findings.add(status + " a bad write accepted: " + described);
			}
		}
		return new Fuzzed(chosen.size(), byStatus, findings);
	}

	/**
	 * What happened to each resource edited from one version by several at once.
	 *
	 * @param raced per operation and resource, the statuses of the edits, in the order
	 * sent
	 * @param skipped each update the test said not to race, and why
	 * @param uncovered each update whose version could not be read, and why
	 * @param findings each race not won by exactly one, a loser not told 412, or a
	 * resource left at another version than the winner's
	 */
	public record Raced(Map<String, List<Integer>> raced, Map<String, String> skipped, List<String> uncovered,
			List<String> findings) {
	}

	/**
	 * For every update the document has (a PUT that takes {@code If-Match}), as
	 * {@code username}: reads the resource's version (its ETag, from a GET of the same
	 * path, or else of the path it is part of), then sends {@code writers} copies of the
	 * sample body at once, each with that version. Exactly one may win; each of the
	 * others must be told 412; and the resource must be left at the winner's version.
	 * This changes the victim's resources: run it after whatever needs them unchanged.
	 */
	public Raced concurrentEdits(String docsPath, String username, int writers) {
		JsonNode document = JSON.readTree(send("GET", docsPath, null, null, null).body());
		Map<String, List<Integer>> raced = new LinkedHashMap<>();
		List<String> uncovered = new ArrayList<>();
		List<String> findings = new ArrayList<>();
		Map<String, String> skipped = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			JsonNode operation = path.getValue().path("put");
			if (operation.isMissingNode()) {
				continue;
			}
			String name = "PUT " + path.getKey();
			Planned planned = plan(name, path.getKey(), operation, new ArrayList<>());
			if (planned == null || !planned.ifMatch || planned.combinations.isEmpty()) {
				continue;
			}
			if (notRaced.containsKey(name)) {
				skipped.put(name, notRaced.get(name));
				continue;
			}
			// the first choice of samples that names a resource (an action of another
			// plan
			// names none)
			Map.Entry<String, String> target = raceTargets.get(name);
			String uri = target == null ? null : target.getKey();
			String etag = target == null ? null : target.getValue();
			for (Map<String, Sample> combination : target == null ? planned.combinations
					: List.<Map<String, Sample>>of()) {
				uri = uri(path.getKey(), planned, combination, victim);
				etag = versionOf(uri, username);
				if (etag != null) {
					break;
				}
			}
			if (etag == null) {
				uncovered.add(name + ": no ETag from a GET of " + uri + " or of a path it is part of");
				continue;
			}
			List<HttpResponse<String>> answers = race(uri, username, etag, planned.body, writers);
			List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).toList();
			raced.put(name + " " + uri, statuses);
			List<HttpResponse<String>> won = answers.stream().filter(a -> a.statusCode() < 300).toList();
			if (won.size() != 1 || statuses.stream().filter(s -> s >= 300).anyMatch(s -> s != 412)) {
				findings.add(name + " (" + uri + "): " + writers + " edits from " + etag + " answered " + statuses
						+ "; expected one 2xx and " + (writers - 1) + " 412");
				continue;
			}
			String winner = won.get(0).headers().firstValue("ETag").orElse(null);
			// an explicit target's version may be no ETag to read back
			String now = target == null ? versionOf(uri, username) : winner;
			if (winner != null && !winner.equals(now)) {
				findings.add(name + " (" + uri + "): the winner was told " + winner + " but the resource is at " + now);
			}
		}
		return new Raced(raced, skipped, uncovered, findings);
	}

	/** Where a body's prose usually is, first to last. */
	private static final List<String> PROSE = List.of("title", "name", "text", "body", "summary", "meaning", "story",
			"suggestion", "note", "outcome", "aim");

	/**
	 * Prose by its look: a word that starts with a letter, no address, link, code or id.
	 */
	private static final Pattern LOOKS_LIKE_PROSE = Pattern.compile("\\p{L}[^@/:]*\\p{Ll}[^@/:]*");

	/**
	 * The body with one prose field told apart by the writer's number, so each writer's
	 * edit changes the resource: an edit that changes nothing is no update to lose, and
	 * wins beside any other. A field named as prose is chosen first, whatever the order
	 * the sample's map wrote them in.
	 */
	private static @Nullable RawBody distinct(@Nullable RawBody body, int writer) {
		if (body == null || !body.contentType().equals("application/json")) {
			return body;
		}
		JsonNode json = JSON.readTree(body.body());
		if (!(json instanceof tools.jackson.databind.node.ObjectNode object)) {
			return body;
		}
		List<String> names = new ArrayList<>(PROSE);
		object.propertyNames().forEach(names::add);
		for (String name : names) {
			JsonNode value = object.path(name);
			if (value.isString() && LOOKS_LIKE_PROSE.matcher(value.asString()).matches()
					&& !UUID.matcher(value.asString()).matches()) {
				object.put(name, value.asString() + " (writer " + writer + ")");
				return new RawBody(body.contentType(), JSON.writeValueAsString(object));
			}
		}
		return body;
	}

	private @Nullable String versionOf(String uri, String username) {
		String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
		String tenantPath = path.substring(0, path.indexOf(victim) + victim.length());
		// the resource, else the nearest resource it is part of (an amendment's decision
		// is versioned by its review)
		for (String candidate = path; candidate.length() > tenantPath.length(); candidate = candidate.substring(0,
				candidate.lastIndexOf('/'))) {
			HttpResponse<String> read = send("GET", candidate, username, null, null);
			String etag = read.headers().firstValue("ETag").orElse(null);
			if (read.statusCode() == 200 && etag != null && etag.matches("\"\\d+\"")) {
				return etag;
			}
			if (read.statusCode() == 404 && candidate.equals(path)) {
				// these samples name no resource (a response of another consultation)
				return null;
			}
		}
		return null;
	}

	private List<HttpResponse<String>> race(String uri, String username, String etag, @Nullable RawBody body,
			int writers) {
		String token = token(username);
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			for (int i = 0; i < writers; i++) {
				int writer = i;
				sent.add(CompletableFuture.supplyAsync(() -> {
					try {
						start.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return sendAs(token, "PUT", uri, etag, distinct(body, writer));
				}, pool));
			}
			start.countDown();
			return sent.stream().map(CompletableFuture::join).toList();
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static final List<String> BAD_IDS = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000", "%00",
			"%2e%2e", "-1", "99999999999999999999", "x".repeat(2_000));

	private List<BadRequest> badRequests(String method, String template, JsonNode operation, JsonNode document) {
		Planned planned = plan(method + " " + template, template, operation, new ArrayList<>());
		if (planned == null || planned.combinations.isEmpty()) {
			return new ArrayList<>();
		}
		Map<String, Sample> samples = planned.combinations.get(0);
		String uri = uri(template, planned, samples, victim);
		List<BadRequest> bad = new ArrayList<>();
		JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
		if (planned.body != null && planned.body.contentType().equals("application/json") && !schema.isMissingNode()) {
			for (BadBodies.Bad body : BadBodies.of(schema, document, JSON.readTree(planned.body.body()))) {
				bad.add(new BadRequest(method, template, uri, planned.ifMatch,
						new RawBody(body.contentType(), body.body()), "body " + body.name()));
			}
		}
		List<String> parameters = new ArrayList<>(planned.parameters);
		if (template.contains("{" + tenantParameter + "}")) {
			parameters.add(tenantParameter);
		}
		for (String parameter : parameters) {
			for (String value : BAD_IDS) {
				Map<String, Sample> broken = new LinkedHashMap<>(samples);
				broken.put(parameter, new Sample(Scope.ANY, value));
				String tenant = parameter.equals(tenantParameter) ? value : victim;
				broken.remove(tenantParameter);
				bad.add(new BadRequest(method, template, uri(template, planned, broken, tenant), planned.ifMatch,
						planned.body, "path " + parameter + " = " + abbreviated(value)));
			}
		}
		return bad;
	}

	private BadRequest combined(BadRequest like, JsonNode document, Random random) {
		JsonNode operation = document.path("paths").path(like.template()).path(like.method().toLowerCase());
		JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
		Planned planned = plan(like.method() + " " + like.template(), like.template(), operation, new ArrayList<>());
		BadBodies.Bad body = planned == null || planned.body == null ? null
				: BadBodies.combined(schema, document, JSON.readTree(planned.body.body()), random);
		if (body == null) {
			return like;
		}
		return new BadRequest(like.method(), like.template(), like.uri(), like.ifMatch(),
				new RawBody(body.contentType(), body.body()), "body " + body.name());
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
		String uri = uri(template, planned, combination, tenant);
		HttpResponse<String> response = send(method, uri, caller.username(), planned.ifMatch ? "*" : null,
				planned.body);
		boolean victimPath = tenant.equals(victim);
		Call call = new Call(method, template, uri, caller, scope, victimPath, response.statusCode(),
				response.headers().firstValue("Content-Type").orElse(""), response.body());
		judge(call, findings);
		return call;
	}

	private String uri(String template, Planned planned, Map<String, Sample> combination, String tenant) {
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
		return uri;
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
		return sendAs(username == null ? null : token(username), method, uri, ifMatch, body);
	}

	private HttpResponse<String> sendAs(@Nullable String token, String method, String uri, @Nullable String ifMatch,
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
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
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
