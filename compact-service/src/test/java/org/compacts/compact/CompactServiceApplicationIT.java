package org.compacts.compact;

import org.compacts.testkit.RealServers;
import org.compacts.testkit.ServiceApplicationContract;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class CompactServiceApplicationIT extends ServiceApplicationContract {

	CompactServiceApplicationIT() {
		super("compacts_app");
	}

}
