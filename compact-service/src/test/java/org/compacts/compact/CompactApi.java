package org.compacts.compact;

import org.compacts.testkit.TestServers;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The service's API as a client sees it, signed in as a demo user of the test realm or anonymous, with
 * every answer kept whole, refusals included.
 */
public final class CompactApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RestClient http;

	public CompactApi(int port) {
		this.http = RestClient.create("http://127.0.0.1:" + port);
	}

	public record Answer(int status, String contentType, String body, String etag) {

		public <T> T as(Class<T> type) {
			return JSON.readValue(body, type);
		}

		/** The ETag as a client sends it back in If-Match. */
		public String version() {
			return etag;
		}

	}

	public Answer get(String path) {
		return call(HttpMethod.GET, path, null, null, null);
	}

	public Answer get(String path, String user) {
		return call(HttpMethod.GET, path, user, null, null);
	}

	public Answer post(String path, String user, Object body) {
		return call(HttpMethod.POST, path, user, body, null);
	}

	public Answer post(String path, String user, Object body, String ifMatch) {
		return call(HttpMethod.POST, path, user, body, ifMatch);
	}

	public Answer put(String path, String user, Object body, String ifMatch) {
		return call(HttpMethod.PUT, path, user, body, ifMatch);
	}

	public Answer delete(String path, String user) {
		return call(HttpMethod.DELETE, path, user, null, null);
	}

	/** A body given as a String goes as it is, so a test can send JSON that is malformed on purpose. */
	public Answer call(HttpMethod method, String path, String user, Object body, String ifMatch) {
		var request = http.method(method).uri(path);
		if (user != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestServers.tokens().accessToken(user));
		}
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.exchange((req, res) -> new Answer(res.getStatusCode().value(),
				String.valueOf(res.getHeaders().getContentType()), res.bodyTo(String.class),
				res.getHeaders().getETag()));
	}

}
