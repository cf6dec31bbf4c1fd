package org.compacts.tenant;

import java.util.List;

import org.compacts.testkit.RealServers;
import org.compacts.testkit.ServiceApplicationContract;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers(database = "tenants", kafka = true, keycloak = true)
class TenantServiceApplicationIT extends ServiceApplicationContract {

	TenantServiceApplicationIT() {
		super("tenants_app");
	}

	/** Its outbox's backlog; tenant-service consumes nothing, so has no consumer lag. */
	@Override
	protected List<String> expectedMetrics() {
		return List.of("http_server_requests_seconds_count", "compacts_outbox_backlog");
	}

}
