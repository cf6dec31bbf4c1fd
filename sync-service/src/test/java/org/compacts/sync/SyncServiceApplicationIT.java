package org.compacts.sync;

import org.compacts.testkit.RealServers;
import org.compacts.testkit.ServiceApplicationContract;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers(database = "sync", kafka = true, keycloak = true)
class SyncServiceApplicationIT extends ServiceApplicationContract {

	SyncServiceApplicationIT() {
		super("sync_app");
	}

}
