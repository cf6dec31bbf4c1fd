package org.compacts.compact.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A compact's performance indicators through the API, with real tokens: the demo realm's
 * Swale editor, Kent's admin, the champion (a member, not an editor) of Kent and Swale,
 * and Canterbury's editor.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class IndicatorIT {

	static final String TABLES_CHANGED_BY_A_WRITE = "indicator, indicator_reading, indicator_item";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	Api api;

	@BeforeEach
	void client() {
		api = new Api(port, jdbc, transactions);
	}

	/**
	 * 40 on 2026-01-01 rising to 60 on 2026-04-11, a hundred days: 0.2 a day, amber
	 * within 5 short.
	 */
	static Map<String, Object> input(String name, String visibility, List<?> itemIds) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("name", name);
		input.put("unit", "%");
		input.put("baseline", Map.of("value", 40, "on", "2026-01-01"));
		input.put("target", Map.of("value", 60, "on", "2026-04-11"));
		input.put("direction", "HIGHER_IS_BETTER");
		input.put("tolerance", 5);
		if (visibility != null) {
			input.put("visibility", visibility);
		}
		input.put("itemIds", itemIds);
		return input;
	}

	static String named(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	private Answer define(String tenant, String editor, Map<String, Object> input) {
		Answer defined = api.post("/api/t/" + tenant + "/indicators", editor, input);
		assertThat(defined.status()).as(defined.text()).isEqualTo(201);
		return defined;
	}

	private static String id(Answer answer) {
		return answer.json().path("id").asString();
	}

	private Answer read(Answer indicator, String tenant, String value, String on) {
		return api.post("/api/t/" + tenant + "/indicators/" + id(indicator) + "/readings", "sam.editor",
				Map.of("on", on, "value", new BigDecimal(value), "note", "from the survey", "source", "Swale CVS"),
				indicator.etag());
	}

	private String principle(String tenant, String editor, String title) {
		Answer created = api.post("/api/t/" + tenant + "/principles", editor,
				Map.of("title", title, "text", "We will be open.", "mode", "CORE"));
		assertThat(created.status()).isEqualTo(201);
		return id(created);
	}

	private List<List<Map<String, Object>>> snapshot(String tenant) {
		return Stream.of(TABLES_CHANGED_BY_A_WRITE.split(", ")).map(table -> api.snapshot(table, tenant)).toList();
	}

	private static List<String> names(Answer list) {
		assertThat(list.status()).isEqualTo(200);
		return list.json().valueStream().map(indicator -> indicator.path("name").asString()).toList();
	}

	@Test
	void anEditorDefinesAnIndicatorAndRevisesItAndItsMembersReadItBack() {
		String openness = principle("swale", "sam.editor", named("Openness"));
		String name = named("Organisations aware of the Compact");

		Answer defined = define("swale", "sam.editor", input(name, null, List.of(openness)));

		JsonNode body = defined.json();
		assertThat(defined.etag()).isEqualTo("\"" + body.path("version").asLong() + "\"");
		assertThat(body.path("name").asString()).isEqualTo(name);
		assertThat(body.path("unit").asString()).isEqualTo("%");
		assertThat(body.path("baseline").toString()).isEqualTo("{\"value\":40,\"on\":\"2026-01-01\"}");
		assertThat(body.path("target").toString()).isEqualTo("{\"value\":60,\"on\":\"2026-04-11\"}");
		assertThat(body.path("direction").asString()).isEqualTo("HIGHER_IS_BETTER");
		assertThat(body.path("tolerance").decimalValue()).isEqualByComparingTo("5");
		assertThat(body.path("visibility").asString()).isEqualTo("COUNTY");
		assertThat(body.path("links").toString())
			.isEqualTo("[{\"itemId\":\"" + openness + "\",\"kind\":\"PRINCIPLE\",\"title\":\""
					+ api.get("/api/t/swale/principles/" + openness, "sam.editor")
						.json()
						.path("content")
						.path("title")
						.asString()
					+ "\",\"source\":null}]");
		assertThat(body.path("readings").isEmpty()).isTrue();
		assertThat(body.path("latest").isNull()).isTrue();
		assertThat(body.path("expected").isNull()).isTrue();
		assertThat(body.path("rag").asString()).isEqualTo("NONE");

		Answer read = api.get("/api/t/swale/indicators/" + id(defined), "alex.champion");
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.etag()).isEqualTo(defined.etag());
		assertThat(read.json()).isEqualTo(body);
		assertThat(api.query("swale", "SELECT created_by FROM indicator WHERE id = ?::uuid", id(defined)))
			.containsExactly(Map.of("created_by", "sam.editor"));

		Map<String, Object> revision = input(name + " (revised)", "PUBLIC", List.of());
		revision.put("direction", "LOWER_IS_BETTER");
		revision.put("tolerance", "2.5");
		Answer revised = api.put("/api/t/swale/indicators/" + id(defined), "sam.editor", revision, defined.etag());

		assertThat(revised.status()).as(revised.text()).isEqualTo(200);
		assertThat(revised.etag()).isNotEqualTo(defined.etag());
		JsonNode again = api.get("/api/t/swale/indicators/" + id(defined), null).json();
		assertThat(again.path("name").asString()).isEqualTo(name + " (revised)");
		assertThat(again.path("direction").asString()).isEqualTo("LOWER_IS_BETTER");
		assertThat(again.path("tolerance").decimalValue()).isEqualByComparingTo("2.5");
		assertThat(again.path("visibility").asString()).isEqualTo("PUBLIC");
		assertThat(again.path("links").isEmpty()).isTrue();
		assertThat(api.query("swale", "SELECT count(*) AS links FROM indicator_item WHERE indicator_id = ?::uuid",
				id(defined)))
			.containsExactly(Map.of("links", 0L));
	}

	@Test
	void aLinkShowsThePublishedTitleOfAnItemThroughItsNewDrafts() {
		String title = named("Openness");
		String openness = principle("swale", "sam.editor", title);
		assertThat(api.post("/api/t/swale/principles/" + openness + "/versions/1/publication", "sam.editor", null)
			.status()).isEqualTo(200);
		assertThat(api
			.put("/api/t/swale/principles/" + openness, "sam.editor",
					Map.of("title", title + " redrafted", "text", "We will be open.", "mode", "CORE", "startedFrom", 1))
			.status()).isEqualTo(200);

		Answer defined = define("swale", "sam.editor", input(named("Open meetings"), "PUBLIC", List.of(openness)));

		assertThat(defined.json().path("links").path(0).path("title").asString()).isEqualTo(title);
		assertThat(api.get("/api/t/swale/indicators/" + id(defined), null)
			.json()
			.path("links")
			.path(0)
			.path("kind")
			.asString()).isEqualTo("PRINCIPLE");
	}

	@Test
	void eachReadingChangesTheLatestTheExpectedValueAndTheRag() {
		Answer defined = define("swale", "sam.editor", input(named("Groups consulted"), "MEMBERS", List.of()));

		// ten days in, 42 expected: 43 is above the line
		Answer green = read(defined, "swale", "43", "2026-01-11");
		// twenty days in, 44 expected: 41 is 3 short, within the tolerance of 5
		Answer amber = read(green, "swale", "41", "2026-01-21");
		// thirty days in, 46 expected: 40 is 6 short
		Answer red = read(amber, "swale", "40", "2026-01-31");

		assertThat(List.of(green, amber, red)).extracting(Answer::status).containsOnly(201);
		assertThat(List.of(green, amber, red)).extracting(answer -> answer.json().path("rag").asString())
			.containsExactly("GREEN", "AMBER", "RED");
		assertThat(List.of(green, amber, red)).extracting(answer -> answer.json().path("expected").decimalValue())
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("42"), new BigDecimal("44"), new BigDecimal("46"));
		assertThat(green.json().path("latest").toString()).isEqualTo("{\"value\":43,\"on\":\"2026-01-11\"}");
		assertThat(red.json().path("latest").toString()).isEqualTo("{\"value\":40,\"on\":\"2026-01-31\"}");

		JsonNode stored = api.get("/api/t/swale/indicators/" + id(defined), "alex.champion").json();
		assertThat(stored.path("readings").valueStream().map(reading -> reading.path("on").asString()))
			.containsExactly("2026-01-31", "2026-01-21", "2026-01-11");
		JsonNode newest = stored.path("readings").path(0);
		assertThat(newest.path("value").decimalValue()).isEqualByComparingTo("40");
		assertThat(newest.path("note").asString()).isEqualTo("from the survey");
		assertThat(newest.path("source").asString()).isEqualTo("Swale CVS");
		assertThat(newest.path("by").asString()).isEqualTo("sam.editor");
		assertThat(newest.path("at").asString()).isNotBlank();
		assertThat(stored.path("rag").asString()).isEqualTo("RED");

		JsonNode listed = api.get("/api/t/swale/indicators", "sam.editor")
			.json()
			.valueStream()
			.filter(indicator -> indicator.path("id").asString().equals(id(defined)))
			.findFirst()
			.orElseThrow();
		assertThat(listed.has("readings")).isFalse();
		assertThat(listed.path("rag").asString()).isEqualTo("RED");
		assertThat(listed.path("latest").path("on").asString()).isEqualTo("2026-01-31");
	}

	@Test
	void aSecondReadingOfADayAStaleOrMissingVersionAndAReadingOfTomorrowChangeNothing() {
		Answer defined = define("swale", "sam.editor", input(named("Compact awareness"), "PUBLIC", List.of()));
		Answer first = read(defined, "swale", "45", "2026-02-01");
		String path = "/api/t/swale/indicators/" + id(defined) + "/readings";
		String tomorrow = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1).toString();
		var before = snapshot("swale");

		Answer sameDay = read(first, "swale", "50", "2026-02-01");
		Answer stale = read(defined, "swale", "50", "2026-02-02");
		Answer missing = api.post(path, "sam.editor", Map.of("on", "2026-02-02", "value", 50), null);
		Answer future = read(first, "swale", "50", tomorrow);
		Answer staleRevision = api.put("/api/t/swale/indicators/" + id(defined), "sam.editor",
				input(named("Renamed"), "PUBLIC", List.of()), defined.etag());
		Answer unversionedRevision = api.put("/api/t/swale/indicators/" + id(defined), "sam.editor",
				input(named("Renamed"), "PUBLIC", List.of()), null);

		assertThat(sameDay.status()).isEqualTo(409);
		assertThat(sameDay.namesField("on")).isTrue();
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(first.json().path("version").asLong());
		assertThat(missing.status()).isEqualTo(428);
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.namesField("on")).isTrue();
		assertThat(staleRevision.status()).isEqualTo(412);
		assertThat(unversionedRevision.status()).isEqualTo(428);
		assertThat(List.of(sameDay, stale, missing, future, staleRevision, unversionedRevision))
			.allSatisfy(answer -> assertThat(answer.isProblem()).isTrue());
		assertThat(snapshot("swale")).isEqualTo(before);
	}

	@Test
	void aNameIsOneIndicatorsInTheCompact() {
		String name = named("Volunteers recruited");
		define("swale", "sam.editor", input(name, null, List.of()));
		Answer other = define("swale", "sam.editor", input(named("Volunteers trained"), null, List.of()));
		var before = snapshot("swale");

		Answer twice = api.post("/api/t/swale/indicators", "sam.editor", input(name.toUpperCase(), null, List.of()));
		Answer renamed = api.put("/api/t/swale/indicators/" + id(other), "sam.editor", input(name, null, List.of()),
				other.etag());

		assertThat(List.of(twice, renamed)).allSatisfy(answer -> {
			assertThat(answer.status()).isEqualTo(409);
			assertThat(answer.namesField("name")).isTrue();
		});
		assertThat(snapshot("swale")).isEqualTo(before);
		// another compact may use the same name
		define("canterbury", "chris.canterbury", input(name, null, List.of()));
	}

	static Stream<Arguments> badIndicators() {
		List<Arguments> bad = new ArrayList<>();
		bad.add(Arguments.of("name", null, "must not be blank"));
		bad.add(Arguments.of("name", " ", "must not be blank"));
		bad.add(Arguments.of("name", "n".repeat(201), "size must be"));
		bad.add(Arguments.of("unit", null, "must not be blank"));
		bad.add(Arguments.of("unit", "u".repeat(41), "size must be"));
		bad.add(Arguments.of("baseline", null, "must not be null"));
		bad.add(Arguments.of("baseline.value", Map.of("on", "2026-01-01"), "must not be null"));
		bad.add(Arguments.of("baseline.on", Map.of("value", 40), "must not be null"));
		bad.add(Arguments.of("baseline.on", Map.of("value", 40, "on", "1 January"), "yyyy-mm-dd"));
		bad.add(Arguments.of("baseline.on", Map.of("value", 40, "on", "1899-12-31"), "from 1900-01-01"));
		bad.add(Arguments.of("baseline.value", Map.of("value", "forty", "on", "2026-01-01"), ""));
		bad.add(Arguments.of("target", null, "must not be null"));
		bad.add(Arguments.of("target.value", Map.of("value", new BigDecimal("1e15"), "on", "2026-04-11"),
				"out of bounds"));
		bad.add(Arguments.of("target.on", Map.of("value", 60, "on", "2026-01-01"), "after the baseline"));
		bad.add(Arguments.of("target.on", Map.of("value", 60, "on", "2025-12-31"), "after the baseline"));
		bad.add(Arguments.of("target.on", Map.of("value", 60, "on", "+10000000-01-01"), ""));
		// the unit is a percentage: from 0 to 100
		bad.add(Arguments.of("baseline.value", Map.of("value", 120, "on", "2026-01-01"), "from 0 to 100"));
		bad.add(Arguments.of("target.value", Map.of("value", -5, "on", "2026-04-11"), "from 0 to 100"));
		bad.add(Arguments.of("direction", null, "must not be null"));
		bad.add(Arguments.of("direction", "UPWARDS", ""));
		bad.add(Arguments.of("tolerance", null, "must not be null"));
		bad.add(Arguments.of("tolerance", -1, "zero or more"));
		bad.add(Arguments.of("tolerance", new BigDecimal("0.00001"), "out of bounds"));
		bad.add(Arguments.of("visibility", "SECRET", ""));
		bad.add(Arguments.of("itemIds", List.of(UUID.randomUUID()), "not a principle or code of this compact"));
		bad.add(Arguments.of("itemIds[0]", List.of("not-an-id"), ""));
		return bad.stream();
	}

	@ParameterizedTest
	@MethodSource("badIndicators")
	void aBadIndicatorIsRefusedNamingTheFieldWhetherDefinedOrRevisedAndNothingChanges(String field, Object value,
			String reason) {
		Answer existing = define("swale", "sam.editor", input(named("Existing"), null, List.of()));
		Map<String, Object> bad = input(named("Bad"), null, List.of());
		String key = field.contains(".") ? field.substring(0, field.indexOf('.')) : field.replace("[0]", "");
		bad.put(key, value);
		var before = snapshot("swale");

		Answer defined = api.post("/api/t/swale/indicators", "sam.editor", bad);
		Answer revised = api.put("/api/t/swale/indicators/" + id(existing), "sam.editor", bad, existing.etag());

		assertThat(List.of(defined, revised)).allSatisfy(answer -> {
			assertThat(answer.status()).as(answer.text()).isEqualTo(400);
			assertThat(answer.isProblem()).isTrue();
			assertThat(answer.namesField(field)).as(answer.text()).isTrue();
			assertThat(answer.text()).contains(reason);
		});
		assertThat(snapshot("swale")).isEqualTo(before);
	}

	static Stream<Arguments> badReadings() {
		return Stream.of(Arguments.of("{\"value\":40}", "on", "must not be null"),
				Arguments.of("{\"on\":\"2026-02-30\",\"value\":40}", "on", "yyyy-mm-dd"),
				Arguments.of("{\"on\":\"1899-12-31\",\"value\":40}", "on", "from 1900-01-01"),
				Arguments.of("{\"on\":\"2026-02-01\"}", "value", "must not be null"),
				Arguments.of("{\"on\":\"2026-02-01\",\"value\":\"lots\"}", "value", ""),
				// the indicator counts in %: a reading over 100 or below 0 is in no
				// percentage
				Arguments.of("{\"on\":\"2026-02-01\",\"value\":101}", "value", "from 0 to 100"),
				Arguments.of("{\"on\":\"2026-02-01\",\"value\":-0.5}", "value", "from 0 to 100"),
				Arguments.of("{\"on\":\"2026-02-01\",\"value\":1e15}", "value", "out of bounds"),
				Arguments.of("{\"on\":\"2026-02-01\",\"value\":40,\"note\":\"" + "n".repeat(2001) + "\"}", "note",
						"size must be"),
				Arguments.of("{\"on\":\"2026-02-01\",\"value\":40,\"source\":\"" + "s".repeat(201) + "\"}", "source",
						"size must be"),
				Arguments.of("{\"on\":\"2026-02-01\",\"value\":", "", ""));
	}

	@Test
	void aCountIsANumberAndAPercentageAtMost100AndNeitherRefusalChangesAnything() {
		Map<String, Object> count = input(named("Organisations signed up"), null, List.of());
		count.put("unit", "organisations");
		Answer organisations = define("swale", "sam.editor", count);
		Answer percentage = define("swale", "sam.editor", input(named("Signatories with a champion"), null, List.of()));
		var before = snapshot("swale");

		Answer words = api.post("/api/t/swale/indicators/" + id(organisations) + "/readings", "sam.editor",
				"{\"on\":\"2026-02-01\",\"value\":\"twelve\"}", organisations.etag());
		Answer overHundred = read(percentage, "swale", "100.5", "2026-02-01");

		assertThat(List.of(words, overHundred)).allSatisfy(answer -> {
			assertThat(answer.status()).as(answer.text()).isEqualTo(400);
			assertThat(answer.isProblem()).isTrue();
			assertThat(answer.namesField("value")).as(answer.text()).isTrue();
		});
		assertThat(overHundred.text()).contains("must be from 0 to 100");
		assertThat(snapshot("swale")).isEqualTo(before);
		// a count may go past 100, and a percentage reach it
		assertThat(read(organisations, "swale", "140", "2026-02-01").status()).isEqualTo(201);
		assertThat(read(percentage, "swale", "100", "2026-02-01").status()).isEqualTo(201);
	}

	@ParameterizedTest
	@MethodSource("badReadings")
	void aBadReadingIsRefusedNamingTheFieldAndNothingChanges(String json, String field, String reason) {
		Answer defined = define("swale", "sam.editor", input(named("Read badly"), null, List.of()));
		var before = snapshot("swale");

		Answer answer = api.post("/api/t/swale/indicators/" + id(defined) + "/readings", "sam.editor", json,
				defined.etag());

		assertThat(answer.status()).as(answer.text()).isEqualTo(400);
		assertThat(answer.isProblem()).isTrue();
		if (!field.isEmpty()) {
			assertThat(answer.namesField(field)).as(answer.text()).isTrue();
		}
		assertThat(answer.text()).contains(reason);
		assertThat(snapshot("swale")).isEqualTo(before);
	}

	@Test
	void theAnonymousReadOnlyPublicIndicatorsAndLearnNothingOfTheOthers() {
		Answer open = define("swale", "sam.editor", input(named("Public one"), "PUBLIC", List.of()));
		Answer county = define("swale", "sam.editor", input(named("County one"), null, List.of()));
		Answer members = define("swale", "sam.editor", input(named("Members one"), "MEMBERS", List.of()));

		assertThat(names(api.get("/api/t/swale/indicators", null))).contains(open.json().path("name").asString())
			.doesNotContain(county.json().path("name").asString(), members.json().path("name").asString());
		assertThat(names(api.get("/api/t/swale/indicators", "alex.champion"))).contains(
				open.json().path("name").asString(), county.json().path("name").asString(),
				members.json().path("name").asString());
		assertThat(api.get("/api/t/swale/indicators/" + id(open), null).status()).isEqualTo(200);
		for (Answer hidden : List.of(county, members)) {
			Answer answer = api.get("/api/t/swale/indicators/" + id(hidden), null);
			assertThat(answer.status()).isEqualTo(404);
			assertThat(answer.text()).doesNotContain(hidden.json().path("name").asString());
		}
		var before = snapshot("swale");
		assertThat(List.of(api.post("/api/t/swale/indicators", null, input(named("Anonymous"), null, List.of())),
				api.put("/api/t/swale/indicators/" + id(open), null, input(named("Anonymous"), null, List.of()),
						open.etag()),
				api.post("/api/t/swale/indicators/" + id(open) + "/readings", null,
						Map.of("on", "2026-02-01", "value", 1), open.etag())))
			.extracting(Answer::status)
			.containsOnly(401);
		assertThat(snapshot("swale")).isEqualTo(before);
	}

	@Test
	void anotherCompactsMembersReadNoneOfItsKeptIndicatorsAndWriteNothing() {
		Answer kents = define("kent", "kim.admin", input(named("Kent districts with a plan"), "MEMBERS", List.of()));
		Answer kentsPublic = define("kent", "kim.admin", input(named("Kent public"), "PUBLIC", List.of()));
		String kentPath = "/api/t/kent/indicators/" + id(kents);
		String throughSwale = "/api/t/swale/indicators/" + id(kents);
		var kentBefore = snapshot("kent");
		var swaleBefore = snapshot("swale");

		assertThat(api.get(kentPath, "sam.editor").status()).isEqualTo(404);
		assertThat(api.get(kentPath, "alex.champion").status()).isEqualTo(200);
		assertThat(api.get("/api/t/kent/indicators/" + id(kentsPublic), "sam.editor").status()).isEqualTo(200);
		assertThat(names(api.get("/api/t/kent/indicators", "sam.editor")))
			.doesNotContain(kents.json().path("name").asString())
			.contains(kentsPublic.json().path("name").asString());
		assertThat(List.of(api.get(throughSwale, "sam.editor"),
				api.put(throughSwale, "sam.editor", input(named("Taken"), null, List.of()), kents.etag()),
				api.post(throughSwale + "/readings", "sam.editor", Map.of("on", "2026-02-01", "value", 1),
						kents.etag())))
			.allSatisfy(answer -> {
				assertThat(answer.status()).isEqualTo(404);
				assertThat(answer.text()).doesNotContain(kents.json().path("name").asString());
			});
		assertThat(names(api.get("/api/t/swale/indicators", "sam.editor")))
			.doesNotContain(kents.json().path("name").asString());
		assertThat(List.of(api.post("/api/t/kent/indicators", "sam.editor", input(named("Sam's"), null, List.of())),
				api.put(kentPath, "sam.editor", input(named("Sam's"), null, List.of()), kents.etag()),
				api.post(kentPath + "/readings", "sam.editor", Map.of("on", "2026-02-01", "value", 1), kents.etag()),
				api.post(kentPath + "/readings", "alex.champion", Map.of("on", "2026-02-01", "value", 1),
						kents.etag())))
			.extracting(Answer::status)
			.containsOnly(403);
		assertThat(snapshot("kent")).isEqualTo(kentBefore);
		assertThat(snapshot("swale")).isEqualTo(swaleBefore);
	}

	@Test
	void aLinkToAnotherCompactsItemIsRefusedAndTheDatabaseKeepsEachIndicatorInItsCompact() {
		String canterburys = principle("canterbury", "chris.canterbury", named("Respect"));
		Answer swales = define("swale", "sam.editor", input(named("Respected groups"), null, List.of()));
		var before = snapshot("swale");

		Answer defined = api.post("/api/t/swale/indicators", "sam.editor",
				input(named("Linked elsewhere"), null, List.of(canterburys)));
		Answer revised = api.put("/api/t/swale/indicators/" + id(swales), "sam.editor",
				input(named("Linked elsewhere"), null, List.of(canterburys)), swales.etag());

		assertThat(List.of(defined, revised)).allSatisfy(answer -> {
			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.namesField("itemIds")).isTrue();
			assertThat(answer.text()).doesNotContain("Respect");
		});
		assertThat(snapshot("swale")).isEqualTo(before);

		assertThat(api.query("swale", "SELECT DISTINCT tenant_id FROM indicator"))
			.containsExactly(Map.of("tenant_id", "swale"));
		Integer seenWithNoTenant = transactions
			.execute(status -> jdbc.queryForObject("SELECT count(*) FROM indicator", Integer.class));
		assertThat(seenWithNoTenant).isZero();
		assertThatThrownBy(() -> api.query("swale",
				"INSERT INTO indicator_item (indicator_id, position, item_id) VALUES (?::uuid, 0, ?::uuid) RETURNING 1",
				id(swales), canterburys))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aReadingIsNeverChangedOrRemovedEvenBehindTheApi() {
		Answer defined = define("swale", "sam.editor", input(named("Kept readings"), null, List.of()));
		read(defined, "swale", "45", "2026-02-01");
		var before = snapshot("swale");

		assertThatThrownBy(() -> api.query("swale",
				"UPDATE indicator_reading SET value = 99 WHERE indicator_id = ?::uuid RETURNING 1", id(defined)))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> api.query("swale",
				"DELETE FROM indicator_reading WHERE indicator_id = ?::uuid RETURNING 1", id(defined)))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(snapshot("swale")).isEqualTo(before);
	}

	@Test
	void theApiDocumentNamesTheIndicatorEndpointsAndTheirIfMatch() {
		JsonNode paths = api.get("/v3/api-docs", null).json().path("paths");

		assertThat(paths.path("/api/t/{tenant}/indicators").has("get")).isTrue();
		assertThat(paths.path("/api/t/{tenant}/indicators").has("post")).isTrue();
		assertThat(paths.path("/api/t/{tenant}/indicators/{id}").has("put")).isTrue();
		assertThat(paths.path("/api/t/{tenant}/indicators/{id}").has("delete")).isFalse();
		JsonNode reading = paths.path("/api/t/{tenant}/indicators/{id}/readings").path("post");
		assertThat(reading.path("summary").asString()).isEqualTo("Take a reading of an indicator");
		assertThat(reading.path("parameters").valueStream()).anySatisfy(
				parameter -> assertThat(parameter.path("name").asString() + " in " + parameter.path("in").asString())
					.isEqualTo("If-Match in header"));
	}

}
