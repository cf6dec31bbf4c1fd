package org.compacts.portal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PortalApplicationIT {

	@LocalServerPort
	int port;

	@Test
	void homePageUsesTheGovUkFrontendStylesItServes() {
		RestClient http = RestClient.create("http://127.0.0.1:" + port);

		String home = http.get().uri("/").retrieve().body(String.class);
		assertThat(home).contains("<html lang=\"en-GB\"", "Local Compacts", "govuk-skip-link");

		Matcher stylesheet = Pattern.compile("href=\"(/webjars/govuk-frontend/[^\"]+/govuk-frontend\\.min\\.css)\"")
			.matcher(home);
		assertThat(stylesheet.find()).as("links the GOV.UK Frontend stylesheet").isTrue();
		String css = http.get().uri(stylesheet.group(1)).retrieve().body(String.class);
		assertThat(css).contains(".govuk-header");
	}

	@Test
	void showsItsMetricsToPrometheusOnThePortalItself() {
		RestClient http = RestClient.create("http://127.0.0.1:" + port);
		http.get().uri("/actuator/health").retrieve().toBodilessEntity();

		String scrape = http.get().uri("/actuator/prometheus").retrieve().body(String.class);

		assertThat(scrape).contains("http_server_requests_seconds_count", "jvm_memory_used_bytes");
	}

}
