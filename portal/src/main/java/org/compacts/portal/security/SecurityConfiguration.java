package org.compacts.portal.security;

import org.compacts.servicekit.security.ResourceServer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The portal sits behind the gateway, which signs people in and relays their access
 * token: a page knows who is looking from that token, and shows the anonymous the public
 * pages. Its forms (an invitation's acceptance, the workspace's and the platform admin's)
 * are checked for CSRF at the gateway; the services decide who may make each change.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		return http.with(ResourceServer.defaults(), Customizer.withDefaults())
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/**")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/invitations/*", "/t/*/workspace/**", "/admin/**")
				.authenticated()
				// a mail's unsubscribe link works signed in or not: compact-service
				// checks its
				// signature
				.requestMatchers(HttpMethod.POST, "/t/*/unsubscribe")
				.permitAll()
				.anyRequest()
				.denyAll())
			.build();
	}

}
