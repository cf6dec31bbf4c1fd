package org.compacts.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.compacts.testkit.RealServers;
import org.compacts.testkit.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway in front of four small HTTP servers that stand where the services stand and
 * say who they are: routing is the gateway's own logic, so what sits behind it only has
 * to answer.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers(keycloak = true)
class GatewayRoutingIT {

	/** The tenants the stand-in registry knows. */
	static final java.util.Set<String> REGISTERED = java.util.Set.of("kent", "swale", "canterbury");

	/** What reached each stand-in: "METHOD path auth=yes|no". */
	static final java.util.List<String> RECEIVED = new java.util.concurrent.CopyOnWriteArrayList<>();

	static final Map<String, HttpServer> SERVICES = new LinkedHashMap<>();

	/** What each stand-in says its readiness is; a test may change it. */
	static final Map<String, Integer> READINESS_STATUS = new java.util.concurrent.ConcurrentHashMap<>();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) throws IOException {
		for (String name : new String[] { "tenant-service", "compact-service", "sync-service", "portal" }) {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/", exchange -> answer(name, exchange));
			server.start();
			SERVICES.put(name, server);
			READINESS_STATUS.put(name, 200);
			registry.add("compacts.services." + name, () -> "http://127.0.0.1:" + server.getAddress().getPort());
		}
	}

	private static void answer(String name, HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		RECEIVED.add(name + " " + exchange.getRequestMethod() + " " + path + " auth="
				+ (exchange.getRequestHeaders().containsKey("Authorization") ? "yes" : "no"));
		int status = 200;
		String body = name + " " + path;
		if (name.equals("tenant-service") && path.startsWith("/api/tenants/")) {
			status = REGISTERED.contains(path.substring("/api/tenants/".length())) ? 200 : 404;
		}
		if (path.equals("/actuator/health/readiness")) {
			status = READINESS_STATUS.get(name);
			body = status == 200 ? "{\"status\":\"UP\"}" : "{\"status\":\"OUT_OF_SERVICE\"}";
			exchange.getResponseHeaders().add("Content-Type", "application/json");
		}
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	@AfterAll
	static void stopServices() {
		SERVICES.values().forEach(server -> server.stop(0));
	}

	RestClient gateway() {
		return RestClient.create("http://127.0.0.1:" + port);
	}

	@Test
	void routesEachPathToItsService() {
		assertThat(get("/api/tenants")).isEqualTo("tenant-service /api/tenants");
		assertThat(get("/api/tenants/kent")).isEqualTo("tenant-service /api/tenants/kent");
		assertThat(get("/api/t/swale/sync/status")).isEqualTo("sync-service /api/t/swale/sync/status");
		assertThat(get("/api/sync/dead-letters")).isEqualTo("sync-service /api/sync/dead-letters");
		assertThat(get("/api/t/swale/codes/funding")).isEqualTo("compact-service /api/t/swale/codes/funding");
		assertThat(get("/kent/codes")).isEqualTo("portal /kent/codes");
		assertThat(get("/")).isEqualTo("portal /");
	}

	record Health(String status, Map<String, Health> components) {
	}

	@Test
	void platformHealthIsUpOnlyWhileEveryServiceIsReady() {
		Health up = gateway().get().uri("/actuator/health/platform").retrieve().body(Health.class);
		assertThat(up.status()).isEqualTo("UP");
		assertThat(up.components().get("services").components()).hasSize(4);

		READINESS_STATUS.put("sync-service", 503);
		try {
			Health down = gateway().get()
				.uri("/actuator/health/platform")
				.exchange((request, response) -> response.bodyTo(Health.class));
			assertThat(down.status()).isEqualTo("DOWN");
			assertThat(down.components().get("services").components().get("sync-service").status()).isEqualTo("DOWN");
			assertThat(down.components().get("services").components().get("portal").status()).isEqualTo("UP");
		}
		finally {
			READINESS_STATUS.put("sync-service", 200);
		}
	}

	record Answer(int status, String contentType, String body, org.springframework.http.HttpHeaders headers) {
	}

	private Answer call(String method, String path, String bearer) {
		var request = gateway().method(org.springframework.http.HttpMethod.valueOf(method)).uri(path);
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return request.exchange((req, res) -> new Answer(res.getStatusCode().value(),
				String.valueOf(res.getHeaders().getContentType()), res.bodyTo(String.class), res.getHeaders()));
	}

	@Test
	void anUnknownTenantEndsAtTheGatewayWith404() {
		RECEIVED.clear();

		Answer api = call("GET", "/api/t/atlantis/principles", null);
		Answer page = call("GET", "/t/atlantis", null);
		Answer notASlug = call("GET", "/api/t/NOT_A_SLUG/principles", null);

		assertThat(api.status()).isEqualTo(404);
		assertThat(api.contentType()).startsWith("application/problem+json");
		assertThat(page.status()).isEqualTo(404);
		assertThat(notASlug.status()).isEqualTo(404);
		assertThat(RECEIVED).noneMatch(line -> line.startsWith("compact-service") || line.startsWith("portal"));
	}

	@Test
	void anAnonymousWriteIsRefusedAtTheGatewayAndNeverRouted() {
		RECEIVED.clear();

		Answer answer = call("POST", "/api/t/kent/principles", null);

		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(RECEIVED).noneMatch(line -> line.startsWith("compact-service"));
	}

	@Test
	void aValidBearerTokenIsLetThroughWithItsHeaderAndAForgedOneIsNot() {
		RECEIVED.clear();
		String token = TestServers.tokens().accessToken("sam.editor");

		Answer valid = call("POST", "/api/t/swale/principles", token);
		Answer forged = call("POST", "/api/t/swale/principles", token.substring(0, token.length() - 4) + "AAAA");

		assertThat(valid.status()).isEqualTo(200);
		assertThat(valid.body()).isEqualTo("compact-service /api/t/swale/principles");
		assertThat(forged.status()).isEqualTo(401);
		assertThat(RECEIVED).containsOnlyOnce("compact-service POST /api/t/swale/principles auth=yes");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/logout", "/t/kent/workspace/items" })
	void aSessionFormWithoutItsTokenIsToldWhyAndNeverRouted(String path) {
		RECEIVED.clear();

		Answer answer = gateway().post()
			.uri(path)
			.header("Cookie", "SESSION=expired; JSESSIONID=expired")
			.exchange((req, res) -> new Answer(res.getStatusCode().value(),
					String.valueOf(res.getHeaders().getContentType()), res.bodyTo(String.class), res.getHeaders()));

		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body()).contains("The form was not accepted").doesNotContain("roles");
		assertThat(RECEIVED).isEmpty();
	}

	/**
	 * The services' metrics are scraped on each service; through the gateway, whose last
	 * route takes every path to the portal, no actuator path but health and info is
	 * carried anywhere. Its own metrics are for a platform admin's token.
	 */
	@Test
	void metricsAreNeverRoutedAndTheGatewaysOwnAreForAPlatformAdminOnly() throws IOException {
		RECEIVED.clear();

		RawAnswer anonymous = raw("/actuator/prometheus");
		RawAnswer otherActuator = raw("/actuator/env");
		Answer editor = call("GET", "/actuator/prometheus", TestServers.tokens().accessToken("sam.editor"));
		Answer admin = call("GET", "/actuator/prometheus", TestServers.tokens().accessToken("pat.platform"));

		assertThat(anonymous.status()).as(anonymous.text()).isIn(302, 401);
		assertThat(anonymous.body()).doesNotContain("http_server_requests");
		assertThat(otherActuator.status()).as(otherActuator.text()).isIn(302, 401, 403);
		assertThat(editor.status()).isEqualTo(403);
		assertThat(admin.status()).isEqualTo(200);
		assertThat(admin.body()).contains("http_server_requests_seconds");
		assertThat(RECEIVED).noneMatch(line -> line.contains("/actuator/prometheus") || line.contains("/actuator/env"));
	}

	@Test
	void everyAnswerCarriesTheSecurityHeaders() {
		Answer answer = call("GET", "/", null);

		assertThat(answer.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(answer.headers().getFirst("X-Frame-Options")).isEqualTo("DENY");
		assertThat(answer.headers().getFirst("Content-Security-Policy")).contains("default-src 'self'",
				"frame-ancestors 'none'");
		assertThat(answer.headers().getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
	}

	/**
	 * Paths and queries a client may send that no route should take: the gateway refuses
	 * them itself as problem details, as the services behind it do, and never with a 500
	 * or a server's own HTML page.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/api/t/kent//codes", "/api/t/kent/../codes", "/api/t/kent/./codes",
			"/api/t/kent/%2e%2e/codes", "/api/t/kent;x=1/codes", "/api/t/kent/codes?x=%ff", "/api/t/kent%2Fcodes",
			"/api/t/kent/codes?x=%zz", "/t/kent//workspace", "/error" })
	void aMalformedRequestIsRefusedAsAProblemDetailAndNeverRouted(String path) throws IOException {
		RECEIVED.clear();

		RawAnswer answer = raw(path);

		assertThat(answer.status()).as(answer.text()).isIn(400, 404);
		assertThat(answer.header("content-type")).as(answer.text()).startsWith("application/problem+json");
		assertThat(answer.body()).contains("\"status\":" + answer.status());
		assertThat(answer.header("content-security-policy")).as(answer.text()).contains("frame-ancestors 'none'");
		assertThat(answer.header("x-content-type-options")).as(answer.text()).isEqualTo("nosniff");
		assertThat(RECEIVED).noneMatch(line -> line.contains("/codes") || line.contains("workspace"));
	}

	record RawAnswer(String text) {

		int status() {
			return Integer.parseInt(text.substring(9, 12));
		}

		String header(String name) {
			return text.lines()
				.takeWhile(line -> !line.isEmpty())
				.filter(line -> line.toLowerCase(java.util.Locale.ROOT).startsWith(name + ":"))
				.map(line -> line.substring(name.length() + 1).trim())
				.findFirst()
				.orElse("");
		}

		String body() {
			int end = text.indexOf("\r\n\r\n");
			return end < 0 ? "" : text.substring(end + 4);
		}

	}

	/** Sent as typed: an HTTP client would tidy the path before the gateway saw it. */
	private RawAnswer raw(String path) throws IOException {
		try (var socket = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.getOutputStream()
				.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
						+ "\r\nAccept: application/json\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			return new RawAnswer(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	private String get(String path) {
		return gateway().get().uri(path).retrieve().body(String.class);
	}

}
