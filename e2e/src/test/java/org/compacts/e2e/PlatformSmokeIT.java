package org.compacts.e2e;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.compacts.devstack.DevstackOptions;
import org.compacts.devstack.RunningStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform as the README's run command starts it: the devstack, on free ports and a fresh data folder. */
@TestMethodOrder(OrderAnnotation.class)
class PlatformSmokeIT {

	@TempDir
	static Path data;

	static RunningStack stack;

	static RestClient gateway;

	@BeforeAll
	static void startThePlatform() {
		stack = RunningStack.start(DevstackOptions.onFreePorts(DevstackOptions.findProjectRoot(Path.of("")), data));
		gateway = RestClient.create("http://127.0.0.1:" + stack.options().port("gateway"));
	}

	@AfterAll
	static void stopThePlatform() {
		if (stack != null) {
			stack.close();
		}
	}

	record Health(String status, Map<String, Health> components) {
	}

	@Test
	@Order(1)
	void everyServiceReportsUpThroughTheGateway() {
		Health platform = gateway.get().uri("/actuator/health/platform").retrieve().body(Health.class);

		assertThat(platform.status()).isEqualTo("UP");
		Health services = platform.components().get("services");
		assertThat(services.components()).containsOnlyKeys("tenant-service", "compact-service", "sync-service",
				"portal");
		assertThat(services.components().values()).extracting(Health::status).containsOnly("UP");
	}

	@Test
	@Order(2)
	void theGatewayServesThePortalsHomePage() {
		String home = gateway.get().uri("/").retrieve().body(String.class);

		assertThat(home).contains("Local Compacts");
	}

	@Test
	@Order(3)
	void stoppingThePlatformLeavesNoProcessBehind() {
		List<Long> pids = stack.servicePids();
		assertThat(pids).hasSize(5).allMatch(pid -> ProcessHandle.of(pid).isPresent());

		stack.close();

		assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();
		assertThat(pids).noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
	}

}
