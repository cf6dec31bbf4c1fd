package org.compacts.e2e;

import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform comes up as the devstack starts it, the gateway answers, and every service
 * is UP.
 */
@Order(1)
class PlatformSmokeIT {

	record Health(String status, Map<String, Health> components) {
	}

	@Test
	void everyServiceReportsUpThroughTheGateway() {
		Health platform = E2ePlatform.gateway().get().uri("/actuator/health/platform").retrieve().body(Health.class);

		assertThat(platform.status()).isEqualTo("UP");
		Health services = platform.components().get("services");
		assertThat(services.components()).containsOnlyKeys("tenant-service", "compact-service", "sync-service",
				"portal");
		assertThat(services.components().values()).extracting(Health::status).containsOnly("UP");
	}

	@Test
	void theGatewayServesThePortalsHomePage() {
		String home = E2ePlatform.gateway().get().uri("/").retrieve().body(String.class);

		assertThat(home).contains("Local Compacts");
	}

}
