package org.compacts.tenant;

import java.text.ParseException;
import java.util.List;

import com.nimbusds.jwt.SignedJWT;
import org.compacts.testkit.TestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The service as a client calls it, anonymous or with a real access token of a demo user,
 * through testkit's {@link TestClient}; every status is an answer to look at. For the
 * tests of memberships and invitations (the registry's have their own).
 */
public final class ApiClient {

	public static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final RestTestClient http;

	private ApiClient(RestTestClient http) {
		this.http = http;
	}

	public static ApiClient anonymous(int port) {
		return new ApiClient(TestClient.anonymous(port));
	}

	/**
	 * Signed in as a demo user, with a token fetched now from the test JVM's Keycloak.
	 */
	public static ApiClient as(int port, String username) {
		return new ApiClient(TestClient.as(port, username));
	}

	public static ApiClient withToken(int port, String accessToken) {
		return new ApiClient(TestClient.withToken(port, accessToken));
	}

	/**
	 * The group paths in a token's {@code memberships} claim; empty when Keycloak left
	 * the claim out.
	 */
	public static List<String> membershipsIn(String accessToken) {
		try {
			List<String> memberships = SignedJWT.parse(accessToken).getJWTClaimsSet().getStringListClaim("memberships");
			return memberships == null ? List.of() : memberships;
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("not a JWT", ex);
		}
	}

	public Reply get(String path) {
		return exchange(HttpMethod.GET, path, null);
	}

	public Reply post(String path, Object body) {
		return exchange(HttpMethod.POST, path, body);
	}

	public Reply put(String path, Object body) {
		return exchange(HttpMethod.PUT, path, body);
	}

	public Reply delete(String path) {
		return exchange(HttpMethod.DELETE, path, null);
	}

	private Reply exchange(HttpMethod method, String path, Object body) {
		RestTestClient.RequestBodySpec request = http.method(method)
			.uri(path)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON)
				.body(body instanceof String raw ? raw : JSON.writeValueAsString(body));
		}
		EntityExchangeResult<String> result = request.exchange().returnResult(String.class);
		return new Reply(result.getStatus().value(), result.getResponseHeaders(), result.getResponseBody());
	}

	public record Reply(int status, HttpHeaders headers, String body) {

		public <T> T as(Class<T> type) {
			return JSON.readValue(body, type);
		}

		public <T> List<T> asListOf(Class<T> type) {
			return JSON.readValue(body, JSON.getTypeFactory().constructCollectionType(List.class, type));
		}

		public Problem problem() {
			return as(Problem.class);
		}

		public String contentType() {
			return headers.getContentType() == null ? null : headers.getContentType().toString();
		}

	}

	public record Problem(String type, String title, int status, String detail, List<Field> errors) {

		public List<String> fields() {
			return errors == null ? List.of() : errors.stream().map(Field::field).toList();
		}

	}

	public record Field(String field, String reason) {
	}

}
