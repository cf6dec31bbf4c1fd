package org.compacts.compact;

import org.compacts.testkit.RealServers;
import org.compacts.testkit.ServiceApplicationContract;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers(database = "compacts", kafka = true)
class CompactServiceApplicationIT extends ServiceApplicationContract {

	CompactServiceApplicationIT() {
		super("compacts_app");
	}

}
