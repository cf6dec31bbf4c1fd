package org.compacts.portal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.compacts.testkit.RealServers;
import org.compacts.testkit.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspace pages with a real token from the real Keycloak, as the gateway relays it.
 * tenant-service and compact-service are stood in by a small HTTP server that answers
 * what they would and records the token it was sent: the pages' own logic is what is
 * under test here; e2e runs the real services.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers(keycloak = true)
class WorkspaceIT {

	static HttpServer backends;

	static final List<String> AUTHORIZED_CALLS = new CopyOnWriteArrayList<>();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void backends(DynamicPropertyRegistry registry) throws IOException {
		backends = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		backends.createContext("/", exchange -> {
			String path = exchange.getRequestURI().getPath();
			if (exchange.getRequestHeaders().containsKey("Authorization")) {
				AUTHORIZED_CALLS.add(path);
			}
			String body = switch (path) {
				case "/api/tenants" -> """
						[{"slug":"kent","name":"Kent Partners Compact","level":"COUNTY"},
						 {"slug":"swale","name":"Swale Compact","level":"DISTRICT"},
						 {"slug":"hounslow","name":"Hounslow Compact","level":"STANDALONE"}]""";
				case "/api/tenants/kent" ->
					"{\"slug\":\"kent\",\"name\":\"Kent Partners Compact\",\"level\":\"COUNTY\"}";
				case "/api/t/kent/document" ->
					"""
							{"foreword":{"title":"Foreword","body":"Working together for Kent."},
							 "principles":[{"content":{"title":"Openness","text":"We will be open."},"status":"PUBLISHED","version":1,"mode":"CORE"}],
							 "codes":[{"content":{"title":"Consultation","aim":"Better consultation.","vcsUndertakings":[],
							   "publicSectorUndertakings":["Consult for 12 weeks."],"allPartnersCommitments":[],
							   "measurableCommitments":[{"name":"minimum consultation period","kind":"MINIMUM","quantity":{"amount":8,"unit":"weeks"}}]},
							   "status":"DRAFT","version":2,"mode":"ADAPTABLE"}],
							 "glossary":[{"term":"VCS","meaning":"voluntary and community sector"}],
							 "contacts":[{"name":"Sarah Williams","email":"sarah@example.org"}]}""";
				case "/api/t/kent/principles" ->
					"""
							[{"id":"4b0f5a58-0d5e-4d1e-9a43-5a9f1f7b7c01","kind":"PRINCIPLE","content":{"title":"Openness","text":"We will be open."},
							  "status":"PUBLISHED","version":1,"mode":"CORE","latestVersion":1,"publishedVersion":1}]""";
				case "/api/t/kent/codes" ->
					"""
							[{"id":"4b0f5a58-0d5e-4d1e-9a43-5a9f1f7b7c02","kind":"CODE","content":{"title":"Consultation","aim":"Better consultation.","vcsUndertakings":[],
							   "publicSectorUndertakings":["Consult for 12 weeks."],"allPartnersCommitments":[],
							   "measurableCommitments":[{"name":"minimum consultation period","kind":"MINIMUM","quantity":{"amount":8,"unit":"weeks"}}]},
							   "status":"DRAFT","version":2,"mode":"ADAPTABLE","latestVersion":2,"publishedVersion":1}]""";
				case "/api/tenants/invitations/good" ->
					"{\"tenant\":\"kent\",\"tenantName\":\"Kent Partners Compact\",\"role\":\"member\",\"email\":\"hana.hounslow@example.org\"}";
				case "/api/tenants/invitations/good/accept" -> exchange.getRequestHeaders().containsKey("Authorization")
						? "{\"tenant\":\"kent\",\"role\":\"member\"}" : null;
				default -> null;
			};
			byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : bytes.length);
			exchange.getResponseBody().write(bytes);
			exchange.close();
		});
		backends.start();
		String url = "http://127.0.0.1:" + backends.getAddress().getPort();
		registry.add("compacts.services.tenant-service", () -> url);
		registry.add("compacts.services.compact-service", () -> url);
	}

	@AfterAll
	static void stop() {
		backends.stop(0);
	}

	private String page(String path, String token) {
		var request = RestClient.create("http://127.0.0.1:" + port).get().uri(path);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request.retrieve().body(String.class);
	}

	@Test
	void theChampionOfKentAndSwaleSeesBothCompactsWithTheirRole() {
		String home = page("/", TestServers.tokens().accessToken("alex.champion"));

		assertThat(home).contains("My compacts", "Kent Partners Compact", "Swale Compact", "Compact Champion",
				"href=\"/t/kent\"", "href=\"/t/swale\"", "alex.champion");
		// The home page lists every compact below; "My compacts" only those the champion
		// belongs to.
		String mine = home.substring(home.indexOf("data-test=\"my-compacts\""), home.indexOf("</table>"));
		assertThat(mine).contains("Kent Partners Compact", "Swale Compact").doesNotContain("Hounslow Compact");
		assertThat(home).contains("id=\"tenant-switcher\"");
	}

	@Test
	void aCompactsPageShowsItsPrinciplesAndTheVisitorsRoleThere() {
		AUTHORIZED_CALLS.clear();

		String token = TestServers.tokens().accessToken("alex.champion");
		String kent = page("/t/kent", token);
		String whole = page("/t/kent/whole", token);

		assertThat(kent).contains("Kent Partners Compact", "Your role here", "Compact Champion", "Openness",
				"Consultation", "Draft");
		assertThat(whole).contains("Kent Partners Compact", "Openness", "Working together for Kent.", "Consultation",
				"Draft", "Consult for 12 weeks.", "minimum consultation period (minimum: 8 weeks)",
				"voluntary and community sector", "Sarah Williams");
		assertThat(AUTHORIZED_CALLS).contains("/api/t/kent/document", "/api/t/kent/principles", "/api/t/kent/codes");
	}

	@Test
	void theAnonymousSeeThePublicPageWithASignInLinkAndNoWorkspace() {
		String home = page("/", null);
		String kent = page("/t/kent", null);

		assertThat(home).contains("Local Compacts", "/oauth2/authorization/keycloak").doesNotContain("My compacts");
		assertThat(kent).contains("Openness").doesNotContain("Your role here", "tenant-switcher");
	}

	@Test
	void anInvitationPageOffersTheCompactAndRoleWithAFormToAccept() {
		String page = page("/invitations/good", TestServers.tokens().accessToken("hana.hounslow"));

		assertThat(page).contains("You are invited to", "Kent Partners Compact", "member", "data-test=\"accept\"",
				"name=\"_csrf\"");
		assertThat(page("/invitations/spent", null)).contains("This invitation cannot be used");
	}

	@Test
	void acceptingAsTheSignedInPersonLandsOnTheCompactWithTheNewRole() {
		var answer = RestClient.builder()
			.baseUrl("http://127.0.0.1:" + port)
			.requestFactory(new org.springframework.http.client.JdkClientHttpRequestFactory(
					java.net.http.HttpClient.newBuilder()
						.followRedirects(java.net.http.HttpClient.Redirect.NEVER)
						.build()))
			.build()
			.post()
			.uri("/invitations/good")
			.header("Authorization", "Bearer " + TestServers.tokens().accessToken("hana.hounslow"))
			.exchange((request, response) -> response.getHeaders().getLocation());

		assertThat(answer).hasPath("/t/kent").hasQuery("joined=member");
	}

	@Test
	void acceptingWithoutSigningInIsRefused() {
		int status = RestClient.create("http://127.0.0.1:" + port)
			.post()
			.uri("/invitations/good")
			.exchange((request, response) -> response.getStatusCode().value());

		assertThat(status).isEqualTo(401);
	}

	@Test
	void theSwitcherTakesYouToTheChosenCompact() {
		var answer = RestClient.builder()
			.baseUrl("http://127.0.0.1:" + port)
			.requestFactory(new org.springframework.http.client.JdkClientHttpRequestFactory(
					java.net.http.HttpClient.newBuilder()
						.followRedirects(java.net.http.HttpClient.Redirect.NEVER)
						.build()))
			.build()
			.get()
			.uri("/switch?tenant=swale")
			.exchange((request, response) -> response.getHeaders().getLocation());

		assertThat(answer).hasPath("/t/swale");
	}

}
