package org.compacts.compact.glossary;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.compacts.testkit.RealServers;
import org.compacts.testkit.TestServers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class GlossaryIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	record Answer(int status, String body, String etag) {
	}

	record Entry(UUID id, String term, String meaning, long version) {
	}

	private Answer call(HttpMethod method, String path, String user, Object body, String ifMatch) {
		var request = RestClient.create("http://127.0.0.1:" + port).method(method).uri(path);
		if (user != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestServers.tokens().accessToken(user));
		}
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.exchange((req, res) -> new Answer(res.getStatusCode().value(), res.bodyTo(String.class),
				res.getHeaders().getETag()));
	}

	private Entry add(String tenant, String editor, String term) {
		return RestClient.create("http://127.0.0.1:" + port)
			.post()
			.uri("/api/t/{tenant}/glossary", tenant)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestServers.tokens().accessToken(editor))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("term", term, "meaning", "What " + term + " means, in plain words."))
			.retrieve()
			.body(Entry.class);
	}

	private List<String> terms(String tenant) {
		return transactions.execute(status -> {
			jdbc.queryForObject("SELECT set_config('compacts.tenant', ?, true)", String.class, tenant);
			return jdbc.queryForList("SELECT term FROM glossary_entry ORDER BY term", String.class);
		});
	}

	@Test
	void anEditorExplainsATermAndAnyoneCanReadIt() {
		String term = "VCS " + UUID.randomUUID();
		add("swale", "sam.editor", term);

		Answer anonymous = call(HttpMethod.GET, "/api/t/swale/glossary", null, null, null);

		assertThat(anonymous.status()).isEqualTo(200);
		assertThat(anonymous.body()).contains(term);
	}

	@Test
	void aTermAlreadyExplainedIsRefusedNamingTheFieldAndNothingChanges() {
		String term = "Full cost recovery " + UUID.randomUUID();
		add("swale", "sam.editor", term);
		List<String> before = terms("swale");

		Answer again = call(HttpMethod.POST, "/api/t/swale/glossary", "sam.editor",
				Map.of("term", term.toUpperCase(), "meaning", "again"), null);

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body()).contains("\"field\":\"term\"");
		assertThat(terms("swale")).isEqualTo(before);
	}

	@Test
	void aStaleChangeIsRefusedAndTheOtherEditorsWordingSurvives() {
		Entry entry = add("swale", "sam.editor", "LSP " + UUID.randomUUID());
		String startedFrom = "\"" + entry.version() + "\"";

		Answer first = call(HttpMethod.PUT, "/api/t/swale/glossary/" + entry.id(), "sam.editor",
				Map.of("term", entry.term(), "meaning", "Local Strategic Partnership"), startedFrom);
		Answer second = call(HttpMethod.PUT, "/api/t/swale/glossary/" + entry.id(), "sam.editor",
				Map.of("term", entry.term(), "meaning", "Something else"), startedFrom);
		Answer unversioned = call(HttpMethod.PUT, "/api/t/swale/glossary/" + entry.id(), "sam.editor",
				Map.of("term", entry.term(), "meaning", "Blind overwrite"), null);

		assertThat(first.status()).isEqualTo(200);
		assertThat(second.status()).isEqualTo(412);
		assertThat(unversioned.status()).isEqualTo(428);
		assertThat(call(HttpMethod.GET, "/api/t/swale/glossary/" + entry.id(), null, null, null).body())
			.contains("Local Strategic Partnership");
	}

	@Test
	void anotherCompactsEntryIsNotFoundThroughThisCompactAndCannotBeChanged() {
		Entry canterburys = add("canterbury", "chris.canterbury", "CVS " + UUID.randomUUID());

		assertThat(call(HttpMethod.GET, "/api/t/swale/glossary/" + canterburys.id(), null, null, null).status())
			.isEqualTo(404);
		assertThat(
				call(HttpMethod.DELETE, "/api/t/swale/glossary/" + canterburys.id(), "sam.editor", null, null).status())
			.isEqualTo(404);
		assertThat(call(HttpMethod.POST, "/api/t/canterbury/glossary", "sam.editor",
				Map.of("term", "Intruder", "meaning", "x"), null)
			.status()).isEqualTo(403);
		assertThat(call(HttpMethod.GET, "/api/t/swale/glossary", null, null, null).body())
			.doesNotContain(canterburys.term());
		assertThat(terms("canterbury")).contains(canterburys.term()).doesNotContain("Intruder");
	}

	@Test
	void aBlankTermIsRefusedNamingTheField() {
		Answer answer = call(HttpMethod.POST, "/api/t/swale/glossary", "sam.editor",
				Map.of("term", " ", "meaning", "m"), null);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).contains("\"field\":\"term\"");
	}

	@Test
	void anEditorRemovesAnEntry() {
		Entry entry = add("swale", "sam.editor", "Kite mark " + UUID.randomUUID());

		assertThat(call(HttpMethod.DELETE, "/api/t/swale/glossary/" + entry.id(), "sam.editor", null, null).status())
			.isEqualTo(204);
		assertThat(terms("swale")).doesNotContain(entry.term());
	}

}
