package org.compacts.compact.item;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.compacts.compact.Api;
import org.compacts.compact.Api.Answer;
import org.compacts.testkit.RealServers;
import org.compacts.testkit.TestServers;
import org.compacts.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may read and write a compact's principles and codes, with real tokens from the real
 * Keycloak: the demo realm's Swale editor, Canterbury editor and the champion of Kent and
 * Swale.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class SharedItemAccessIT {

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

	private String principle(String tenant, String editor, String title) {
		Answer created = api.post("/api/t/" + tenant + "/principles", editor,
				Map.of("title", title, "text", "We will be " + title.toLowerCase() + ".", "mode", "CORE"));
		assertThat(created.status()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	private String code(String tenant, String editor, String title) {
		Answer created = api.post("/api/t/" + tenant + "/codes", editor, Codes.consultation(title));
		assertThat(created.status()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	private List<String> ids(Answer list) {
		return list.json().valueStream().map(item -> item.path("id").asString()).toList();
	}

	private int rows(String tenant) {
		return api.rows("shared_item", tenant) + api.rows("item_version", tenant)
				+ api.rows("item_status_change", tenant);
	}

	@Test
	void anEditorDraftsAndPublishesAndTheAnonymousSeeOnlyWhatIsPublished() {
		String draft = principle("swale", "sam.editor", "Openness");
		assertThat(ids(api.get("/api/t/swale/principles", null))).doesNotContain(draft);
		assertThat(api.get("/api/t/swale/principles/" + draft, null).status()).isEqualTo(404);
		assertThat(api.get("/api/t/swale/principles/" + draft + "/versions", null).status()).isEqualTo(404);

		assertThat(
				api.post("/api/t/swale/principles/" + draft + "/versions/1/publication", "sam.editor", null).status())
			.isEqualTo(200);

		assertThat(ids(api.get("/api/t/swale/principles", null))).contains(draft);
		assertThat(api.get("/api/t/swale/principles/" + draft, null).json().path("content").path("text").asString())
			.isEqualTo("We will be openness.");
	}

	@Test
	void everyEndpointOfCanterburysItemsThroughSwalesPathIs404AndNeverData() {
		for (String kind : List.of("principles", "codes")) {
			String canterburys = kind.equals("codes") ? code("canterbury", "chris.canterbury", "Consultation")
					: principle("canterbury", "chris.canterbury", "Respect");
			api.post("/api/t/canterbury/" + kind + "/" + canterburys + "/versions/1/publication", "chris.canterbury",
					null);
			String path = "/api/t/swale/" + kind + "/" + canterburys;
			Object edit = kind.equals("codes") ? Codes.editOf(Codes.consultation("Consultation"), 1)
					: Map.of("title", "Respect", "text", "Changed from Swale.", "mode", "CORE", "startedFrom", 1);
			int before = rows("canterbury");

			List<Answer> answers = List.of(api.get(path, "sam.editor"), api.get(path, null),
					api.put(path, "sam.editor", edit), api.get(path + "/versions", "sam.editor"),
					api.get(path + "/versions/1", null), api.get(path + "/diff?from=1&to=1", "sam.editor"),
					api.post(path + "/versions/1/consultation", "sam.editor", null),
					api.post(path + "/versions/1/publication", "sam.editor", null),
					api.post(path + "/versions/1/withdrawal", "sam.editor", null),
					api.post(path + "/versions/1/retirement", "sam.editor", null));

			assertThat(answers).allSatisfy(answer -> {
				assertThat(answer.status()).isEqualTo(404);
				// The problem may echo the path asked for, never anything of what is
				// stored under it.
				assertThat(answer.text()).doesNotContain("Consultation gives", "We will be respect",
						"chris.canterbury");
			});
			assertThat(ids(api.get("/api/t/swale/" + kind, "sam.editor"))).doesNotContain(canterburys);
			assertThat(rows("canterbury")).isEqualTo(before);
		}
	}

	@Test
	void aSwaleEditorIsForbiddenEveryCanterburyWriteAndNothingChanges() {
		String canterburys = code("canterbury", "chris.canterbury", "Funding");
		int before = rows("canterbury");
		String path = "/api/t/canterbury/codes/" + canterburys;

		List<Answer> answers = List.of(api.post("/api/t/canterbury/codes", "sam.editor", Codes.consultation("Funding")),
				api.put(path, "sam.editor", Codes.editOf(Codes.consultation("Funding"), 1)),
				api.post(path + "/versions/1/publication", "sam.editor", null),
				api.post(path + "/versions/1/withdrawal", "sam.editor", null));

		assertThat(answers).allSatisfy(answer -> {
			assertThat(answer.status()).isEqualTo(403);
			assertThat(answer.isProblem()).isTrue();
		});
		assertThat(rows("canterbury")).isEqualTo(before);
	}

	@Test
	void aSwaleEditorCannotReadCanterburysDrafts() {
		String canterburyDraft = principle("canterbury", "chris.canterbury", "Integrity");

		assertThat(ids(api.get("/api/t/canterbury/principles", "sam.editor"))).doesNotContain(canterburyDraft);
		assertThat(api.get("/api/t/canterbury/principles/" + canterburyDraft, "sam.editor").status()).isEqualTo(404);
		assertThat(api.get("/api/t/canterbury/principles/" + canterburyDraft + "/versions/1", "sam.editor").status())
			.isEqualTo(404);
		assertThat(ids(api.get("/api/t/canterbury/principles", "chris.canterbury"))).contains(canterburyDraft);
	}

	@Test
	void theChampionOfKentAndSwaleReadsDraftsInBothButMayNotEditEither() {
		String kentDraft = principle("kent", "kim.admin", "Accountability");
		String swaleDraft = code("swale", "sam.editor", "Volunteering");

		var kentBefore = api.snapshot("item_version", "kent");
		var swaleBefore = api.snapshot("item_version", "swale");

		assertThat(ids(api.get("/api/t/kent/principles", "alex.champion"))).contains(kentDraft);
		assertThat(ids(api.get("/api/t/swale/codes", "alex.champion"))).contains(swaleDraft);
		List<Answer> edits = List.of(
				api.put("/api/t/kent/principles/" + kentDraft, "alex.champion",
						Map.of("title", "Accountability", "text", "Changed by a champion.", "mode", "CORE",
								"startedFrom", 1)),
				api.put("/api/t/swale/codes/" + swaleDraft, "alex.champion",
						Codes.editOf(Codes.consultation("Volunteering"), 1)),
				api.post("/api/t/kent/principles/" + kentDraft + "/versions/1/publication", "alex.champion", null),
				api.post("/api/t/swale/codes/" + swaleDraft + "/versions/1/publication", "alex.champion", null));
		assertThat(edits).allSatisfy(answer -> assertThat(answer.status()).as(answer.text()).isEqualTo(403));
		assertThat(api.snapshot("item_version", "kent")).isEqualTo(kentBefore);
		assertThat(api.snapshot("item_version", "swale")).isEqualTo(swaleBefore);
	}

	@Test
	void aPrincipleIsNotACode() {
		String principle = principle("swale", "sam.editor", "Diversity");

		assertThat(api.get("/api/t/swale/codes/" + principle, "sam.editor").status()).isEqualTo(404);
	}

	@Test
	void rowLevelSecurityHoldsWhenAQueryForgetsItsTenantFilter() {
		principle("swale", "sam.editor", "Trust");
		code("canterbury", "chris.canterbury", "Trust");

		for (String table : List.of("shared_item", "item_version", "item_status_change")) {
			List<String> seenAsSwale = transactions.execute(status -> {
				jdbc.queryForObject("SELECT set_config('compacts.tenant', 'swale', true)", String.class);
				return jdbc.queryForList("SELECT DISTINCT tenant_id FROM " + table, String.class);
			});
			Integer seenWithNoTenant = transactions
				.execute(status -> jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class));

			assertThat(seenAsSwale).containsExactly("swale");
			assertThat(seenWithNoTenant).isZero();
		}
	}

	@Test
	void anAnonymousWriteGets401AsAProblem() {
		Answer answer = api.post("/api/t/swale/principles", null, Map.of("title", "t", "text", "b", "mode", "CORE"));

		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.isProblem()).isTrue();
	}

	@Test
	void aForgedTokenGets401() throws Exception {
		RSAKey ourOwnKey = new RSAKeyGenerator(2048).keyID("forger").generate();
		SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("forger").build(),
				new JWTClaimsSet.Builder().issuer(TestServers.keycloak().issuer())
					.audience("compacts-api")
					.subject("intruder")
					.claim("memberships", List.of("/tenants/swale/tenant-admin"))
					.issueTime(new Date())
					.expirationTime(Date.from(Instant.now().plusSeconds(300)))
					.build());
		forged.sign(new RSASSASigner(ourOwnKey));

		assertThat(withToken(forged.serialize())).isEqualTo(401);
	}

	@Test
	void aTokenForAnotherAudienceGets401() {
		assertThat(withToken(TestServers.tokens().accessToken(TestTokens.NO_AUDIENCE_CLIENT, "sam.editor", "demo")))
			.isEqualTo(401);
	}

	@Test
	void anExpiredTokenGets401() throws Exception {
		String shortLived = TestServers.tokens().accessToken(TestTokens.SHORT_LIVED_CLIENT, "sam.editor", "demo");
		Instant expiry = SignedJWT.parse(shortLived).getJWTClaimsSet().getExpirationTime().toInstant();

		await().until(() -> Instant.now().isAfter(expiry.plusSeconds(1)));

		assertThat(withToken(shortLived)).isEqualTo(401);
	}

	private int withToken(String token) {
		return RestClient.create("http://127.0.0.1:" + port)
			.method(HttpMethod.POST)
			.uri("/api/t/swale/principles")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.header(HttpHeaders.CONTENT_TYPE, "application/json")
			.body("{\"title\":\"t\",\"text\":\"b\",\"mode\":\"CORE\"}")
			.exchange((request, response) -> response.getStatusCode().value());
	}

}
