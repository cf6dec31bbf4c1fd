package org.compacts.compact.principle;

import org.compacts.testkit.RealServers;
import org.compacts.testkit.TestServers;
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

/** Bad input gets a 4xx problem naming the field and the reason, and changes nothing. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class PrincipleBadInputIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	String editor;

	record Answer(int status, String contentType, String body) {
	}

	@BeforeEach
	void signIn() {
		editor = TestServers.tokens().accessToken("sam.editor");
	}

	private Answer post(String path, String json) {
		return RestClient.create("http://127.0.0.1:" + port)
			.post()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + editor)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange((request, response) -> new Answer(response.getStatusCode().value(),
					String.valueOf(response.getHeaders().getContentType()), response.bodyTo(String.class)));
	}

	private int swaleRows() {
		return transactions.execute(status -> {
			jdbc.queryForObject("SELECT set_config('compacts.tenant', 'swale', true)", String.class);
			return jdbc.queryForObject("SELECT count(*) FROM principle", Integer.class);
		});
	}

	@Test
	void aBlankTitleIsRefusedNamingTheField() {
		int before = swaleRows();

		Answer answer = post("/api/t/swale/principles", "{\"title\":\"  \",\"body\":\"We will be open.\"}");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body()).contains("\"field\":\"title\"");
		assertThat(swaleRows()).isEqualTo(before);
	}

	@Test
	void anOverLongTitleIsRefusedNamingTheField() {
		int before = swaleRows();

		Answer answer = post("/api/t/swale/principles", "{\"title\":\"" + "x".repeat(201) + "\",\"body\":\"b\"}");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).contains("\"field\":\"title\"");
		assertThat(swaleRows()).isEqualTo(before);
	}

	@Test
	void malformedJsonAndAWrongTypeAre400NotAServerError() {
		Answer malformed = post("/api/t/swale/principles", "{\"title\": \"Openness\", ");
		Answer wrongType = post("/api/t/swale/principles", "{\"title\": [1, 2], \"body\": \"b\"}");

		assertThat(malformed.status()).isEqualTo(400);
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(wrongType.body()).contains("title");
	}

	@Test
	void anIdThatIsNotAnIdIs400NamingIt() {
		Answer answer = post("/api/t/swale/principles/not-a-uuid/publish", "{}");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).contains("id");
	}

}
