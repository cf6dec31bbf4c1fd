package org.compacts.compact.item;

import java.util.List;
import java.util.Map;

import org.compacts.compact.Api;
import org.compacts.compact.Api.Answer;
import org.compacts.testkit.RealServers;
import org.compacts.testkit.TestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public read model of the shared items (ADR 17): kept in step with publication in
 * the publishing transaction, so the publisher reads what it just published; a retired
 * item leaves it; it is per tenant under row-level security; lists, items and the
 * document answer strong ETags and 304 to a reader who holds the current one.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class PublishedItemsIT {

	static final String EDITOR = "sam.editor";

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

	private String createCode(String title) {
		Answer created = api.post("/api/t/swale/codes", EDITOR, Codes.consultation(title));
		assertThat(created.status()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	private Answer edit(String code, int startedFrom, String aim) {
		Map<String, Object> body = Codes.editOf(Codes.consultation("Consultation"), startedFrom);
		body.put("aim", aim);
		return api.put("/api/t/swale/codes/" + code, EDITOR, body);
	}

	private JsonNode listed(Answer list, String id) {
		return list.json().valueStream().filter(item -> item.path("id").asString().equals(id)).findFirst().orElse(null);
	}

	private List<Map<String, Object>> readModel(String tenant, String id) {
		return api.query(tenant, "SELECT number FROM published_item WHERE id = ?::uuid", id);
	}

	private EntityExchangeResult<String> conditionalGet(String path, String etag) {
		return TestClient.anonymous(port)
			.get()
			.uri(path)
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.returnResult(String.class);
	}

	@Test
	void whatThePublisherPublishesIsReadAtOnceAndARetiredItemLeavesThePublicReads() {
		String code = createCode("Read your writes");
		assertThat(listed(api.get("/api/t/swale/codes", null), code)).isNull();
		assertThat(readModel("swale", code)).isEmpty();

		assertThat(api.post("/api/t/swale/codes/" + code + "/versions/1/publication", EDITOR, null).status())
			.isEqualTo(200);
		JsonNode first = listed(api.get("/api/t/swale/codes", null), code);
		assertThat(first.path("version").asInt()).isEqualTo(1);
		assertThat(first.path("status").asString()).isEqualTo("PUBLISHED");
		assertThat(first.path("content").path("title").asString()).isEqualTo("Read your writes");
		assertThat(readModel("swale", code)).containsExactly(Map.of("number", 1));

		edit(code, 1, "A newer aim.");
		JsonNode whileDrafting = listed(api.get("/api/t/swale/codes", null), code);
		assertThat(whileDrafting.path("version").asInt()).isEqualTo(1);
		assertThat(whileDrafting.path("latestVersion").asInt()).isEqualTo(2);
		JsonNode seenByMember = listed(api.get("/api/t/swale/codes", EDITOR), code);
		assertThat(seenByMember.path("version").asInt()).isEqualTo(2);
		assertThat(seenByMember.path("status").asString()).isEqualTo("DRAFT");
		assertThat(seenByMember.path("publishedVersion").asInt()).isEqualTo(1);
		assertThat(seenByMember.path("content").path("aim").asString()).isEqualTo("A newer aim.");

		assertThat(api.post("/api/t/swale/codes/" + code + "/versions/2/publication", EDITOR, null).status())
			.isEqualTo(200);
		assertThat(listed(api.get("/api/t/swale/codes", null), code).path("content").path("aim").asString())
			.isEqualTo("A newer aim.");
		assertThat(api.get("/api/t/swale/codes/" + code, null).json().path("version").asInt()).isEqualTo(2);
		assertThat(readModel("swale", code)).containsExactly(Map.of("number", 2));

		assertThat(api.post("/api/t/swale/codes/" + code + "/versions/2/retirement", EDITOR, null).status())
			.isEqualTo(200);
		assertThat(listed(api.get("/api/t/swale/codes", null), code)).isNull();
		assertThat(api.get("/api/t/swale/codes/" + code, null).status()).isEqualTo(404);
		assertThat(readModel("swale", code)).isEmpty();
		JsonNode retired = listed(api.get("/api/t/swale/codes", EDITOR), code);
		assertThat(retired.path("status").asString()).isEqualTo("RETIRED");
		assertThat(retired.path("publishedVersion").isNull()).isTrue();
	}

	@Test
	void anotherCompactNeitherReadsNorSeesTheReadModelOfThisOne() {
		String code = createCode("Only Swale's");
		api.post("/api/t/swale/codes/" + code + "/versions/1/publication", EDITOR, null);
		int kentRows = api.rows("published_item", "kent");

		assertThat(api.get("/api/t/kent/codes/" + code, null).status()).isEqualTo(404);
		assertThat(listed(api.get("/api/t/kent/codes", null), code)).isNull();
		assertThat(api.get("/api/t/kent/document", null).text()).doesNotContain(code);
		assertThat(readModel("kent", code)).isEmpty();
		assertThat(readModel("swale", code)).hasSize(1);
		assertThat(api.rows("published_item", "kent")).isEqualTo(kentRows);
	}

	@Test
	void aReaderHoldingTheCurrentListItemOrDocumentGets304UntilSomethingIsPublished() {
		String code = createCode("Conditional");
		api.post("/api/t/swale/codes/" + code + "/versions/1/publication", EDITOR, null);
		List<String> paths = List.of("/api/t/swale/codes", "/api/t/swale/codes/" + code, "/api/t/swale/document");
		for (String path : paths) {
			Answer full = api.get(path, null);
			assertThat(full.status()).isEqualTo(200);
			assertThat(full.etag()).startsWith("\"p").doesNotStartWith("W/");
			assertThat(api.get(path, EDITOR).etag()).startsWith("\"m").isNotEqualTo(full.etag());

			EntityExchangeResult<String> again = conditionalGet(path, full.etag());
			assertThat(again.getStatus().value()).as(path).isEqualTo(304);
			assertThat(again.getResponseBody()).isNull();
			assertThat(again.getResponseHeaders().getETag()).isEqualTo(full.etag());
		}
		Map<String, String> before = Map.of("list", api.get(paths.get(0), null).etag(), "item",
				api.get(paths.get(1), null).etag(), "document", api.get(paths.get(2), null).etag());

		edit(code, 1, "Published again.");
		api.post("/api/t/swale/codes/" + code + "/versions/2/publication", EDITOR, null);

		assertThat(conditionalGet(paths.get(0), before.get("list")).getStatus().value()).isEqualTo(200);
		assertThat(conditionalGet(paths.get(1), before.get("item")).getStatus().value()).isEqualTo(200);
		EntityExchangeResult<String> document = conditionalGet(paths.get(2), before.get("document"));
		assertThat(document.getStatus().value()).isEqualTo(200);
		assertThat(document.getResponseBody()).contains("Published again.");
	}

}
