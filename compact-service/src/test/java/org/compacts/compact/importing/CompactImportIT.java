package org.compacts.compact.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.compacts.compact.Api;
import org.compacts.compact.Api.Answer;
import org.compacts.testkit.RealServers;
import org.compacts.testkit.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading a compact from a compact file through the API, on the real PostgreSQL: the Kent
 * Partners Compact loads whole and reads back as one document; a bad file names line and
 * field and loads nothing. Derbyshire and South Derbyshire are used because no other test
 * writes to them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class CompactImportIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	Api api;

	@BeforeEach
	void api() {
		api = new Api(port, jdbc, transactions);
	}

	private Answer upload(String tenant, String user, byte[] file, String contentType, boolean publish) {
		var request = RestClient.create("http://127.0.0.1:" + port)
			.post()
			.uri("/api/t/{tenant}/import?publish={publish}", tenant, publish)
			.header(HttpHeaders.CONTENT_TYPE, contentType)
			.body(file);
		if (user != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestServers.tokens().accessToken(user));
		}
		return request.exchange(
				(req, res) -> new Answer(res.getStatusCode().value(), String.valueOf(res.getHeaders().getContentType()),
						res.bodyTo(String.class), res.getHeaders().getETag()));
	}

	private static byte[] kentFile() throws IOException {
		try (InputStream in = CompactImportIT.class.getResourceAsStream("/import/kent-compact.yaml")) {
			return in.readAllBytes();
		}
	}

	private int rows(String tenant) {
		return List.of("shared_item", "item_version", "document_section", "glossary_entry", "contact")
			.stream()
			.mapToInt(table -> api.rows(table, tenant))
			.sum();
	}

	private static List<String> titles(JsonNode items) {
		return items.valueStream().map(item -> item.path("content").path("title").asString()).toList();
	}

	@Test
	void anEditorLoadsTheKentCompactAndAnyoneReadsItAsOneDocument() throws IOException {
		Answer loaded = upload("derbyshire", "dee.derbyshire", kentFile(), "application/yaml", true);

		assertThat(loaded.status()).as(loaded.text()).isEqualTo(201);
		assertThat(loaded.json().path("principles").asInt()).isEqualTo(14);
		assertThat(loaded.json().path("codes").asInt()).isEqualTo(4);

		JsonNode document = api.get("/api/t/derbyshire/document", null).json();
		assertThat(document.path("foreword").path("body").asString()).isNotBlank();
		assertThat(titles(document.path("principles"))).hasSize(14).startsWith("Openness", "Honesty");
		assertThat(titles(document.path("codes"))).containsExactly("Funding, Procurement, Resources and Commissioning",
				"Volunteering", "Consultation", "Equality and Diversity");
		JsonNode consultation = document.path("codes").path(2).path("content");
		assertThat(consultation.path("measurableCommitments")
			.valueStream()
			.map(commitment -> commitment.path("name").asString() + "="
					+ commitment.path("quantity").path("amount").asInt()))
			.contains("standard consultation period=12", "minimum consultation period=8");
		assertThat(document.path("glossary").valueStream().map(term -> term.path("term").asString()))
			.contains("ChangeUp");
		assertThat(document.path("contacts").path(0).path("name").asString()).isEqualTo("Sarah Williams");
		assertThat(document.path("contacts").path(0).path("address").asString()).endsWith("ME10 4NU");
	}

	@Test
	void theEmbeddedDefaultLoadsKentsCompactPublished() {
		JsonNode kent = api.get("/api/t/kent/document", null).json();

		assertThat(titles(kent.path("codes"))).contains("Consultation", "Volunteering");
		assertThat(kent.path("codes").valueStream().map(code -> code.path("status").asString()))
			.containsOnly("PUBLISHED");
		assertThat(titles(api.get("/api/t/swale/document", null).json().path("codes")))
			.doesNotContain("Funding, Procurement, Resources and Commissioning");
	}

	@Test
	void aBadFileNamesLineAndFieldAndLoadsNothing() {
		int before = rows("south-derbyshire");
		String yaml = """
				title: South Derbyshire Compact
				principles:
				  - title: Openness
				    mode: sometimes
				    text: We will be open.
				codes:
				  - title: Consultation
				    mode: adaptable
				""";

		Answer answer = upload("south-derbyshire", "dee.derbyshire", yaml.getBytes(), "application/yaml", true);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.isProblem()).isTrue();
		List<JsonNode> errors = answer.json().path("errors").valueStream().toList();
		assertThat(errors).anySatisfy(error -> {
			assertThat(error.path("line").asInt()).isEqualTo(4);
			assertThat(error.path("field").asString()).contains("principles").contains("mode");
		});
		assertThat(errors).anySatisfy(error -> {
			assertThat(error.path("line").asInt()).isEqualTo(7);
			assertThat(error.path("field").asString()).isEqualTo("codes[0].aim");
			assertThat(error.path("reason").asString()).isNotBlank();
		});
		assertThat(rows("south-derbyshire")).isEqualTo(before);
	}

	@Test
	void malformedYamlIs400WithItsLine() {
		Answer answer = upload("south-derbyshire", "dee.derbyshire", "title: [unclosed\nprinciples: x\n".getBytes(),
				"application/yaml", false);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().path("errors").path(0).path("line").asInt()).isPositive();
	}

	@Test
	void aCompactWithContentIsNotOverwritten() throws IOException {
		api.post("/api/t/south-derbyshire/principles", "dee.derbyshire",
				Map.of("title", "Local openness", "text", "Ours.", "mode", "ADAPTABLE"));
		int before = rows("south-derbyshire");

		Answer answer = upload("south-derbyshire", "dee.derbyshire", kentFile(), "application/yaml", true);

		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.namesField("principles and codes")).isTrue();
		assertThat(rows("south-derbyshire")).isEqualTo(before);
	}

	@Test
	void onlyTheCompactsEditorsImportAndNothingChangesOtherwise() throws IOException {
		int before = rows("south-derbyshire");

		assertThat(upload("south-derbyshire", "sam.editor", kentFile(), "application/yaml", true).status())
			.isEqualTo(403);
		assertThat(upload("south-derbyshire", null, kentFile(), "application/yaml", true).status()).isEqualTo(401);
		assertThat(upload("south-derbyshire", "dee.derbyshire", kentFile(), "text/plain", true).status())
			.isEqualTo(415);
		assertThat(rows("south-derbyshire")).isEqualTo(before);
	}

	@Test
	void membersSeeDraftsInTheDocumentAndOthersDoNot() {
		String title = "Draft principle " + System.nanoTime();
		api.post("/api/t/swale/principles", "sam.editor", Map.of("title", title, "text", "Not yet.", "mode", "CORE"));

		assertThat(titles(api.get("/api/t/swale/document", "sam.editor").json().path("principles"))).contains(title);
		assertThat(titles(api.get("/api/t/swale/document", null).json().path("principles"))).doesNotContain(title);
		assertThat(titles(api.get("/api/t/canterbury/document", "chris.canterbury").json().path("principles")))
			.doesNotContain(title);
	}

}
