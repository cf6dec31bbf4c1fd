package org.compacts.compact.principle;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may read and write a compact's principles, with real tokens from the real Keycloak: the demo
 * realm's Swale editor, Canterbury editor and the champion of Kent and Swale.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class PrincipleAccessIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	RestClient http;

	record Answer(int status, String contentType, String body, String wwwAuthenticate) {
	}

	record View(UUID id, String tenant, String title, String status) {
	}

	@BeforeEach
	void client() {
		http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
	}

	private Answer call(String method, String path, String token, Object body) {
		var request = http.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path);
		if (token != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.exchange((req, res) -> new Answer(res.getStatusCode().value(),
				String.valueOf(res.getHeaders().getContentType()), res.bodyTo(String.class),
				res.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)));
	}

	private View create(String tenant, String username, String title) {
		return http.post()
			.uri("/api/t/{tenant}/principles", tenant)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestServers.tokens().accessToken(username))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("title", title, "body", "We will " + title.toLowerCase() + "."))
			.retrieve()
			.body(View.class);
	}

	private List<View> list(String tenant, String token) {
		var request = http.get().uri("/api/t/{tenant}/principles", tenant);
		if (token != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		return List.of(request.retrieve().body(View[].class));
	}

	private int rowsOf(String tenant) {
		return transactions.execute(status -> {
			jdbc.queryForObject("SELECT set_config('compacts.tenant', ?, true)", String.class, tenant);
			return jdbc.queryForObject("SELECT count(*) FROM principle", Integer.class);
		});
	}

	@Test
	void anEditorDraftsAndPublishesAndTheAnonymousSeeOnlyWhatIsPublished() {
		View draft = create("swale", "sam.editor", "Openness " + UUID.randomUUID());
		assertThat(draft.status()).isEqualTo("DRAFT");
		assertThat(list("swale", null)).extracting(View::id).doesNotContain(draft.id());
		assertThat(call("GET", "/api/t/swale/principles/" + draft.id(), null, null).status()).isEqualTo(404);

		String sam = TestServers.tokens().accessToken("sam.editor");
		assertThat(call("POST", "/api/t/swale/principles/" + draft.id() + "/publish", sam, null).status())
			.isEqualTo(200);

		assertThat(list("swale", null)).extracting(View::id).contains(draft.id());
	}

	@Test
	void aSwaleEditorIsForbiddenEveryCanterburyWriteAndNothingChanges() {
		View canterburys = create("canterbury", "chris.canterbury", "Respect " + UUID.randomUUID());
		int before = rowsOf("canterbury");
		String sam = TestServers.tokens().accessToken("sam.editor");

		Answer write = call("POST", "/api/t/canterbury/principles", sam, Map.of("title", "Trust", "body", "..."));
		Answer publish = call("POST", "/api/t/canterbury/principles/" + canterburys.id() + "/publish", sam, null);

		assertThat(write.status()).isEqualTo(403);
		assertThat(write.contentType()).startsWith("application/problem+json");
		assertThat(write.body()).contains("\"status\":403").doesNotContain("Exception", "org.springframework");
		assertThat(publish.status()).isEqualTo(403);
		assertThat(rowsOf("canterbury")).isEqualTo(before);
	}

	@Test
	void aSwaleEditorCannotReadCanterburysDrafts() {
		View canterburyDraft = create("canterbury", "chris.canterbury", "Integrity " + UUID.randomUUID());
		String sam = TestServers.tokens().accessToken("sam.editor");

		assertThat(list("canterbury", sam)).extracting(View::id).doesNotContain(canterburyDraft.id());
		assertThat(call("GET", "/api/t/canterbury/principles/" + canterburyDraft.id(), sam, null).status())
			.isEqualTo(404);
		assertThat(list("canterbury", TestServers.tokens().accessToken("chris.canterbury"))).extracting(View::id)
			.contains(canterburyDraft.id());
	}

	@Test
	void theChampionOfKentAndSwaleReadsDraftsInBothButMayNotEditEither() {
		View kentDraft = create("kent", "kim.admin", "Accountability " + UUID.randomUUID());
		View swaleDraft = create("swale", "sam.editor", "Honesty " + UUID.randomUUID());
		String alex = TestServers.tokens().accessToken("alex.champion");

		assertThat(list("kent", alex)).extracting(View::id).contains(kentDraft.id());
		assertThat(list("swale", alex)).extracting(View::id).contains(swaleDraft.id());
		assertThat(call("POST", "/api/t/kent/principles", alex, Map.of("title", "t", "body", "b")).status())
			.isEqualTo(403);
	}

	@Test
	void aPrincipleOfAnotherTenantIsNotFoundThroughThisTenantsPath() {
		View canterburys = create("canterbury", "chris.canterbury", "Diversity " + UUID.randomUUID());
		String alex = TestServers.tokens().accessToken("alex.champion");

		assertThat(call("GET", "/api/t/swale/principles/" + canterburys.id(), alex, null).status()).isEqualTo(404);
		assertThat(call("POST", "/api/t/swale/principles/" + canterburys.id() + "/publish",
				TestServers.tokens().accessToken("sam.editor"), null)
			.status()).isEqualTo(404);
	}

	@Test
	void rowLevelSecurityHoldsWhenAQueryForgetsItsTenantFilter() {
		create("swale", "sam.editor", "Trust " + UUID.randomUUID());
		create("canterbury", "chris.canterbury", "Trust " + UUID.randomUUID());

		List<String> seenAsSwale = transactions.execute(status -> {
			jdbc.queryForObject("SELECT set_config('compacts.tenant', 'swale', true)", String.class);
			return jdbc.queryForList("SELECT DISTINCT tenant_id FROM principle", String.class);
		});
		Integer seenWithNoTenant = transactions
			.execute(status -> jdbc.queryForObject("SELECT count(*) FROM principle", Integer.class));

		assertThat(seenAsSwale).containsExactly("swale");
		assertThat(seenWithNoTenant).isZero();
	}

	@Test
	void anAnonymousWriteGets401AsAProblem() {
		Answer answer = call("POST", "/api/t/swale/principles", null, Map.of("title", "t", "body", "b"));

		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.wwwAuthenticate()).startsWith("Bearer");
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

		Answer answer = call("POST", "/api/t/swale/principles", forged.serialize(), Map.of("title", "t", "body", "b"));

		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.body()).doesNotContain("signature", "kid", "Exception");
	}

	@Test
	void aTokenForAnotherAudienceGets401() {
		String notForUs = TestServers.tokens().accessToken(TestTokens.NO_AUDIENCE_CLIENT, "sam.editor", "demo");

		assertThat(call("POST", "/api/t/swale/principles", notForUs, Map.of("title", "t", "body", "b")).status())
			.isEqualTo(401);
	}

	@Test
	void anExpiredTokenGets401() {
		String shortLived = TestServers.tokens().accessToken(TestTokens.SHORT_LIVED_CLIENT, "sam.editor", "demo");
		Instant expiry = Instant.ofEpochSecond(expiryOf(shortLived));

		await().until(() -> Instant.now().isAfter(expiry.plusSeconds(1)));

		assertThat(call("POST", "/api/t/swale/principles", shortLived, Map.of("title", "t", "body", "b")).status())
			.isEqualTo(401);
	}

	private static long expiryOf(String token) {
		try {
			return SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime().toInstant().getEpochSecond();
		}
		catch (java.text.ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
