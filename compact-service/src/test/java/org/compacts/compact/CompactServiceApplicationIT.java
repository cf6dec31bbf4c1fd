package org.compacts.compact;

import java.util.List;
import java.util.stream.Stream;

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

	/** With an outbox, its backlog. */
	@Override
	protected List<String> expectedMetrics() {
		return Stream.concat(super.expectedMetrics().stream(), Stream.of("compacts_outbox_backlog")).toList();
	}

}
