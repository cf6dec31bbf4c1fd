package org.compacts.gateway.platform;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * One service is UP when its own readiness probe (database and broker included) says so.
 */
class ServiceReadiness extends AbstractHealthIndicator {

	private final RestClient client;

	private final URI readiness;

	ServiceReadiness(RestClient client, URI service) {
		super("Service readiness check failed");
		this.client = client;
		this.readiness = service.resolve("/actuator/health/readiness");
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		try {
			Map<?, ?> body = client.get().uri(readiness).retrieve().body(Map.class);
			Object status = body == null ? null : body.get("status");
			if ("UP".equals(status)) {
				builder.up();
			}
			else {
				builder.down().withDetail("status", String.valueOf(status));
			}
		}
		catch (RestClientResponseException ex) {
			// 503 is how a service says it is not ready
			builder.down().withDetail("httpStatus", ex.getStatusCode().value());
		}
	}

}
