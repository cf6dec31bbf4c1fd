package org.compacts.compact.signatory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class OrganisationIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	Api api;

	record Organisation(UUID id, String name, String sector, Contact contact, long version) {
	}

	record Contact(String name, String email, String phone) {
	}

	@BeforeEach
	void client() {
		api = new Api(port, jdbc, transactions);
	}

	private Answer add(String tenant, String editor, String name) {
		Answer added = api.post("/api/t/" + tenant + "/organisations", editor, Map.of("name", name, "sector", "VCS",
				"contact", Map.of("name", "Pat Jones", "email", "pat@example.org", "phone", "01795 417 000")));
		assertThat(added.status()).isEqualTo(201);
		return added;
	}

	private static Map<String, Object> renamed(String name) {
		return Map.of("name", name, "sector", "PUBLIC");
	}

	@Test
	void anEditorAddsAnOrganisationWithItsContactAndAnyoneReadsIt() {
		String name = "Swale CVS " + UUID.randomUUID();
		Organisation added = add("swale", "sam.editor", name).as(Organisation.class);

		Answer list = api.get("/api/t/swale/organisations", null);
		Answer one = api.get("/api/t/swale/organisations/" + added.id(), null);

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.text()).contains(name);
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.etag()).isEqualTo("\"" + added.version() + "\"");
		assertThat(one.as(Organisation.class)).isEqualTo(new Organisation(added.id(), name, "VCS",
				new Contact("Pat Jones", "pat@example.org", "01795 417 000"), added.version()));
	}

	@Test
	void anOrganisationWithoutAContactHasNone() {
		Answer added = api.post("/api/t/swale/organisations", "sam.editor", Map.of("name",
				"Kent Police " + UUID.randomUUID(), "sector", "PUBLIC", "contact", Map.of("email", " ")));

		assertThat(added.status()).isEqualTo(201);
		assertThat(added.as(Organisation.class).contact()).isNull();
	}

	@Test
	void anEditorRedescribesAnOrganisationFromItsCurrentVersion() {
		Answer added = add("swale", "sam.editor", "Swale Borough Council " + UUID.randomUUID());
		Organisation organisation = added.as(Organisation.class);
		String newName = "Swale BC " + UUID.randomUUID();

		Answer changed = api.put("/api/t/swale/organisations/" + organisation.id(), "sam.editor", renamed(newName),
				added.etag());

		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.etag()).isNotEqualTo(added.etag());
		Organisation stored = api.get("/api/t/swale/organisations/" + organisation.id(), null).as(Organisation.class);
		assertThat(stored.name()).isEqualTo(newName);
		assertThat(stored.sector()).isEqualTo("PUBLIC");
		assertThat(stored.contact()).isNull();
	}

	@Test
	void aChangeFromAnOlderVersionOrWithoutOneIsRefusedAndTheFirstChangeSurvives() {
		Answer added = add("swale", "sam.editor", "Age UK Swale " + UUID.randomUUID());
		String path = "/api/t/swale/organisations/" + added.as(Organisation.class).id();
		String first = "First " + UUID.randomUUID();

		Answer winner = api.put(path, "sam.editor", renamed(first), added.etag());
		Answer stale = api.put(path, "sam.editor", renamed("Second " + UUID.randomUUID()), added.etag());
		Answer blind = api.put(path, "sam.editor", renamed("Blind " + UUID.randomUUID()), null);

		assertThat(winner.status()).isEqualTo(200);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.contentType()).startsWith("application/problem+json");
		assertThat(blind.status()).isEqualTo(428);
		assertThat(api.get(path, null).as(Organisation.class).name()).isEqualTo(first);
	}

	@Test
	void twoEditorsChangingTheSameVersionAtOnceOneWinsTheOtherIsToldItIsStale() throws Exception {
		Answer added = add("swale", "sam.editor", "Sheppey Matters " + UUID.randomUUID());
		String path = "/api/t/swale/organisations/" + added.as(Organisation.class).id();
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Answer>> edits = new ArrayList<>();
		for (String name : List.of("One " + UUID.randomUUID(), "Two " + UUID.randomUUID())) {
			edits.add(() -> {
				start.await();
				return api.put(path, "sam.editor", renamed(name), added.etag());
			});
		}

		List<Answer> answers = new ArrayList<>();
		ExecutorService editors = Executors.newFixedThreadPool(2);
		try {
			List<Future<Answer>> pending = edits.stream().map(editors::submit).toList();
			start.countDown();
			for (Future<Answer> answer : pending) {
				answers.add(answer.get());
			}
		}
		finally {
			editors.shutdownNow();
		}

		assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(200, 412);
		Answer winner = answers.stream().filter(answer -> answer.status() == 200).findFirst().orElseThrow();
		Answer stored = api.get(path, null);
		assertThat(stored.as(Organisation.class).name()).isEqualTo(winner.as(Organisation.class).name());
		assertThat(stored.etag()).isEqualTo(winner.etag());
	}

	@Test
	void aNameAlreadyInTheCompactIsRefusedNamingTheFieldAndNothingChanges() {
		String name = "Swale Community Action " + UUID.randomUUID();
		add("swale", "sam.editor", name);
		Answer other = add("swale", "sam.editor", "Other " + UUID.randomUUID());
		var before = api.snapshot("organisation", "swale");

		Answer again = api.post("/api/t/swale/organisations", "sam.editor", renamed(name.toUpperCase()));
		Answer rename = api.put("/api/t/swale/organisations/" + other.as(Organisation.class).id(), "sam.editor",
				renamed(name), other.etag());

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text()).contains("\"field\":\"name\"");
		assertThat(rename.status()).isEqualTo(409);
		assertThat(rename.text()).contains("\"field\":\"name\"");
		assertThat(api.snapshot("organisation", "swale")).isEqualTo(before);
	}

	@Test
	void theSameNameInAnotherCompactIsAnotherOrganisation() {
		String name = "Citizens Advice " + UUID.randomUUID();
		add("swale", "sam.editor", name);

		assertThat(api.post("/api/t/canterbury/organisations", "chris.canterbury", renamed(name)).status())
			.isEqualTo(201);
	}

	static Stream<Arguments> badOrganisations() {
		return Stream.of(Arguments.of("{\"sector\":\"VCS\"}", "name", "must not be blank"),
				Arguments.of("{\"name\":\"  \",\"sector\":\"VCS\"}", "name", "must not be blank"),
				Arguments.of("{\"name\":\"" + "x".repeat(201) + "\",\"sector\":\"VCS\"}", "name", "size must be"),
				Arguments.of("{\"name\":\"A\"}", "sector", "must not be null"),
				Arguments.of("{\"name\":\"A\",\"sector\":\"CHARITY\"}", "sector",
						"is not one of [PUBLIC, VCS, PRIVATE]"),
				Arguments.of("{\"name\":\"A\",\"sector\":\"VCS\",\"contact\":{\"email\":\"not an address\"}}",
						"contact.email", "well-formed email"),
				Arguments.of("{\"name\":\"A\",\"sector\":\"VCS\",\"contact\":{\"email\":\"" + "a".repeat(250)
						+ "@example.org\"}}", "contact.email", "size must be between 0 and 254"),
				Arguments.of("{\"name\":\"A\",\"sector\":\"VCS\",\"contact\":{\"phone\":\"call me\"}}", "contact.phone",
						"only digits"),
				Arguments.of("{\"name\":\"A\",\"sector\":\"VCS\",\"contact\":{\"phone\":\"" + "1".repeat(41) + "\"}}",
						"contact.phone", "size must be"),
				Arguments.of("{\"name\":\"A\",\"sector\":\"VCS\",\"contact\":{\"name\":\"" + "x".repeat(201) + "\"}}",
						"contact.name", "size must be"),
				Arguments.of("{\"name\":[\"A\"],\"sector\":\"VCS\"}", "name", "must be a string"), Arguments
					.of("{\"name\":\"A\",\"sector\":\"VCS\",\"contact\":\"Pat\"}", "contact", "must be an object"));
	}

	@ParameterizedTest
	@MethodSource("badOrganisations")
	void badInputIsRefusedNamingTheFieldAndTheReasonAndNothingChanges(String json, String field, String reason) {
		Answer existing = add("swale", "sam.editor", "Existing " + UUID.randomUUID());
		var before = api.snapshot("organisation", "swale");

		Answer added = api.post("/api/t/swale/organisations", "sam.editor", json);
		Answer changed = api.put("/api/t/swale/organisations/" + existing.as(Organisation.class).id(), "sam.editor",
				json, existing.etag());

		for (Answer answer : List.of(added, changed)) {
			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(answer.text()).contains("\"field\":\"" + field + "\"").contains(reason);
		}
		assertThat(api.snapshot("organisation", "swale")).isEqualTo(before);
	}

	@Test
	void malformedJsonAMissingBodyAndAnIdThatIsNoIdAre400NotAServerError() {
		var before = api.snapshot("organisation", "swale");

		Answer malformed = api.post("/api/t/swale/organisations", "sam.editor", "{\"name\": \"Open, ");
		Answer missing = api.post("/api/t/swale/organisations", "sam.editor", null);
		Answer notAnId = api.get("/api/t/swale/organisations/not-a-uuid", null);

		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.text()).contains("not valid JSON");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(notAnId.status()).isEqualTo(400);
		assertThat(notAnId.text()).contains("\"field\":\"id\"");
		assertThat(api.snapshot("organisation", "swale")).isEqualTo(before);
	}

	@Test
	void anUnknownOrganisationIsNotFound() {
		String path = "/api/t/swale/organisations/" + UUID.randomUUID();

		assertThat(api.get(path, null).status()).isEqualTo(404);
		assertThat(api.put(path, "sam.editor", renamed("Nobody"), "\"0\"").status()).isEqualTo(404);
		assertThat(api.delete(path, "sam.editor").status()).isEqualTo(404);
	}

	@Test
	void anotherCompactsOrganisationIsNotFoundThroughThisCompactAndNothingOfItChanges() {
		String name = "Canterbury CVS " + UUID.randomUUID();
		Answer canterburys = add("canterbury", "chris.canterbury", name);
		String throughSwale = "/api/t/swale/organisations/" + canterburys.as(Organisation.class).id();
		var before = api.snapshot("organisation", "canterbury");

		Answer read = api.get(throughSwale, null);
		Answer changed = api.put(throughSwale, "sam.editor", renamed("Taken over"), canterburys.etag());
		Answer removed = api.delete(throughSwale, "sam.editor");

		assertThat(List.of(read, changed, removed)).extracting(Answer::status).containsOnly(404);
		assertThat(read.text()).doesNotContain(name);
		assertThat(api.get("/api/t/swale/organisations", null).text()).doesNotContain(name);
		assertThat(api.snapshot("organisation", "canterbury")).isEqualTo(before);
	}

	@Test
	void onlyTheCompactsEditorsWriteAndNothingChangesForAnyoneElse() {
		Answer canterburys = add("canterbury", "chris.canterbury", "Canterbury City Council " + UUID.randomUUID());
		String path = "/api/t/canterbury/organisations/" + canterburys.as(Organisation.class).id();
		var before = api.snapshot("organisation", "canterbury");

		List<Answer> swaleEditor = List.of(
				api.post("/api/t/canterbury/organisations", "sam.editor", renamed("Intruder")),
				api.put(path, "sam.editor", renamed("Intruder"), canterburys.etag()), api.delete(path, "sam.editor"));
		List<Answer> champion = List
			.of(api.post("/api/t/swale/organisations", "alex.champion", renamed("Champion's own")));
		List<Answer> anonymous = List.of(api.post("/api/t/canterbury/organisations", null, renamed("Anonymous")),
				api.put(path, null, renamed("Anonymous"), canterburys.etag()), api.delete(path, null));

		assertThat(swaleEditor).extracting(Answer::status).containsOnly(403);
		assertThat(champion).extracting(Answer::status).containsOnly(403);
		assertThat(anonymous).extracting(Answer::status).containsOnly(401);
		assertThat(api.snapshot("organisation", "canterbury")).isEqualTo(before);
		assertThat(api.query("swale", "SELECT name FROM organisation WHERE name = 'Champion''s own'")).isEmpty();
	}

	@Test
	void anEditorRemovesAnOrganisationNothingRefersTo() {
		Answer added = add("swale", "sam.editor", "Short-lived " + UUID.randomUUID());
		UUID id = added.as(Organisation.class).id();

		assertThat(api.delete("/api/t/swale/organisations/" + id, "sam.editor").status()).isEqualTo(204);
		assertThat(api.get("/api/t/swale/organisations/" + id, null).status()).isEqualTo(404);
		assertThat(api.query("swale", "SELECT id FROM organisation WHERE id = ?", id)).isEmpty();
	}

}
