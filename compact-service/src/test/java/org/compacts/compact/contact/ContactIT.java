package org.compacts.compact.contact;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class ContactIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	Api api;

	record Contact(UUID id, String name, String role, String organisationName, String email, String phone, int position,
			long version) {
	}

	@BeforeEach
	void client() {
		api = new Api(port, jdbc, transactions);
	}

	private static Map<String, Object> contact(String name, Object... more) {
		Map<String, Object> contact = new HashMap<>(Map.of("name", name, "email", "compact@example.org"));
		for (int i = 0; i < more.length; i += 2) {
			contact.put((String) more[i], more[i + 1]);
		}
		return contact;
	}

	private Answer add(String tenant, String editor, Map<String, Object> contact) {
		Answer added = api.post("/api/t/" + tenant + "/contacts", editor, contact);
		assertThat(added.status()).isEqualTo(201);
		return added;
	}

	@Test
	void anEditorListsAContactAndAnyoneReadsIt() {
		String name = "Jo Wells " + UUID.randomUUID();
		Contact added = add("swale", "sam.editor", contact(name, "role", "Compact officer", "organisationName",
				"Swale Borough Council", "phone", "+44 (0)1795 417000"))
			.as(Contact.class);

		Answer one = api.get("/api/t/swale/contacts/" + added.id(), null);

		assertThat(api.get("/api/t/swale/contacts", null).text()).contains(name);
		assertThat(one.etag()).isEqualTo("\"" + added.version() + "\"");
		assertThat(one.as(Contact.class))
			.isEqualTo(new Contact(added.id(), name, "Compact officer", "Swale Borough Council", "compact@example.org",
					"+44 (0)1795 417000", added.position(), added.version()));
	}

	@Test
	void contactsAreListedInTheCompactsOrderAndANewOneWithoutAPlaceGoesLast() {
		Contact second = add("canterbury", "chris.canterbury", contact("B " + UUID.randomUUID(), "position", 20))
			.as(Contact.class);
		Contact first = add("canterbury", "chris.canterbury", contact("A " + UUID.randomUUID(), "position", 10))
			.as(Contact.class);
		Contact last = add("canterbury", "chris.canterbury", contact("C " + UUID.randomUUID())).as(Contact.class);

		List<UUID> listed = List.of(api.get("/api/t/canterbury/contacts", null).as(Contact[].class))
			.stream()
			.map(Contact::id)
			.toList();

		assertThat(last.position()).isGreaterThan(second.position());
		assertThat(listed).containsSubsequence(first.id(), second.id(), last.id());
	}

	@Test
	void anEditorChangesAContactAndMovesItFromItsCurrentVersion() {
		Answer added = add("swale", "sam.editor", contact("Pat " + UUID.randomUUID(), "position", 5));
		Contact contact = added.as(Contact.class);

		Answer kept = api.put("/api/t/swale/contacts/" + contact.id(), "sam.editor",
				contact(contact.name(), "phone", "01227 862000"), added.etag());
		Answer moved = api.put("/api/t/swale/contacts/" + contact.id(), "sam.editor",
				contact(contact.name(), "position", 1), kept.etag());

		assertThat(kept.status()).isEqualTo(200);
		assertThat(kept.as(Contact.class).phone()).isEqualTo("01227 862000");
		assertThat(kept.as(Contact.class).position()).isEqualTo(5);
		assertThat(moved.status()).isEqualTo(200);
		assertThat(api.get("/api/t/swale/contacts/" + contact.id(), null).as(Contact.class).position()).isEqualTo(1);
	}

	@Test
	void aChangeFromAnOlderVersionOrWithoutOneIsRefusedAndNothingChanges() {
		Answer added = add("swale", "sam.editor", contact("Chris " + UUID.randomUUID()));
		String path = "/api/t/swale/contacts/" + added.as(Contact.class).id();
		Answer first = api.put(path, "sam.editor", contact("First"), added.etag());
		var before = api.snapshot("contact", "swale");

		Answer stale = api.put(path, "sam.editor", contact("Second"), added.etag());
		Answer blind = api.put(path, "sam.editor", contact("Blind"), null);

		assertThat(first.status()).isEqualTo(200);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(blind.status()).isEqualTo(428);
		assertThat(api.snapshot("contact", "swale")).isEqualTo(before);
	}

	static Stream<Arguments> badContacts() {
		return Stream.of(Arguments.of("{\"email\":\"a@example.org\"}", "name", "must not be blank"),
				Arguments.of("{\"name\":\" \",\"email\":\"a@example.org\"}", "name", "must not be blank"),
				Arguments.of("{\"name\":\"" + "x".repeat(201) + "\",\"email\":\"a@example.org\"}", "name",
						"size must be"),
				Arguments.of("{\"name\":\"A\",\"role\":\"" + "x".repeat(201) + "\",\"email\":\"a@example.org\"}",
						"role", "size must be"),
				Arguments.of(
						"{\"name\":\"A\",\"organisationName\":\"" + "x".repeat(201) + "\",\"email\":\"a@example.org\"}",
						"organisationName", "size must be"),
				Arguments.of("{\"name\":\"A\",\"email\":\"at example.org\"}", "email", "well-formed email"),
				Arguments.of("{\"name\":\"A\",\"phone\":\"ring the office\"}", "phone", "only digits"),
				Arguments.of("{\"name\":\"A\",\"email\":\" \",\"phone\":\"\"}", "email",
						"give an e-mail address or a phone number"),
				Arguments.of("{\"name\":\"A\",\"email\":\"a@example.org\",\"position\":-1}", "position",
						"greater than or equal to 0"),
				Arguments.of("{\"name\":\"A\",\"email\":\"a@example.org\",\"position\":\"first\"}", "position",
						"must be a number"),
				Arguments.of("{\"name\":\"A\",\"email\":\"a@example.org\",\"position\":99999999999}", "position",
						"is out of range"),
				Arguments.of("{\"name\":\"A\",\"email\":\"a@example.org\",", "", "not valid JSON"));
	}

	@ParameterizedTest
	@MethodSource("badContacts")
	void badInputIsRefusedNamingTheFieldAndTheReasonAndNothingChanges(String json, String field, String reason) {
		Answer existing = add("swale", "sam.editor", contact("Existing " + UUID.randomUUID()));
		var before = api.snapshot("contact", "swale");

		Answer added = api.post("/api/t/swale/contacts", "sam.editor", json);
		Answer changed = api.put("/api/t/swale/contacts/" + existing.as(Contact.class).id(), "sam.editor", json,
				existing.etag());

		for (Answer answer : List.of(added, changed)) {
			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(answer.text()).contains(reason);
			if (!field.isEmpty()) {
				assertThat(answer.text()).contains("\"field\":\"" + field + "\"");
			}
		}
		assertThat(api.snapshot("contact", "swale")).isEqualTo(before);
	}

	@Test
	void anotherCompactsContactIsNotFoundThroughThisCompactAndNothingOfItChanges() {
		String name = "Canterbury contact " + UUID.randomUUID();
		Answer canterburys = add("canterbury", "chris.canterbury", contact(name));
		String throughSwale = "/api/t/swale/contacts/" + canterburys.as(Contact.class).id();
		var before = api.snapshot("contact", "canterbury");

		Answer read = api.get(throughSwale, null);
		Answer changed = api.put(throughSwale, "sam.editor", contact("Taken over"), canterburys.etag());
		Answer removed = api.delete(throughSwale, "sam.editor");

		assertThat(List.of(read, changed, removed)).extracting(Answer::status).containsOnly(404);
		assertThat(read.text()).doesNotContain(name);
		assertThat(api.get("/api/t/swale/contacts", null).text()).doesNotContain(name);
		assertThat(api.snapshot("contact", "canterbury")).isEqualTo(before);
	}

	@Test
	void onlyTheCompactsEditorsKeepItsContactsAndNothingChangesForAnyoneElse() {
		Answer canterburys = add("canterbury", "chris.canterbury", contact("Kept " + UUID.randomUUID()));
		String path = "/api/t/canterbury/contacts/" + canterburys.as(Contact.class).id();
		var canterburyBefore = api.snapshot("contact", "canterbury");
		var swaleBefore = api.snapshot("contact", "swale");

		List<Answer> swaleEditor = List.of(api.post("/api/t/canterbury/contacts", "sam.editor", contact("Intruder")),
				api.put(path, "sam.editor", contact("Intruder"), canterburys.etag()), api.delete(path, "sam.editor"));
		Answer champion = api.post("/api/t/swale/contacts", "alex.champion", contact("Champion's own"));
		List<Answer> anonymous = List.of(api.post("/api/t/canterbury/contacts", null, contact("Anonymous")),
				api.put(path, null, contact("Anonymous"), canterburys.etag()), api.delete(path, null));

		assertThat(swaleEditor).extracting(Answer::status).containsOnly(403);
		assertThat(champion.status()).isEqualTo(403);
		assertThat(anonymous).extracting(Answer::status).containsOnly(401);
		assertThat(api.snapshot("contact", "canterbury")).isEqualTo(canterburyBefore);
		assertThat(api.snapshot("contact", "swale")).isEqualTo(swaleBefore);
	}

	@Test
	void anEditorRemovesAContactAndAnUnknownOneIsNotFound() {
		UUID id = add("swale", "sam.editor", contact("Gone " + UUID.randomUUID())).as(Contact.class).id();

		assertThat(api.delete("/api/t/swale/contacts/" + id, "sam.editor").status()).isEqualTo(204);
		assertThat(api.get("/api/t/swale/contacts/" + id, null).status()).isEqualTo(404);
		assertThat(api.delete("/api/t/swale/contacts/" + id, "sam.editor").status()).isEqualTo(404);
		assertThat(api.query("swale", "SELECT id FROM contact WHERE id = ?", id)).isEmpty();
	}

}
