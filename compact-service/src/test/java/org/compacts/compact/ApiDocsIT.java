package org.compacts.compact;

import java.util.List;
import java.util.Map;

import org.compacts.compact.Api.Answer;
import org.compacts.testkit.RealServers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class ApiDocsIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	record OpenApi(String openapi, Map<String, Map<String, Object>> paths) {
	}

	@Test
	void anyoneReadsTheOpenApiDocumentOfTheSignatoriesChampionsAndContacts() {
		Answer docs = new Api(port, jdbc, transactions).get("/v3/api-docs", null);

		assertThat(docs.status()).isEqualTo(200);
		OpenApi openApi = docs.as(OpenApi.class);
		assertThat(openApi.paths()).containsKeys("/api/t/{tenant}/organisations", "/api/t/{tenant}/organisations/{id}",
				"/api/t/{tenant}/signatures", "/api/t/{tenant}/signatures/{id}",
				"/api/t/{tenant}/signatures/{id}/withdrawal", "/api/t/{tenant}/champions",
				"/api/t/{tenant}/champions/{id}", "/api/t/{tenant}/champions/{id}/stand-down",
				"/api/t/{tenant}/contacts", "/api/t/{tenant}/contacts/{id}");
		assertThat(openApi.paths().get("/api/t/{tenant}/organisations/{id}")).containsKeys("get", "put", "delete");
		assertThat(openApi.paths().get("/api/t/{tenant}/signatures/{id}")).containsKeys("get", "put")
			.doesNotContainKey("delete");
		assertThat(docs.text()).contains("Withdraw a signature");
		// If-Match is documented as the header it is, not as a query object of its Java
		// type
		Map<?, ?> withdrawal = (Map<?, ?>) openApi.paths()
			.get("/api/t/{tenant}/signatures/{id}/withdrawal")
			.get("post");
		assertThat((List<?>) withdrawal.get("parameters")).anySatisfy(parameter -> {
			Map<?, ?> header = (Map<?, ?>) parameter;
			assertThat(header.get("name")).isEqualTo("If-Match");
			assertThat(header.get("in")).isEqualTo("header");
		});
		assertThat(docs.text()).doesNotContain("\"ifMatch\"").doesNotContain("ExpectedVersion");
	}

}
