package org.compacts.tenant.registry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.compacts.testkit.TestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The tenant API as a client sees it: JSON over HTTP to the running service, answers read
 * as records of the test's own (not the service's types), so the tests check the wire
 * format too. Anonymous, or signed in with a real access token of a demo user, through
 * testkit's {@link TestClient}.
 */
final class TenantApi {

	static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final int port;

	private final RestTestClient http;

	/** Anonymous: no bearer token. */
	TenantApi(int port) {
		this(port, TestClient.anonymous(port));
	}

	private TenantApi(int port, RestTestClient http) {
		this.port = port;
		this.http = http;
	}

	/**
	 * Signed in as a demo user of the realm, with a real token from the test JVM's
	 * Keycloak.
	 */
	static TenantApi as(int port, String username) {
		return new TenantApi(port, TestClient.as(port, username));
	}

	/** The same service, as someone else. */
	TenantApi as(String username) {
		return as(port, username);
	}

	/** The same service, anonymously. */
	TenantApi anonymous() {
		return new TenantApi(port);
	}

	/** A slug no other test uses: {@code prefix-} and six random letters and digits. */
	static String uniqueSlug(String prefix) {
		String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
		StringBuilder slug = new StringBuilder(prefix).append('-');
		for (int i = 0; i < 6; i++) {
			slug.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
		}
		return slug.toString();
	}

	static Map<String, Object> tenant(String slug, String name, String level, String parentSlug, String adoption) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("slug", slug);
		body.put("name", name);
		body.put("level", level);
		body.put("parentSlug", parentSlug);
		body.put("adoption", adoption);
		return body;
	}

	/** A county under {@code national}, for a test to hang its own districts on. */
	TenantJson createCounty(String slug) {
		return created(
				post("/api/tenants", tenant(slug, "County " + slug, "COUNTY", "national", "ADOPTS_PARENT_CORE")));
	}

	TenantJson createDistrict(String slug, String county) {
		return created(
				post("/api/tenants", tenant(slug, "District " + slug, "DISTRICT", county, "ADOPTS_PARENT_CORE")));
	}

	Reply get(String path) {
		return exchange(HttpMethod.GET, path, null, null, null);
	}

	Reply post(String path, Object body) {
		return exchange(HttpMethod.POST, path, null, body, null);
	}

	Reply postRaw(String path, String json) {
		return exchange(HttpMethod.POST, path, null, null, json);
	}

	Reply put(String path, String ifMatch, Object body) {
		return exchange(HttpMethod.PUT, path, ifMatch, body, null);
	}

	Reply putRaw(String path, String ifMatch, String json) {
		return exchange(HttpMethod.PUT, path, ifMatch, null, json);
	}

	Reply delete(String path) {
		return exchange(HttpMethod.DELETE, path, null, null, null);
	}

	/** The body PUT takes, from what GET answered. */
	static Map<String, Object> updateOf(TenantJson tenant) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", tenant.name());
		body.put("parentSlug", tenant.parentSlug());
		body.put("adoption", tenant.adoption());
		body.put("area", tenant.area());
		body.put("contact", tenant.contact());
		body.put("website", tenant.website());
		return body;
	}

	private Reply exchange(HttpMethod method, String path, String ifMatch, Object body, String rawJson) {
		RestTestClient.RequestBodySpec request = http.method(method)
			.uri(path)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		if (body != null || rawJson != null) {
			request.contentType(MediaType.APPLICATION_JSON)
				.body(rawJson != null ? rawJson : JSON.writeValueAsString(body));
		}
		EntityExchangeResult<String> result = request.exchange().returnResult(String.class);
		return new Reply(result.getStatus().value(), result.getResponseHeaders(), result.getResponseBody());
	}

	private static TenantJson created(Reply reply) {
		if (reply.status() != 201) {
			throw new AssertionError("expected 201 Created, got " + reply.status() + ": " + reply.body());
		}
		return reply.as(TenantJson.class);
	}

	record Reply(int status, HttpHeaders headers, String body) {

		<T> T as(Class<T> type) {
			return JSON.readValue(body, type);
		}

		<T> List<T> asListOf(Class<T> type) {
			return JSON.readValue(body, JSON.getTypeFactory().constructCollectionType(List.class, type));
		}

		TenantJson tenant() {
			return as(TenantJson.class);
		}

		ProblemJson problem() {
			return as(ProblemJson.class);
		}

		String contentType() {
			return headers.getContentType() == null ? null : headers.getContentType().toString();
		}

	}

	record TenantJson(String slug, String name, String level, String parentSlug, String adoption, String area,
			String contact, String website, Instant createdAt, Instant archivedAt, long version) {
	}

	record ProblemJson(String type, String title, int status, String detail, String instance, List<FieldJson> errors) {

		List<String> fields() {
			return errors == null ? List.of() : errors.stream().map(FieldJson::field).toList();
		}

	}

	record FieldJson(String field, String reason) {
	}

	record ChangeJson(String field, String oldValue, String newValue, String changedBy, Instant changedAt) {
	}

}
