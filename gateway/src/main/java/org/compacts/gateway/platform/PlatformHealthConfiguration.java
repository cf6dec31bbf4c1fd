package org.compacts.gateway.platform;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.compacts.gateway.Services;

import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class PlatformHealthConfiguration {

	/**
	 * Shown as {@code services} in the {@code platform} health group:
	 * {@code /actuator/health/platform}.
	 */
	@Bean
	CompositeHealthContributor services(Services services, RestClient.Builder builder) {
		RestClient client = builder.clone()
			.requestFactory(ClientHttpRequestFactoryBuilder.jdk()
				.build(HttpClientSettings.defaults()
					.withConnectTimeout(Duration.ofSeconds(2))
					.withReadTimeout(Duration.ofSeconds(5))))
			.build();
		Map<String, HealthContributor> byService = new LinkedHashMap<>();
		services.byName().forEach((name, uri) -> byService.put(name, new ServiceReadiness(client, uri)));
		return CompositeHealthContributor.fromMap(byService);
	}

}
