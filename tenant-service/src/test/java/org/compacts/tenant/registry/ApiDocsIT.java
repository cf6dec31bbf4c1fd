package org.compacts.tenant.registry;

import java.util.Map;

import org.compacts.tenant.registry.TenantApi.Reply;
import org.compacts.testkit.RealServers;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers(database = "tenants", kafka = true, keycloak = true)
class ApiDocsIT {

	@LocalServerPort
	int port;

	@Test
	void openApiDocumentListsTheTenantEndpoints() {
		Reply docs = new TenantApi(port).get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		OpenApi openApi = docs.as(OpenApi.class);
		assertThat(openApi.paths()).containsKeys("/api/tenants", "/api/tenants/{slug}", "/api/tenants/{slug}/archive",
				"/api/tenants/{slug}/changes");
		assertThat(openApi.paths().get("/api/tenants/{slug}")).containsKeys("get", "put", "delete");
		assertThat(openApi.paths().get("/api/tenants")).containsKeys("get", "post");
	}

	record OpenApi(String openapi, Map<String, Map<String, Object>> paths) {
	}

}
