package org.compacts.compact.champion;

import java.time.LocalDate;
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
class ChampionIT {

	static final String NOMINATED_ON = "2010-03-01";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	Api api;

	record Champion(UUID id, String username, UUID organisationId, String organisationName, LocalDate nominatedOn,
			LocalDate stoodDownOn, boolean active, long version) {
	}

	record Organisation(UUID id, String name) {
	}

	@BeforeEach
	void client() {
		api = new Api(port, jdbc, transactions);
	}

	private Organisation organisation(String tenant, String editor) {
		Answer added = api.post("/api/t/" + tenant + "/organisations", editor,
				Map.of("name", "Organisation " + UUID.randomUUID(), "sector", "VCS"));
		assertThat(added.status()).isEqualTo(201);
		return added.as(Organisation.class);
	}

	private static Map<String, Object> nomination(String username, UUID organisation) {
		return Map.of("username", username, "organisationId", organisation, "nominatedOn", NOMINATED_ON);
	}

	private Answer nominate(String tenant, String editor, String username, UUID organisation) {
		Answer nominated = api.post("/api/t/" + tenant + "/champions", editor, nomination(username, organisation));
		assertThat(nominated.status()).isEqualTo(201);
		return nominated;
	}

	private Answer standDown(String tenant, String editor, Answer champion, String on) {
		return api.post("/api/t/" + tenant + "/champions/" + champion.as(Champion.class).id() + "/stand-down", editor,
				Map.of("stoodDownOn", on), champion.etag());
	}

	@Test
	void anEditorNominatesAChampionAndAnyoneReadsWhoChampionsWhichOrganisation() {
		Organisation organisation = organisation("swale", "sam.editor");
		Champion nominated = nominate("swale", "sam.editor", "alex.champion", organisation.id()).as(Champion.class);

		Answer list = api.get("/api/t/swale/champions?organisation=" + organisation.id(), null);
		Answer one = api.get("/api/t/swale/champions/" + nominated.id(), null);

		assertThat(list.status()).isEqualTo(200);
		assertThat(List.of(list.as(Champion[].class))).containsExactly(nominated);
		assertThat(one.etag()).isEqualTo("\"" + nominated.version() + "\"");
		assertThat(one.as(Champion.class)).isEqualTo(new Champion(nominated.id(), "alex.champion", organisation.id(),
				organisation.name(), LocalDate.parse(NOMINATED_ON), null, true, nominated.version()));
		assertThat(api.query("swale", "SELECT recorded_by FROM champion WHERE id = ?", nominated.id()))
			.containsExactly(Map.of("recorded_by", "sam.editor"));
	}

	@Test
	void aPersonChampionsSeveralOrganisationsButEachOnlyOnceAtATime() {
		Organisation cvs = organisation("swale", "sam.editor");
		Organisation council = organisation("swale", "sam.editor");
		Answer first = nominate("swale", "sam.editor", "alex.champion", cvs.id());
		nominate("swale", "sam.editor", "alex.champion", council.id());
		var before = api.snapshot("champion", "swale");

		Answer again = api.post("/api/t/swale/champions", "sam.editor", nomination("alex.champion", cvs.id()));

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text()).contains("\"field\":\"username\"");
		assertThat(api.snapshot("champion", "swale")).isEqualTo(before);

		assertThat(standDown("swale", "sam.editor", first, "2011-03-31").status()).isEqualTo(200);
		assertThat(api.post("/api/t/swale/champions", "sam.editor", nomination("alex.champion", cvs.id())).status())
			.isEqualTo(201);
	}

	@Test
	void aChampionWhoStandsDownStaysInTheRecordAsStoodDown() {
		Organisation organisation = organisation("swale", "sam.editor");
		Answer nominated = nominate("swale", "sam.editor", "pat.officer", organisation.id());

		Answer stoodDown = standDown("swale", "sam.editor", nominated, "2012-01-31");

		assertThat(stoodDown.status()).isEqualTo(200);
		assertThat(stoodDown.etag()).isNotEqualTo(nominated.etag());
		Champion stored = api.get("/api/t/swale/champions/" + nominated.as(Champion.class).id(), null)
			.as(Champion.class);
		assertThat(stored.active()).isFalse();
		assertThat(stored.stoodDownOn()).isEqualTo(LocalDate.parse("2012-01-31"));
		assertThat(api.get("/api/t/swale/champions", null).text()).contains(stored.id().toString());
	}

	@Test
	void standingDownTwiceBeforeTheNominationFromAnOldVersionOrWithoutOneIsRefusedAndNothingChanges() {
		Organisation organisation = organisation("swale", "sam.editor");
		Answer nominated = nominate("swale", "sam.editor", "jo.councillor", organisation.id());
		String path = "/api/t/swale/champions/" + nominated.as(Champion.class).id() + "/stand-down";
		var active = api.snapshot("champion", "swale");

		Answer beforeNomination = standDown("swale", "sam.editor", nominated, "2010-02-28");
		Answer unversioned = api.post(path, "sam.editor", Map.of("stoodDownOn", "2012-01-31"), null);
		assertThat(api.snapshot("champion", "swale")).isEqualTo(active);

		Answer stoodDown = standDown("swale", "sam.editor", nominated, "2012-01-31");
		var afterStandingDown = api.snapshot("champion", "swale");
		Answer stale = standDown("swale", "sam.editor", nominated, "2013-01-31");
		Answer twice = api.post(path, "sam.editor", Map.of("stoodDownOn", "2013-01-31"), stoodDown.etag());

		assertThat(beforeNomination.status()).isEqualTo(400);
		assertThat(beforeNomination.text()).contains("\"field\":\"stoodDownOn\"").contains("before the nomination");
		assertThat(unversioned.status()).isEqualTo(428);
		assertThat(stoodDown.status()).isEqualTo(200);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.contentType()).startsWith("application/problem+json");
		assertThat(api.snapshot("champion", "swale")).isEqualTo(afterStandingDown);
	}

	static Stream<Arguments> badNominations() {
		String organisation = "\"organisationId\":\"%s\"";
		return Stream.of(
				Arguments.of("{\"username\":\"Alex.Champion\"," + organisation + ",\"nominatedOn\":\"2010-03-01\"}",
						"username", "lowercase letters"),
				Arguments.of("{\"username\":\"alex champion\"," + organisation + ",\"nominatedOn\":\"2010-03-01\"}",
						"username", "lowercase letters"),
				Arguments.of("{\"username\":\"" + "a".repeat(256) + "\"," + organisation
						+ ",\"nominatedOn\":\"2010-03-01\"}", "username", "size must be"),
				Arguments.of("{" + organisation + ",\"nominatedOn\":\"2010-03-01\"}", "username", "must not be blank"),
				Arguments.of("{\"username\":\"alex.champion\",\"nominatedOn\":\"2010-03-01\"}", "organisationId",
						"must not be null"),
				Arguments.of("{\"username\":\"alex.champion\",\"organisationId\":\"not-an-id\","
						+ "\"nominatedOn\":\"2010-03-01\"}", "organisationId", "must be a UUID"),
				Arguments.of(
						"{\"username\":\"alex.champion\",\"organisationId\":\"" + UUID.randomUUID()
								+ "\",\"nominatedOn\":\"2010-03-01\"}",
						"organisationId", "not an organisation of this compact"),
				Arguments.of("{\"username\":\"alex.champion\"," + organisation + "}", "nominatedOn",
						"must not be null"),
				Arguments.of("{\"username\":\"alex.champion\"," + organisation + ",\"nominatedOn\":\"2010-02-30\"}",
						"nominatedOn", "must be a date as yyyy-mm-dd"),
				Arguments.of("{\"username\":\"alex.champion\"," + organisation + ",\"nominatedOn\":\"1 March\"}",
						"nominatedOn", "must be a date as yyyy-mm-dd"),
				Arguments.of(
						"{\"username\":\"alex.champion\"," + organisation + ",\"nominatedOn\":\"+10000000-01-01\"}",
						"nominatedOn", "must be a day from 1900-01-01 to today"));
	}

	@ParameterizedTest
	@MethodSource("badNominations")
	void aBadNominationIsRefusedNamingTheFieldAndTheReasonAndNothingChanges(String json, String field, String reason) {
		Organisation organisation = organisation("swale", "sam.editor");
		var before = api.snapshot("champion", "swale");

		Answer answer = api.post("/api/t/swale/champions", "sam.editor", json.formatted(organisation.id()));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.text()).contains("\"field\":\"" + field + "\"").contains(reason);
		assertThat(api.snapshot("champion", "swale")).isEqualTo(before);
	}

	@Test
	void aBadStandingDownOrAnUnknownChampionIsRefusedNamingTheFieldAndNothingChanges() {
		Answer nominated = nominate("swale", "sam.editor", "sam.officer", organisation("swale", "sam.editor").id());
		String path = "/api/t/swale/champions/" + nominated.as(Champion.class).id() + "/stand-down";
		var before = api.snapshot("champion", "swale");

		Answer missing = api.post(path, "sam.editor", "{}", nominated.etag());
		Answer notADate = api.post(path, "sam.editor", "{\"stoodDownOn\":\"yesterday\"}", nominated.etag());
		Answer malformed = api.post(path, "sam.editor", "{\"stoodDownOn\":", nominated.etag());
		Answer longAgo = api.post(path, "sam.editor", "{\"stoodDownOn\":\"-5000-01-01\"}", nominated.etag());
		Answer unknown = api.post("/api/t/swale/champions/" + UUID.randomUUID() + "/stand-down", "sam.editor",
				Map.of("stoodDownOn", "2012-01-31"), nominated.etag());
		Answer notAnOrganisation = api.get("/api/t/swale/champions?organisation=42", null);
		Answer notAnId = api.post("/api/t/swale/champions/42/stand-down", "sam.editor",
				Map.of("stoodDownOn", "2012-01-31"), nominated.etag());

		assertThat(List.of(missing, notADate, malformed, longAgo, notAnId, notAnOrganisation))
			.extracting(Answer::status)
			.containsOnly(400);
		assertThat(longAgo.namesField("stoodDownOn")).isTrue();
		assertThat(notAnOrganisation.namesField("organisation")).isTrue();
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(api.get("/api/t/swale/champions/" + UUID.randomUUID(), null).status()).isEqualTo(404);
		assertThat(missing.text()).contains("\"field\":\"stoodDownOn\"");
		assertThat(notADate.text()).contains("\"field\":\"stoodDownOn\"").contains("must be a date as yyyy-mm-dd");
		assertThat(notAnId.text()).contains("\"field\":\"id\"");
		assertThat(api.snapshot("champion", "swale")).isEqualTo(before);
	}

	@Test
	void anotherCompactsChampionIsNotFoundThroughThisCompactAndNothingOfItChanges() {
		Organisation canterburys = organisation("canterbury", "chris.canterbury");
		Answer champion = nominate("canterbury", "chris.canterbury", "canterbury.champion", canterburys.id());
		UUID id = champion.as(Champion.class).id();
		var before = api.snapshot("champion", "canterbury");

		Answer read = api.get("/api/t/swale/champions/" + id, null);
		Answer stoodDown = standDown("swale", "sam.editor", champion, "2012-01-31");
		Answer nominatedThroughSwale = api.post("/api/t/swale/champions", "sam.editor",
				nomination("sam.editor", canterburys.id()));

		assertThat(read.status()).isEqualTo(404);
		assertThat(read.text()).doesNotContain("canterbury.champion");
		assertThat(stoodDown.status()).isEqualTo(404);
		assertThat(nominatedThroughSwale.status()).isEqualTo(400);
		assertThat(nominatedThroughSwale.text()).contains("\"field\":\"organisationId\"")
			.doesNotContain(canterburys.name());
		assertThat(api.get("/api/t/swale/champions", null).text()).doesNotContain(id.toString());
		assertThat(api.get("/api/t/swale/champions?organisation=" + canterburys.id(), null).text()).isEqualTo("[]");
		assertThat(api.snapshot("champion", "canterbury")).isEqualTo(before);
	}

	@Test
	void onlyTheCompactsEditorsRecordChampionsAndNothingChangesForAnyoneElse() {
		Organisation canterburys = organisation("canterbury", "chris.canterbury");
		Answer champion = nominate("canterbury", "chris.canterbury", "kent.officer", canterburys.id());
		var canterburyBefore = api.snapshot("champion", "canterbury");
		Organisation swales = organisation("swale", "sam.editor");
		var swaleBefore = api.snapshot("champion", "swale");

		List<Answer> swaleEditor = List.of(
				api.post("/api/t/canterbury/champions", "sam.editor", nomination("sam.editor", canterburys.id())),
				standDown("canterbury", "sam.editor", champion, "2012-01-31"));
		Answer championHimself = api.post("/api/t/swale/champions", "alex.champion",
				nomination("alex.champion", swales.id()));
		List<Answer> anonymous = List.of(
				api.post("/api/t/canterbury/champions", null, nomination("nobody", canterburys.id())),
				standDown("canterbury", null, champion, "2012-01-31"));

		assertThat(swaleEditor).extracting(Answer::status).containsOnly(403);
		assertThat(championHimself.status()).isEqualTo(403);
		assertThat(anonymous).extracting(Answer::status).containsOnly(401);
		assertThat(api.snapshot("champion", "canterbury")).isEqualTo(canterburyBefore);
		assertThat(api.snapshot("champion", "swale")).isEqualTo(swaleBefore);
	}

	@Test
	void anOrganisationWithChampionsIsNotRemoved() {
		Organisation organisation = organisation("swale", "sam.editor");
		Answer champion = nominate("swale", "sam.editor", "alex.champion", organisation.id());
		standDown("swale", "sam.editor", champion, "2011-01-01");
		var before = api.snapshot("organisation", "swale");

		Answer removed = api.delete("/api/t/swale/organisations/" + organisation.id(), "sam.editor");

		assertThat(removed.status()).isEqualTo(409);
		assertThat(removed.text()).contains("champions");
		assertThat(api.snapshot("organisation", "swale")).isEqualTo(before);
	}

	@Test
	void behindTheApiTheDatabaseKeepsEachChampionInsideItsCompact() {
		Organisation canterburys = organisation("canterbury", "chris.canterbury");
		nominate("canterbury", "chris.canterbury", "canterbury.champion", canterburys.id());
		nominate("swale", "sam.editor", "alex.champion", organisation("swale", "sam.editor").id());

		var seenAsSwale = api.query("swale", "SELECT DISTINCT tenant_id FROM champion");
		Integer seenWithNoTenant = transactions
			.execute(status -> jdbc.queryForObject("SELECT count(*) FROM champion", Integer.class));

		assertThat(seenAsSwale).containsExactly(Map.of("tenant_id", "swale"));
		assertThat(seenWithNoTenant).isZero();
		assertThatThrownBy(() -> api.query("swale", """
				INSERT INTO champion (id, tenant_id, username, organisation_id, nominated_on, recorded_by)
				VALUES (?, 'swale', 'sly', ?, DATE '2010-01-01', 'sly') RETURNING id""", UUID.randomUUID(),
				canterburys.id()))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

}
