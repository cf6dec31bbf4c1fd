package org.compacts.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "compacts.gateway.rate-limit.capacity=5", "compacts.gateway.rate-limit.period=1h" })
class GatewayRateLimitIT {

	@LocalServerPort
	int port;

	record Answer(int status, String retryAfter, String contentType) {
	}

	@Test
	void aClientPastItsRateGets429WithRetryAfterAndTheProblem() {
		RestClient gateway = RestClient.create("http://127.0.0.1:" + port);
		java.util.List<Answer> answers = new java.util.ArrayList<>();
		for (int i = 0; i < 6; i++) {
			answers.add(gateway.get()
				.uri("/actuator/health/liveness")
				.exchange((request, response) -> new Answer(response.getStatusCode().value(),
						response.getHeaders().getFirst("Retry-After"),
						String.valueOf(response.getHeaders().getContentType()))));
		}

		assertThat(answers.subList(0, 5)).extracting(Answer::status).containsOnly(200);
		Answer sixth = answers.get(5);
		assertThat(sixth.status()).isEqualTo(429);
		assertThat(Long.parseLong(sixth.retryAfter())).isPositive();
		assertThat(sixth.contentType()).startsWith("application/problem+json");
	}

}
