package org.compacts.gateway.tenant;

import org.compacts.gateway.Services;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class TenantCheckConfiguration {

	@Bean
	FilterRegistrationBean<UnknownTenantFilter> unknownTenantFilter(RestClient.Builder builder, Services services) {
		var registration = new FilterRegistrationBean<>(new UnknownTenantFilter(new KnownTenants(builder, services)));
		// After security (which is at -100): an unknown tenant is no reason to skip the
		// rate limit.
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
		return registration;
	}

}
