package org.compacts.sync.security;

import org.compacts.servicekit.security.CompactsAuthorities;
import org.compacts.servicekit.security.ResourceServer;
import org.compacts.servicekit.security.TenantAccess;
import org.compacts.servicekit.security.TenantRole;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A compact's sync status is for its members (a county's view of its followers for the
 * county's members); acting on it (catch-up, resolving a conflict) for its editors. The
 * dead letters are the platform admin's. The API documentation is public.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		return ResourceServer.filterChain(http, requests -> requests
			// "/sync/**" matches "/sync" itself as well
			.requestMatchers(HttpMethod.GET, "/api/t/{tenant}/sync/**")
			.access(TenantAccess.atLeast(TenantRole.MEMBER))
			.requestMatchers("/api/t/{tenant}/sync/**")
			.access(TenantAccess.atLeast(TenantRole.EDITOR))
			.requestMatchers("/api/sync/dead-letters", "/api/sync/dead-letters/**")
			.hasAuthority(CompactsAuthorities.PLATFORM_ADMIN));
	}

}
