package org.compacts.tenant;

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

}
