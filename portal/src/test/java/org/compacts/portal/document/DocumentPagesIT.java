package org.compacts.portal.document;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.compacts.testkit.RealServers;
import org.compacts.testkit.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspace pages of the document (sections, glossary) with real tokens from the real
 * Keycloak; compact-service and tenant-service are stood in by a small HTTP server that
 * answers as they would and records every change it is asked for, so a refusal can be
 * seen to change nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers(keycloak = true)
class DocumentPagesIT {

	static HttpServer backends;

	/** Each change the services were sent: method, path, If-Match and body. */
	static final List<String> CHANGES = new CopyOnWriteArrayList<>();

	/** How the stand-in compact-service answers the next put: status and body. */
	static volatile int putStatus = 200;

	static volatile String putAnswer = "";

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void backends(DynamicPropertyRegistry registry) throws IOException {
		backends = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		backends.createContext("/", exchange -> {
			String path = exchange.getRequestURI().getPath();
			int status = 200;
			String type = "application/json";
			String body;
			if (!exchange.getRequestMethod().equals("GET")) {
				CHANGES.add(exchange.getRequestMethod() + " " + path + " "
						+ exchange.getRequestHeaders().getFirst("If-Match") + " "
						+ new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
				status = putStatus;
				body = putAnswer;
				type = status == 200 ? type : "application/problem+json";
			}
			else {
				body = switch (path) {
					case "/api/tenants" -> """
							[{"slug":"kent","name":"Kent Partners Compact","level":"COUNTY"},
							 {"slug":"hounslow","name":"Hounslow Compact","level":"STANDALONE"}]""";
					case "/api/t/kent/glossary" -> """
							[{"id":"4b0f5a58-0d5e-4d1e-9a43-5a9f1f7b7c09","term":"VCS <script>x</script>",
							  "meaning":"voluntary and community sector","version":1}]""";
					case "/api/tenants/kent" ->
						"{\"slug\":\"kent\",\"name\":\"Kent Partners Compact\",\"level\":\"COUNTY\"}";
					case "/api/t/kent/document/sections" ->
						"""
								[{"key":"introduction","title":"Introduction","body":"Kent's <script>alert(1)</script> partners.",
								  "version":3,"updatedBy":"kim.admin","updatedAt":"2026-11-30T10:00:00Z"}]""";
					case "/api/t/kent/document/sections/introduction" -> """
							{"key":"introduction","title":"Introduction","body":"Kent's partners, as saved by Sam.",
							 "version":4,"updatedBy":"sam.editor","updatedAt":"2026-12-01T10:00:00Z"}""";
					default -> null;
				};
				status = body == null ? 404 : 200;
			}
			byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", type);
			exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
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

	@BeforeEach
	void reset() {
		CHANGES.clear();
		putStatus = 200;
		putAnswer = "";
	}

	record Answer(int status, String body, String location) {
	}

	private Answer get(String path, String person) {
		return send(client().get().uri(path), person);
	}

	private Answer post(String path, String person, String... fields) {
		var form = new LinkedMultiValueMap<String, String>();
		for (int i = 0; i < fields.length; i += 2) {
			form.add(fields[i], fields[i + 1]);
		}
		return send(client().post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form), person);
	}

	private Answer send(RestClient.RequestHeadersSpec<?> request, String person) {
		return request.header("Authorization", "Bearer " + TestServers.tokens().accessToken(person))
			.exchange((req, response) -> new Answer(response.getStatusCode().value(),
					new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8),
					String.valueOf(response.getHeaders().getLocation())));
	}

	private RestClient client() {
		return RestClient.builder()
			.baseUrl("http://127.0.0.1:" + port)
			.requestFactory(new JdkClientHttpRequestFactory(
					HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()))
			.build();
	}

	@Test
	void anEditorSeesEverySectionInTheDocumentsOrderWithAnEditLink() {
		Answer page = get("/t/kent/workspace/sections", "kim.admin");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<title>Document - Kent Partners Compact - Compacts</title>", "Foreword",
				"Not written yet", "Introduction", "Version <span>3</span>",
				"href=\"/t/kent/workspace/sections/introduction\"", "Edit<span class=\"govuk-visually-hidden\">",
				"Monitoring and review");
		assertThat(page.body().indexOf("Foreword")).isLessThan(page.body().indexOf("Monitoring and review"));
	}

	@Test
	void theEditorShowsTheSectionWithTheVersionItChanges() {
		Answer page = get("/t/kent/workspace/sections/introduction", "kim.admin");

		assertThat(page.body()).contains("name=\"version\" value=\"4\"", "Kent&#39;s partners, as saved by Sam.",
				"name=\"_csrf\"", "for=\"title\"", "for=\"body\"");
	}

	@Test
	void savingPutsTheSectionWithTheVersionSeenAndComesBackToTheList() {
		Answer saved = post("/t/kent/workspace/sections/introduction", "kim.admin", "title", "Introduction", "body",
				"New text.", "version", "4");

		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.location()).endsWith("/t/kent/workspace/sections?done=introduction");
		assertThat(CHANGES).singleElement()
			.asString()
			.startsWith("PUT /api/t/kent/document/sections/introduction \"4\" ")
			.contains("\"title\":\"Introduction\"", "\"body\":\"New text.\"");
	}

	@Test
	void aRefusedSaveNamesTheFieldAndKeepsWhatWasTypedEscaped() {
		putStatus = 400;
		putAnswer = """
				{"title":"Bad Request","detail":"The request has fields that are not valid.",
				 "errors":[{"field":"title","reason":"must not be blank"}]}""";

		Answer page = post("/t/kent/workspace/sections/introduction", "kim.admin", "title", "", "body",
				"Typed <script>alert(1)</script> text", "version", "4");

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body())
			.contains("<title>Error: ", "There is a problem", "href=\"#title\"", "Title: must not be blank",
					"govuk-form-group--error", "Typed &lt;script&gt;alert(1)&lt;/script&gt; text")
			.doesNotContain("<script>alert(1)</script>");
	}

	@Test
	void aStaleSaveShowsWhatChangedSinceAndKeepsTheTypedText() {
		putStatus = 412;
		putAnswer = """
				{"title":"Precondition Failed","detail":"Someone changed this since the version you read.",
				 "currentVersion":4}""";

		Answer page = post("/t/kent/workspace/sections/introduction", "kim.admin", "title", "Introduction", "body",
				"My own text.", "version", "3");

		assertThat(page.status()).isEqualTo(412);
		assertThat(page.body()).contains("Someone changed this since the version you read.", "What it says now",
				"Kent&#39;s partners, as saved by Sam.", "sam.editor", "My own text.", "name=\"version\" value=\"4\"");
	}

	@Test
	void aMemberWithoutTheEditorRoleReadsButSeesNoEditingControl() {
		Answer list = get("/t/kent/workspace/sections", "alex.champion");
		Answer section = get("/t/kent/workspace/sections/introduction", "alex.champion");

		assertThat(list.body()).contains("Read<span class=\"govuk-visually-hidden\">")
			.doesNotContain("Edit<span class=\"govuk-visually-hidden\">");
		assertThat(section.body()).contains("Kent&#39;s partners, as saved by Sam.")
			.doesNotContain("data-test=\"section-form\"", "<textarea");
	}

	@Test
	void aRefusalForTheRoleShowsTheForbiddenPage() {
		putStatus = 403;
		putAnswer = "{\"title\":\"Forbidden\",\"detail\":\"Only editors may do this.\"}";

		Answer page = post("/t/kent/workspace/sections/introduction", "alex.champion", "title", "Introduction", "body",
				"Not mine to change.", "version", "4");

		assertThat(page.status()).isEqualTo(403);
	}

	@Test
	void aMemberOfAnotherCompactGetsNotFoundAndNoData() {
		Answer list = get("/t/kent/workspace/sections", "hana.hounslow");
		Answer save = post("/t/kent/workspace/sections/introduction", "hana.hounslow", "title", "Introduction", "body",
				"Hounslow's text.", "version", "4");

		assertThat(list.status()).isEqualTo(404);
		assertThat(list.body()).doesNotContain("Kent&#39;s", "Introduction");
		assertThat(save.status()).isEqualTo(404);
		assertThat(CHANGES).isEmpty();
	}

	@Test
	void anUnknownSectionIsNotFound() {
		assertThat(get("/t/kent/workspace/sections/appendix", "kim.admin").status()).isEqualTo(404);
	}

	@Test
	void theGlossaryListsItsTermsEscapedAndAnEditorAddsOne() {
		Answer page = get("/t/kent/workspace/glossary", "kim.admin");
		Answer added = post("/t/kent/workspace/glossary", "kim.admin", "term", "CVS", "meaning",
				"council for voluntary service");

		assertThat(page.body())
			.contains("<title>Glossary - Kent Partners Compact - Compacts</title>",
					"VCS &lt;script&gt;x&lt;/script&gt;", "voluntary and community sector", "for=\"term\"",
					"for=\"meaning\"")
			.doesNotContain("<script>x");
		assertThat(added.status()).isEqualTo(302);
		assertThat(added.location()).endsWith("/t/kent/workspace/glossary?done=added");
		assertThat(CHANGES).singleElement()
			.asString()
			.startsWith("POST /api/t/kent/glossary ")
			.contains("\"term\":\"CVS\"");
	}

	@Test
	void aRefusedTermIsNamedAndKeptAsTyped() {
		putStatus = 400;
		putAnswer = """
				{"title":"Bad Request","detail":"The request has fields that are not valid.",
				 "errors":[{"field":"meaning","reason":"must not be blank"}]}""";

		Answer page = post("/t/kent/workspace/glossary", "kim.admin", "term", "<script>alert(2)</script>", "meaning",
				"");

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body())
			.contains("<title>Error: Glossary", "href=\"#meaning\"", "Meaning: must not be blank",
					"value=\"&lt;script&gt;alert(2)&lt;/script&gt;\"")
			.doesNotContain("<script>alert(2)");
	}

	@Test
	void theGlossaryHasNoFormForAMemberWithoutTheEditorRoleAndIsNotFoundForAnotherCompact() {
		assertThat(get("/t/kent/workspace/glossary", "alex.champion").body()).contains("voluntary and community sector")
			.doesNotContain("data-test=\"glossary-form\"");
		Answer other = get("/t/kent/workspace/glossary", "hana.hounslow");
		assertThat(other.status()).isEqualTo(404);
		assertThat(other.body()).doesNotContain("voluntary and community sector");
	}

}
