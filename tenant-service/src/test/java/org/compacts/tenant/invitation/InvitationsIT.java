package org.compacts.tenant.invitation;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.compacts.servicekit.security.Membership;
import org.compacts.servicekit.security.TenantRole;
import org.compacts.tenant.ApiClient;
import org.compacts.tenant.ApiClient.Reply;
import org.compacts.tenant.invitation.TestMail.Mail;
import org.compacts.tenant.membership.Directory;
import org.compacts.testkit.RealServers;
import org.compacts.testkit.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.compacts.tenant.ApiClient.membershipsIn;

/**
 * Invitations end to end inside the service: real Keycloak (tokens and the directory),
 * real PostgreSQL, and a real SMTP server (GreenMail) that receives the e-mail. Hana,
 * champion of Hounslow, is invited into Kent; every membership a test gives her is taken
 * away after it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers(database = "tenants", kafka = true, keycloak = true)
class InvitationsIT {

	static final String HANA = "hana.hounslow@example.org";

	static final Pattern LINK = Pattern.compile("http://localhost:8080/invitations/([A-Za-z0-9_-]{43})");

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", TestMail::port);
	}

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient kim;

	@BeforeEach
	void signIn() {
		kim = ApiClient.as(port, "kim.admin");
		TestMail.forget();
	}

	@AfterEach
	void leaveHanaAsSheWas() {
		String hana = directory.findByUsername("hana.hounslow").orElseThrow().id();
		for (TenantRole role : TenantRole.values()) {
			directory.remove(hana, new Membership("kent", role));
		}
	}

	record InvitationJson(String id, String tenant, String email, String role, String invitedBy, Instant createdAt,
			Instant expiresAt) {
	}

	record OpenInvitationJson(String tenant, String tenantName, String role, String email, Instant expiresAt) {
	}

	record AcceptedJson(String tenant, String role) {
	}

	record MemberJson(String username, String email, String role) {
	}

	@Test
	void kentsTenantAdminInvitesHanaAsEditorAndHerNextTokenCarriesTheRole() {
		String hanasTokenBefore = TestServers.tokens().accessToken("hana.hounslow");
		assertThat(membershipsIn(hanasTokenBefore)).containsExactly("/tenants/hounslow/champion");

		Reply invited = kim.post("/api/tenants/kent/invitations", Map.of("email", HANA, "role", "editor"));

		assertThat(invited.status()).isEqualTo(201);
		InvitationJson invitation = invited.as(InvitationJson.class);
		assertThat(invitation.tenant()).isEqualTo("kent");
		assertThat(invitation.email()).isEqualTo(HANA);
		assertThat(invitation.role()).isEqualTo("editor");
		assertThat(invitation.invitedBy()).isEqualTo("kim.admin");
		assertThat(invitation.expiresAt()).isCloseTo(Instant.now().plus(7, ChronoUnit.DAYS),
				within(1, ChronoUnit.MINUTES));
		assertThat(invited.body()).doesNotContain("token");

		Mail mail = onlyMailTo(HANA);
		assertThat(mail.from()).isEqualTo("compacts@localhost");
		assertThat(mail.contentType()).startsWith("text/plain");
		assertThat(mail.subject()).contains("Kent Partners Compact");
		assertThat(mail.body()).contains("Kent Partners Compact", "as editor", "kim.admin");
		String token = tokenIn(mail);

		Reply read = ApiClient.anonymous(port).get("/api/tenants/invitations/" + token);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.as(OpenInvitationJson.class))
			.isEqualTo(new OpenInvitationJson("kent", "Kent Partners Compact", "editor", HANA, invitation.expiresAt()));

		Reply accepted = ApiClient.withToken(port, hanasTokenBefore)
			.post("/api/tenants/invitations/" + token + "/accept", null);

		assertThat(accepted.status()).isEqualTo(200);
		assertThat(accepted.as(AcceptedJson.class)).isEqualTo(new AcceptedJson("kent", "editor"));
		assertThat(membershipsIn(hanasTokenBefore)).doesNotContain("/tenants/kent/editor");
		assertThat(membershipsIn(TestServers.tokens().accessToken("hana.hounslow")))
			.containsExactlyInAnyOrder("/tenants/hounslow/champion", "/tenants/kent/editor");
		assertThat(kim.get("/api/tenants/kent/members").asListOf(MemberJson.class))
			.contains(new MemberJson("hana.hounslow", HANA, "editor"));
		assertThat(jdbc.queryForObject("SELECT accepted_by FROM invitation WHERE id = ?::uuid", String.class,
				invitation.id()))
			.isEqualTo("hana.hounslow");
	}

	@Test
	void anInvitationIsAcceptedOnceAndThenIsGone() {
		String token = invite(HANA, "member");
		ApiClient hana = ApiClient.as(port, "hana.hounslow");

		Reply first = hana.post("/api/tenants/invitations/" + token + "/accept", null);
		Reply second = hana.post("/api/tenants/invitations/" + token + "/accept", null);

		assertThat(first.status()).isEqualTo(200);
		assertThat(second.status()).isEqualTo(404);
		assertThat(second.contentType()).startsWith("application/problem+json");
		assertThat(ApiClient.anonymous(port).get("/api/tenants/invitations/" + token).status()).isEqualTo(404);
	}

	@Test
	void someoneElseCannotAcceptHanasInvitationAndNothingChanges() {
		String token = invite(HANA, "editor");

		Reply bySam = unchanged(
				() -> ApiClient.as(port, "sam.editor").post("/api/tenants/invitations/" + token + "/accept", null));

		assertThat(bySam.status()).isEqualTo(403);
		assertThat(bySam.contentType()).startsWith("application/problem+json");
		assertThat(bySam.problem().type()).isEqualTo("urn:compacts:problem:forbidden");
		assertThat(membershipsIn(TestServers.tokens().accessToken("sam.editor")))
			.containsExactly("/tenants/swale/editor");
		assertThat(membershipsIn(TestServers.tokens().accessToken("hana.hounslow")))
			.doesNotContain("/tenants/kent/editor");
		assertThat(ApiClient.anonymous(port).get("/api/tenants/invitations/" + token).status()).isEqualTo(200);
	}

	@Test
	void onlyTheCompactsTenantAdminsInvite() {
		Map<String, String> body = Map.of("email", HANA, "role", "editor");

		Reply swaleEditorIntoCanterbury = unchanged(
				() -> ApiClient.as(port, "sam.editor").post("/api/tenants/canterbury/invitations", body));
		Reply derbyshireAdminIntoKent = unchanged(
				() -> ApiClient.as(port, "dee.derbyshire").post("/api/tenants/kent/invitations", body));
		Reply kentChampionIntoKent = unchanged(
				() -> ApiClient.as(port, "alex.champion").post("/api/tenants/kent/invitations", body));
		Reply anonymous = unchanged(() -> ApiClient.anonymous(port).post("/api/tenants/kent/invitations", body));

		assertThat(List.of(swaleEditorIntoCanterbury, derbyshireAdminIntoKent, kentChampionIntoKent))
			.extracting(Reply::status)
			.containsOnly(403);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.contentType()).startsWith("application/problem+json");
		assertThat(ApiClient.as(port, "pat.platform").post("/api/tenants/canterbury/invitations", body).status())
			.isEqualTo(201);
	}

	@Test
	void acceptingNeedsSomeoneSignedIn() {
		String token = invite(HANA, "editor");

		Reply reply = unchanged(
				() -> ApiClient.anonymous(port).post("/api/tenants/invitations/" + token + "/accept", null));

		assertThat(reply.status()).isEqualTo(401);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "NULL",
			value = { "not-an-address, editor, email", "'hana@example.org Bcc: x@example.org', editor, email",
					"'', editor, email", "NULL, editor, email", "hana.hounslow@example.org, owner, role",
					"hana.hounslow@example.org, Editor, role", "hana.hounslow@example.org, NULL, role" })
	void aBadAddressOrRoleIsABadRequestNamingTheFieldAndNothingChanges(String email, String role, String field) {
		Map<String, String> body = new HashMap<>();
		body.put("email", email);
		body.put("role", role);

		Reply reply = unchanged(() -> kim.post("/api/tenants/kent/invitations", body));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.problem().fields()).containsExactly(field);
		assertThat(reply.problem().errors()).allSatisfy(error -> assertThat(error.reason()).isNotBlank());
	}

	@Test
	void aMalformedBodyIsABadRequest() {
		Reply reply = unchanged(() -> kim.post("/api/tenants/kent/invitations", "{\"email\": "));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
	}

	@Test
	void anUnknownTenantIsNotFoundAndAnArchivedOneIsAConflict() {
		ApiClient platformAdmin = ApiClient.as(port, "pat.platform");
		String district = "closed-" + Long.toString(System.nanoTime(), 36);
		assertThat(platformAdmin
			.post("/api/tenants", Map.of("slug", district, "name", "Closed", "level", "DISTRICT", "parentSlug", "kent",
					"adoption", "ADOPTS_PARENT_CORE"))
			.status()).isEqualTo(201);
		assertThat(platformAdmin.post("/api/tenants/" + district + "/archive", null).status()).isEqualTo(200);
		Map<String, String> body = Map.of("email", HANA, "role", "member");

		Reply unknown = unchanged(() -> platformAdmin.post("/api/tenants/atlantis/invitations", body));
		Reply archived = unchanged(() -> platformAdmin.post("/api/tenants/" + district + "/invitations", body));

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(archived.status()).isEqualTo(409);
	}

	@Test
	void unknownMalformedAndExpiredTokensAllLookTheSame() {
		String expired = invite(HANA, "champion");
		jdbc.update(
				"UPDATE invitation SET created_at = now() - interval '8 days', expires_at = now() - interval '1 day'"
						+ " WHERE tenant_slug = 'kent' AND email = ? AND role = 'champion' AND accepted_at IS NULL",
				HANA);
		ApiClient hana = ApiClient.as(port, "hana.hounslow");

		for (String token : List.of(expired, "A".repeat(43), "not-a-token", "!".repeat(43), "changes", "members")) {
			Reply read = ApiClient.anonymous(port).get("/api/tenants/invitations/" + token);
			Reply accept = hana.post("/api/tenants/invitations/" + token + "/accept", null);
			assertThat(read.status()).as("reading %s", token).isEqualTo(404);
			assertThat(accept.status()).as("accepting %s", token).isEqualTo(404);
			assertThat(read.problem().detail()).isEqualTo(accept.problem().detail());
		}
		assertThat(membershipsIn(TestServers.tokens().accessToken("hana.hounslow")))
			.doesNotContain("/tenants/kent/champion");
	}

	@Test
	void invitingAgainReplacesTheOpenInvitationAndItsLink() {
		String first = invite(HANA, "member");
		TestMail.forget();
		String second = invite(HANA.toUpperCase(), "member");

		assertThat(second).isNotEqualTo(first);
		assertThat(
				jdbc.queryForObject(
						"SELECT count(*) FROM invitation WHERE tenant_slug = 'kent'"
								+ " AND lower(email) = ? AND role = 'member' AND accepted_at IS NULL",
						Integer.class, HANA))
			.isEqualTo(1);
		assertThat(ApiClient.anonymous(port).get("/api/tenants/invitations/" + first).status()).isEqualTo(404);
		assertThat(ApiClient.as(port, "hana.hounslow")
			.post("/api/tenants/invitations/" + second + "/accept", null)
			.status()).isEqualTo(200);
	}

	@Test
	void aTenantAdminListsTheOpenInvitationsAndRevokesOneWhoseLinkThenFails() {
		String token = invite(HANA, "champion");
		InvitationJson hanas = kim.get("/api/tenants/kent/invitations")
			.asListOf(InvitationJson.class)
			.stream()
			.filter(invitation -> invitation.email().equals(HANA) && invitation.role().equals("champion"))
			.findFirst()
			.orElseThrow();
		String path = "/api/tenants/kent/invitations/" + hanas.id();

		assertThat(ApiClient.as(port, "alex.champion").get("/api/tenants/kent/invitations").status()).isEqualTo(403);
		assertThat(ApiClient.as(port, "dee.derbyshire").delete(path).status()).isEqualTo(403);
		assertThat(
				ApiClient.as(port, "pat.platform").delete("/api/tenants/derbyshire/invitations/" + hanas.id()).status())
			.isEqualTo(404);
		assertThat(ApiClient.anonymous(port).get("/api/tenants/invitations/" + token).status()).isEqualTo(200);

		Reply revoked = kim.delete(path);
		Reply again = kim.delete(path);

		assertThat(revoked.status()).isEqualTo(204);
		assertThat(again.status()).isEqualTo(404);
		assertThat(ApiClient.anonymous(port).get("/api/tenants/invitations/" + token).status()).isEqualTo(404);
		assertThat(ApiClient.as(port, "hana.hounslow")
			.post("/api/tenants/invitations/" + token + "/accept", null)
			.status()).isEqualTo(404);
		assertThat(kim.get("/api/tenants/kent/invitations").asListOf(InvitationJson.class))
			.extracting(InvitationJson::id)
			.doesNotContain(hanas.id());
		assertThat(
				jdbc.queryForObject("SELECT revoked_by FROM invitation WHERE id = ?::uuid", String.class, hanas.id()))
			.isEqualTo("kim.admin");
		assertThat(kim.delete("/api/tenants/kent/invitations/not-an-id").status()).isEqualTo(400);

		TestMail.forget();
		invite(HANA, "champion");
		assertThat(kim.get("/api/tenants/kent/invitations").asListOf(InvitationJson.class))
			.filteredOn(invitation -> invitation.email().equals(HANA) && invitation.role().equals("champion"))
			.hasSize(1);
	}

	@Test
	void theDatabaseKeepsOnlyTheHashOfTheToken() {
		String token = invite(HANA, "member");

		List<String> stored = jdbc.queryForList("SELECT token_hash FROM invitation", String.class);

		assertThat(stored).contains(InvitationTokens.hash(token)).doesNotContain(token);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM invitation WHERE position(? in invitation::text) > 0",
				Integer.class, token))
			.isZero();
	}

	/** Kim invites; the token from the e-mail the address received. */
	private String invite(String email, String role) {
		Reply reply = kim.post("/api/tenants/kent/invitations", Map.of("email", email, "role", role));
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return tokenIn(onlyMailTo(email));
	}

	private static Mail onlyMailTo(String address) {
		await().atMost(Duration.ofSeconds(10)).until(() -> !TestMail.to(address).isEmpty());
		List<Mail> received = TestMail.to(address);
		assertThat(received).hasSize(1);
		return received.get(0);
	}

	private static String tokenIn(Mail mail) {
		Matcher link = LINK.matcher(mail.body());
		assertThat(link.find()).as("a link in %s", mail.body()).isTrue();
		return link.group(1);
	}

	/**
	 * Runs a request that must be refused, and shows that no invitation changed and no
	 * e-mail went out.
	 */
	private Reply unchanged(Supplier<Reply> request) {
		List<Map<String, Object>> before = jdbc.queryForList("SELECT * FROM invitation ORDER BY id");
		int mailsBefore = TestMail.smtp().getReceivedMessages().length;
		Reply reply = request.get();
		assertThat(reply.status()).as("status of %s", reply.body()).isBetween(400, 499);
		assertThat(jdbc.queryForList("SELECT * FROM invitation ORDER BY id")).isEqualTo(before);
		assertThat(TestMail.smtp().getReceivedMessages()).hasSize(mailsBefore);
		return reply;
	}

}
