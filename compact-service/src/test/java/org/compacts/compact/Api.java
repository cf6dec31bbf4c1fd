package org.compacts.compact;

import java.util.List;
import java.util.Map;

import org.compacts.testkit.TestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The API of a running compact-service as a test calls it, through testkit's
 * {@link TestClient}: as a demo user with a real token from the test Keycloak (or
 * anonymously), answering the status and the body whatever the status; and the rows of a
 * table as one tenant sees them, read past the API to show that a refusal changed
 * nothing.
 */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	/**
	 * @param etag the version as the service tags it, which a client sends back in
	 * If-Match
	 */
	public record Answer(int status, String contentType, String text, String etag) {

		public JsonNode json() {
			return JSON.readTree(text);
		}

		public <T> T as(Class<T> type) {
			return JSON.readValue(text, type);
		}

		public boolean namesField(String field) {
			JsonNode errors = json().path("errors");
			for (JsonNode error : errors) {
				if (field.equals(error.path("field").asString())) {
					return true;
				}
			}
			return false;
		}

		public boolean isProblem() {
			return contentType.startsWith("application/problem+json");
		}

	}

	public Api(int port, JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.port = port;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * @param user a demo user's username, or null to call anonymously
	 */
	public Answer call(HttpMethod method, String path, String user, Object body) {
		return call(method, path, user, body, null);
	}

	/**
	 * @param body sent as it is when a String, so a test can send malformed JSON on
	 * purpose
	 * @param ifMatch the version a change starts from, or null to send none
	 */
	public Answer call(HttpMethod method, String path, String user, Object body, String ifMatch) {
		RestTestClient http = user == null ? TestClient.anonymous(port) : TestClient.as(port, user);
		RestTestClient.RequestBodySpec request = http.method(method).uri(path);
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON)
				.body(body instanceof String text ? text : JSON.writeValueAsString(body));
		}
		EntityExchangeResult<String> result = request.exchange().returnResult(String.class);
		HttpHeaders headers = result.getResponseHeaders();
		return new Answer(result.getStatus().value(), String.valueOf(headers.getContentType()),
				result.getResponseBody(), headers.getETag());
	}

	public Answer get(String path, String user) {
		return call(HttpMethod.GET, path, user, null);
	}

	public Answer post(String path, String user, Object body) {
		return call(HttpMethod.POST, path, user, body);
	}

	public Answer post(String path, String user, Object body, String ifMatch) {
		return call(HttpMethod.POST, path, user, body, ifMatch);
	}

	public Answer put(String path, String user, Object body) {
		return call(HttpMethod.PUT, path, user, body);
	}

	public Answer put(String path, String user, Object body, String ifMatch) {
		return call(HttpMethod.PUT, path, user, body, ifMatch);
	}

	public Answer delete(String path, String user) {
		return call(HttpMethod.DELETE, path, user, null);
	}

	/** Rows of a table as the given tenant sees them under row-level security. */
	public int rows(String table, String tenant) {
		return transactions.execute(status -> {
			jdbc.queryForObject("SELECT set_config('compacts.tenant', ?, true)", String.class, tenant);
			return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
		});
	}

	/**
	 * Every row of a table, every column, as the given tenant sees them, in a fixed
	 * order: equal snapshots before and after a refusal mean it changed nothing, neither
	 * the count nor a value.
	 */
	public List<Map<String, Object>> snapshot(String table, String tenant) {
		return query(tenant, "SELECT * FROM " + table + " ORDER BY 1, 2, 3");
	}

	/** A query as the given tenant, under row-level security. */
	public List<Map<String, Object>> query(String tenant, String sql, Object... args) {
		return transactions.execute(status -> {
			jdbc.queryForObject("SELECT set_config('compacts.tenant', ?, true)", String.class, tenant);
			return jdbc.queryForList(sql, args);
		});
	}

}
