package org.compacts.compact.signatory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.compacts.compact.Api;
import org.compacts.compact.Api.Answer;
import org.compacts.testkit.RealServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class SignatureIT {

	static final String SIGNED_ON = "2008-06-01";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	Api api;

	record Signature(UUID id, UUID organisationId, String organisationName, LocalDate signedOn, boolean principles,
			List<UUID> codes, String signedAs, boolean withdrawn, LocalDate withdrawnOn, String withdrawalReason,
			long version) {
	}

	record Created(UUID id, String name) {
	}

	@BeforeEach
	void client() {
		api = new Api(port, jdbc, transactions);
	}

	private Created organisation(String tenant, String editor) {
		Answer added = api.post("/api/t/" + tenant + "/organisations", editor,
				Map.of("name", "Signatory " + UUID.randomUUID(), "sector", "VCS"));
		assertThat(added.status()).isEqualTo(201);
		return added.as(Created.class);
	}

	private UUID code(String tenant, String editor, String title) {
		Answer added = api.post("/api/t/" + tenant + "/codes", editor,
				Map.of("title", title, "aim", "To work together on " + title.toLowerCase() + ".", "mode", "CORE"));
		assertThat(added.status()).isEqualTo(201);
		return added.as(Created.class).id();
	}

	private UUID principle(String tenant, String editor) {
		Answer added = api.post("/api/t/" + tenant + "/principles", editor,
				Map.of("title", "Openness", "text", "We will be open.", "mode", "CORE"));
		assertThat(added.status()).isEqualTo(201);
		return added.as(Created.class).id();
	}

	private static Map<String, Object> signing(UUID organisation, boolean principles, List<UUID> codes) {
		return new HashMap<>(Map.of("organisationId", organisation, "signedOn", SIGNED_ON, "principles", principles,
				"codes", codes, "signedAs", "PARTNERSHIP"));
	}

	private Answer sign(String tenant, String editor, Map<String, Object> signing) {
		Answer signed = api.post("/api/t/" + tenant + "/signatures", editor, signing);
		assertThat(signed.status()).isEqualTo(201);
		return signed;
	}

	private Answer signPrinciples(String tenant, String editor) {
		return sign(tenant, editor, signing(organisation(tenant, editor).id(), true, List.of()));
	}

	private static String path(String tenant, Answer signature) {
		return "/api/t/" + tenant + "/signatures/" + signature.as(Signature.class).id();
	}

	private static Map<String, Object> withdrawal(String on) {
		return Map.of("withdrawnOn", on, "reason", "The group has closed.");
	}

	private List<Map<String, Object>> signatures(String tenant) {
		List<Map<String, Object>> rows = new ArrayList<>(api.snapshot("signature", tenant));
		rows.addAll(api.snapshot("signature_code", tenant));
		return rows;
	}

	@Test
	void anEditorRecordsASignatureOfPrinciplesAndCodesAndAnyoneReadsIt() {
		Created organisation = organisation("swale", "sam.editor");
		UUID funding = code("swale", "sam.editor", "Funding");
		UUID volunteering = code("swale", "sam.editor", "Volunteering");
		Signature signed = sign("swale", "sam.editor", signing(organisation.id(), true, List.of(volunteering, funding)))
			.as(Signature.class);

		Answer list = api.get("/api/t/swale/signatures?organisation=" + organisation.id(), null);
		Answer one = api.get("/api/t/swale/signatures/" + signed.id(), null);

		assertThat(List.of(list.as(Signature[].class))).containsExactly(signed);
		assertThat(one.etag()).isEqualTo("\"" + signed.version() + "\"");
		assertThat(one.as(Signature.class))
			.isEqualTo(new Signature(signed.id(), organisation.id(), organisation.name(), LocalDate.parse(SIGNED_ON),
					true, List.of(volunteering, funding), "PARTNERSHIP", false, null, null, signed.version()));
		assertThat(api.query("swale", "SELECT recorded_by FROM signature WHERE id = ?", signed.id()))
			.containsExactly(Map.of("recorded_by", "sam.editor"));
		assertThat(api.query("swale",
				"SELECT tenant_id, code_id FROM signature_code WHERE signature_id = ? " + "ORDER BY position",
				signed.id()))
			.containsExactly(Map.of("tenant_id", "swale", "code_id", volunteering),
					Map.of("tenant_id", "swale", "code_id", funding));
	}

	@Test
	void anOrganisationMaySignAsASeparateEntityOnlyCodes() {
		Created organisation = organisation("swale", "sam.editor");
		UUID consultation = code("swale", "sam.editor", "Consultation");
		Map<String, Object> signing = signing(organisation.id(), false, List.of(consultation));
		signing.put("signedAs", "SEPARATE_ENTITY");

		Signature signed = sign("swale", "sam.editor", signing).as(Signature.class);

		assertThat(signed.principles()).isFalse();
		assertThat(signed.codes()).containsExactly(consultation);
		assertThat(signed.signedAs()).isEqualTo("SEPARATE_ENTITY");
	}

	@Test
	void aWithdrawnSignatureStaysInTheRecordShownWithdrawn() {
		Answer signed = signPrinciples("swale", "sam.editor");

		Answer withdrawn = api.post(path("swale", signed) + "/withdrawal", "sam.editor", withdrawal("2011-03-31"),
				signed.etag());

		assertThat(withdrawn.status()).isEqualTo(200);
		assertThat(withdrawn.etag()).isNotEqualTo(signed.etag());
		Signature stored = api.get(path("swale", signed), null).as(Signature.class);
		assertThat(stored.withdrawn()).isTrue();
		assertThat(stored.withdrawnOn()).isEqualTo(LocalDate.parse("2011-03-31"));
		assertThat(stored.withdrawalReason()).isEqualTo("The group has closed.");
		assertThat(api.get("/api/t/swale/signatures", null).text()).contains(stored.id().toString());
		assertThat(api.query("swale", "SELECT withdrawal_recorded_by FROM signature WHERE id = ?", stored.id()))
			.containsExactly(Map.of("withdrawal_recorded_by", "sam.editor"));
	}

	@Test
	void aWithdrawalTwiceBeforeTheSigningFromAnOldVersionOrWithoutOneIsRefusedAndNothingChanges() {
		Answer signed = signPrinciples("swale", "sam.editor");
		String withdrawalPath = path("swale", signed) + "/withdrawal";
		var signedOnly = signatures("swale");

		Answer beforeSigning = api.post(withdrawalPath, "sam.editor", withdrawal("2008-05-31"), signed.etag());
		Answer unversioned = api.post(withdrawalPath, "sam.editor", withdrawal("2011-03-31"), null);
		Answer missingDate = api.post(withdrawalPath, "sam.editor", Map.of("reason", "r"), signed.etag());
		Answer notADate = api.post(withdrawalPath, "sam.editor", Map.of("withdrawnOn", "31/03/2011"), signed.etag());
		Answer overLongReason = api.post(withdrawalPath, "sam.editor",
				Map.of("withdrawnOn", "2011-03-31", "reason", "x".repeat(2001)), signed.etag());
		Answer farFuture = api.post(withdrawalPath, "sam.editor", withdrawal("+10000000-01-01"), signed.etag());
		assertThat(signatures("swale")).isEqualTo(signedOnly);

		Answer withdrawn = api.post(withdrawalPath, "sam.editor", withdrawal("2011-03-31"), signed.etag());
		var withdrawnOnce = signatures("swale");
		Answer stale = api.post(withdrawalPath, "sam.editor", withdrawal("2012-03-31"), signed.etag());
		Answer twice = api.post(withdrawalPath, "sam.editor", withdrawal("2012-03-31"), withdrawn.etag());

		assertThat(beforeSigning.status()).isEqualTo(400);
		assertThat(beforeSigning.namesField("withdrawnOn")).isTrue();
		assertThat(beforeSigning.text()).contains("before the signing on " + SIGNED_ON);
		assertThat(unversioned.status()).isEqualTo(428);
		assertThat(missingDate.status()).isEqualTo(400);
		assertThat(missingDate.namesField("withdrawnOn")).isTrue();
		assertThat(notADate.status()).isEqualTo(400);
		assertThat(notADate.namesField("withdrawnOn")).isTrue();
		assertThat(overLongReason.status()).isEqualTo(400);
		assertThat(overLongReason.namesField("reason")).isTrue();
		assertThat(farFuture.status()).isEqualTo(400);
		assertThat(farFuture.namesField("withdrawnOn")).isTrue();
		assertThat(withdrawn.status()).isEqualTo(200);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.isProblem()).isTrue();
		assertThat(signatures("swale")).isEqualTo(withdrawnOnce);
	}

	@Test
	void anEditorCorrectsWhatASignatureRecordsFromItsCurrentVersion() {
		Created organisation = organisation("swale", "sam.editor");
		UUID funding = code("swale", "sam.editor", "Funding");
		UUID consultation = code("swale", "sam.editor", "Consultation");
		Answer signed = sign("swale", "sam.editor", signing(organisation.id(), true, List.of(funding)));
		Map<String, Object> corrected = signing(organisation.id(), false, List.of(consultation, funding));
		corrected.put("signedOn", "2008-07-01");
		corrected.put("signedAs", "SEPARATE_ENTITY");

		Answer answer = api.put(path("swale", signed), "sam.editor", corrected, signed.etag());
		Answer stale = api.put(path("swale", signed), "sam.editor", signing(organisation.id(), true, List.of()),
				signed.etag());

		assertThat(answer.status()).isEqualTo(200);
		assertThat(stale.status()).isEqualTo(412);
		Signature stored = api.get(path("swale", signed), null).as(Signature.class);
		assertThat(stored.signedOn()).isEqualTo(LocalDate.parse("2008-07-01"));
		assertThat(stored.principles()).isFalse();
		assertThat(stored.codes()).containsExactly(consultation, funding);
		assertThat(stored.signedAs()).isEqualTo("SEPARATE_ENTITY");
		assertThat(stored.version()).isGreaterThan(signed.as(Signature.class).version());
	}

	@Test
	void aSignatureKeepsItsOrganisationAndAWithdrawnOneIsNoLongerCorrected() {
		Created organisation = organisation("swale", "sam.editor");
		Answer signed = sign("swale", "sam.editor", signing(organisation.id(), true, List.of()));
		Map<String, Object> otherOrganisation = signing(organisation("swale", "sam.editor").id(), true, List.of());
		var before = signatures("swale");

		Answer moved = api.put(path("swale", signed), "sam.editor", otherOrganisation, signed.etag());
		assertThat(signatures("swale")).isEqualTo(before);
		Answer withdrawn = api.post(path("swale", signed) + "/withdrawal", "sam.editor", withdrawal("2010-01-01"),
				signed.etag());
		var withdrawnOnly = signatures("swale");
		Answer corrected = api.put(path("swale", signed), "sam.editor", signing(organisation.id(), true, List.of()),
				withdrawn.etag());

		assertThat(moved.status()).isEqualTo(400);
		assertThat(moved.namesField("organisationId")).isTrue();
		assertThat(corrected.status()).isEqualTo(409);
		assertThat(signatures("swale")).isEqualTo(withdrawnOnly);
	}

	/**
	 * Each case: what to change in a good signing, the field named, and a word of the
	 * reason.
	 */
	static Stream<Arguments> badSignings() {
		return Stream.of(Arguments.of("organisationId", null, "organisationId", "must not be null"),
				Arguments.of("organisationId", "not-an-id", "organisationId", "must be a UUID"),
				Arguments.of("organisationId", UUID.randomUUID(), "organisationId",
						"not an organisation of this compact"),
				Arguments.of("signedOn", null, "signedOn", "must not be null"),
				Arguments.of("signedOn", "2008-13-01", "signedOn", "must be a date as yyyy-mm-dd"),
				Arguments.of("signedOn", "1899-12-31", "signedOn", "must be a day from 1900-01-01 to today"),
				Arguments.of("signedOn", LocalDate.now().plusYears(1).toString(), "signedOn",
						"must be a day from 1900-01-01 to today"),
				Arguments.of("signedOn", "+10000000-01-01", "signedOn", "must be a day from 1900-01-01 to today"),
				Arguments.of("principles", null, "principles", "must not be null"),
				Arguments.of("principles", "maybe", "principles", "true or false"),
				Arguments.of("signedAs", null, "signedAs", "must not be null"),
				Arguments.of("signedAs", "MEMBER", "signedAs", "is not one of [PARTNERSHIP, SEPARATE_ENTITY]"),
				Arguments.of("codes", List.of("not-an-id"), "codes[0]", "must be a UUID"),
				Arguments.of("codes", List.of(UUID.randomUUID()), "codes[0]", "not a code of practice of this compact"),
				Arguments.of("codes", "Funding", "codes", "must be a list"));
	}

	@ParameterizedTest
	@MethodSource("badSignings")
	void aBadSigningIsRefusedNamingTheFieldAndTheReasonAndNothingChanges(String key, Object value, String field,
			String reason) {
		Created organisation = organisation("swale", "sam.editor");
		Answer existing = sign("swale", "sam.editor", signing(organisation.id(), true, List.of()));
		Map<String, Object> signing = signing(organisation.id(), true, List.of());
		signing.put(key, value);
		var before = signatures("swale");

		Answer recorded = api.post("/api/t/swale/signatures", "sam.editor", signing);
		Answer corrected = api.put(path("swale", existing), "sam.editor", signing, existing.etag());

		for (Answer answer : key.equals("organisationId") && value instanceof UUID ? List.of(recorded)
				: List.of(recorded, corrected)) {
			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.isProblem()).isTrue();
			assertThat(answer.namesField(field)).as(answer.text()).isTrue();
			assertThat(answer.text()).contains(reason);
		}
		assertThat(signatures("swale")).isEqualTo(before);
	}

	@Test
	void codesAreThisCompactsCodesOfPracticeEachListedOnceAndSomethingIsSigned() {
		Created organisation = organisation("swale", "sam.editor");
		UUID swaleCode = code("swale", "sam.editor", "Volunteering");
		UUID canterburyCode = code("canterbury", "chris.canterbury", "Volunteering");
		UUID swalePrinciple = principle("swale", "sam.editor");
		var before = signatures("swale");

		Answer anotherCompacts = api.post("/api/t/swale/signatures", "sam.editor",
				signing(organisation.id(), true, List.of(swaleCode, canterburyCode)));
		Answer aPrinciple = api.post("/api/t/swale/signatures", "sam.editor",
				signing(organisation.id(), true, List.of(swalePrinciple)));
		Answer twice = api.post("/api/t/swale/signatures", "sam.editor",
				signing(organisation.id(), true, List.of(swaleCode, swaleCode)));
		Answer nothing = api.post("/api/t/swale/signatures", "sam.editor",
				signing(organisation.id(), false, List.of()));
		Answer aNullCode = api.post("/api/t/swale/signatures", "sam.editor",
				"{\"organisationId\":\"" + organisation.id() + "\",\"signedOn\":\"2008-06-01\",\"principles\":true,"
						+ "\"codes\":[null],\"signedAs\":\"PARTNERSHIP\"}");

		assertThat(List.of(anotherCompacts, aPrinciple, twice, nothing, aNullCode)).extracting(Answer::status)
			.containsOnly(400);
		assertThat(anotherCompacts.namesField("codes[1]")).isTrue();
		assertThat(anotherCompacts.namesField("codes[0]")).isFalse();
		assertThat(anotherCompacts.text()).doesNotContain("Volunteering");
		assertThat(aPrinciple.namesField("codes[0]")).isTrue();
		assertThat(twice.namesField("codes[1]")).isTrue();
		assertThat(twice.text()).contains("is listed already as codes[0]");
		assertThat(nothing.namesField("principles")).isTrue();
		assertThat(nothing.namesField("codes")).isTrue();
		assertThat(aNullCode.namesField("codes[0]")).isTrue();
		assertThat(signatures("swale")).isEqualTo(before);
	}

	@Test
	void malformedJsonAnIdThatIsNoIdAndAnUnknownSignatureAreRefusedAndNothingChanges() {
		var before = signatures("swale");

		Answer malformed = api.post("/api/t/swale/signatures", "sam.editor", "{\"organisationId\":");
		Answer notAnId = api.post("/api/t/swale/signatures/x/withdrawal", "sam.editor", withdrawal("2011-01-01"),
				"\"0\"");
		Answer notAnOrganisation = api.get("/api/t/swale/signatures?organisation=council", null);
		String unknown = "/api/t/swale/signatures/" + UUID.randomUUID();

		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.isProblem()).isTrue();
		assertThat(notAnId.status()).isEqualTo(400);
		assertThat(notAnId.namesField("id")).isTrue();
		assertThat(notAnOrganisation.status()).isEqualTo(400);
		assertThat(notAnOrganisation.namesField("organisation")).isTrue();
		assertThat(api.get(unknown, null).status()).isEqualTo(404);
		assertThat(api.post(unknown + "/withdrawal", "sam.editor", withdrawal("2011-01-01"), "\"0\"").status())
			.isEqualTo(404);
		assertThat(signatures("swale")).isEqualTo(before);
	}

	@Test
	void anotherCompactsSignatureIsNotFoundThroughThisCompactAndNothingOfItChanges() {
		Created canterburys = organisation("canterbury", "chris.canterbury");
		Answer signed = sign("canterbury", "chris.canterbury", signing(canterburys.id(), true, List.of()));
		String throughSwale = path("swale", signed);
		var before = signatures("canterbury");

		Answer read = api.get(throughSwale, null);
		Answer corrected = api.put(throughSwale, "sam.editor", signing(canterburys.id(), true, List.of()),
				signed.etag());
		Answer withdrawn = api.post(throughSwale + "/withdrawal", "sam.editor", withdrawal("2011-01-01"),
				signed.etag());
		Answer signedThroughSwale = api.post("/api/t/swale/signatures", "sam.editor",
				signing(canterburys.id(), true, List.of()));

		assertThat(List.of(read, corrected, withdrawn)).extracting(Answer::status).containsOnly(404);
		assertThat(read.text()).doesNotContain(canterburys.name());
		assertThat(signedThroughSwale.status()).isEqualTo(400);
		assertThat(signedThroughSwale.namesField("organisationId")).isTrue();
		assertThat(api.get("/api/t/swale/signatures", null).text())
			.doesNotContain(signed.as(Signature.class).id().toString());
		assertThat(api.get("/api/t/swale/signatures?organisation=" + canterburys.id(), null).text()).isEqualTo("[]");
		assertThat(signatures("canterbury")).isEqualTo(before);
	}

	@Test
	void onlyTheCompactsEditorsRecordSignaturesAndNothingChangesForAnyoneElse() {
		Created canterburys = organisation("canterbury", "chris.canterbury");
		Answer signed = sign("canterbury", "chris.canterbury", signing(canterburys.id(), true, List.of()));
		String path = path("canterbury", signed);
		Created swales = organisation("swale", "sam.editor");
		var canterburyBefore = signatures("canterbury");
		var swaleBefore = signatures("swale");

		List<Answer> swaleEditor = List.of(
				api.post("/api/t/canterbury/signatures", "sam.editor", signing(canterburys.id(), true, List.of())),
				api.put(path, "sam.editor", signing(canterburys.id(), false, List.of()), signed.etag()),
				api.post(path + "/withdrawal", "sam.editor", withdrawal("2011-01-01"), signed.etag()));
		Answer champion = api.post("/api/t/swale/signatures", "alex.champion", signing(swales.id(), true, List.of()));
		List<Answer> anonymous = List.of(
				api.post("/api/t/canterbury/signatures", null, signing(canterburys.id(), true, List.of())),
				api.put(path, null, signing(canterburys.id(), false, List.of()), signed.etag()),
				api.post(path + "/withdrawal", null, withdrawal("2011-01-01"), signed.etag()));

		assertThat(swaleEditor).extracting(Answer::status).containsOnly(403);
		assertThat(champion.status()).isEqualTo(403);
		assertThat(anonymous).extracting(Answer::status).containsOnly(401);
		assertThat(signatures("canterbury")).isEqualTo(canterburyBefore);
		assertThat(signatures("swale")).isEqualTo(swaleBefore);
	}

	@Test
	void aSignatureIsNeverRemovedAndNeitherIsAnOrganisationThatSigned() {
		Created organisation = organisation("swale", "sam.editor");
		Answer signed = sign("swale", "sam.editor", signing(organisation.id(), true, List.of()));
		api.post(path("swale", signed) + "/withdrawal", "sam.editor", withdrawal("2010-01-01"), signed.etag());
		var signaturesBefore = signatures("swale");
		var organisationsBefore = api.snapshot("organisation", "swale");

		Answer removedByEditor = api.delete(path("swale", signed), "sam.editor");
		Answer removedAnonymously = api.delete(path("swale", signed), null);
		Answer organisationRemoved = api.delete("/api/t/swale/organisations/" + organisation.id(), "sam.editor");

		assertThat(removedByEditor.status()).isEqualTo(405);
		assertThat(removedAnonymously.status()).isEqualTo(401);
		assertThat(organisationRemoved.status()).isEqualTo(409);
		assertThat(organisationRemoved.text()).contains("signed");
		assertThat(signatures("swale")).isEqualTo(signaturesBefore);
		assertThat(api.snapshot("organisation", "swale")).isEqualTo(organisationsBefore);
	}

	@Test
	void behindTheApiACodeRowBelongsOnlyToASignatureOfItsOwnCompact() {
		Answer canterburys = signPrinciples("canterbury", "chris.canterbury");
		signPrinciples("swale", "sam.editor");

		assertThatThrownBy(() -> api.query("swale", """
				INSERT INTO signature_code (signature_id, position, code_id) VALUES (?, 9, ?) RETURNING code_id""",
				canterburys.as(Signature.class).id(), UUID.randomUUID()))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(api.query("swale", "SELECT DISTINCT tenant_id FROM signature"))
			.containsExactly(Map.of("tenant_id", "swale"));
		Integer seenWithNoTenant = transactions
			.execute(status -> jdbc.queryForObject("SELECT count(*) FROM signature", Integer.class));
		assertThat(seenWithNoTenant).isZero();
	}

}
