package org.compacts.compact.security;

import org.compacts.servicekit.security.ResourceServer;
import org.compacts.servicekit.security.TenantAccess;
import org.compacts.servicekit.security.TenantRole;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		return ResourceServer.filterChain(http, requests -> requests
			// A conflict with upstream shows the district's drafts, and the list of them
			// what its editors work on: its members only.
			.requestMatchers(HttpMethod.GET, "/api/t/{tenant}/*/*/conflict", "/api/t/{tenant}/conflicts")
			.access(TenantAccess.atLeast(TenantRole.MEMBER))
			// The disputes log is private to the compact's members (its published
			// summaries are under /dispute-summaries).
			.requestMatchers(HttpMethod.GET, "/api/t/{tenant}/disputes", "/api/t/{tenant}/disputes/**")
			.access(TenantAccess.atLeast(TenantRole.MEMBER))
			// The steering group names people and its agenda the open actions: the
			// compact's members (a published review names the group it was signed off
			// for).
			.requestMatchers(HttpMethod.GET, "/api/t/{tenant}/steering-group", "/api/t/{tenant}/steering-group/**")
			.access(TenantAccess.atLeast(TenantRole.MEMBER))
			// Responding to a consultation, and reading one's own responses: the
			// compact's members.
			.requestMatchers("/api/t/{tenant}/consultations/*/responses",
					"/api/t/{tenant}/consultations/*/responses/**")
			.access(TenantAccess.atLeast(TenantRole.MEMBER))
			// The funding register and the self-assessments are the compact's own
			// business: its members only (an awarded mark is public, under
			// /quality-marks).
			.requestMatchers(HttpMethod.GET, "/api/t/{tenant}/funding-records", "/api/t/{tenant}/funding-records/**",
					"/api/t/{tenant}/self-assessments", "/api/t/{tenant}/self-assessments/**")
			.access(TenantAccess.atLeast(TenantRole.MEMBER))
			// The standing register of feedback and suggested amendments: any member
			// reads it and suggests.
			.requestMatchers("/api/t/{tenant}/amendment-suggestions", "/api/t/{tenant}/amendment-suggestions/**")
			.access(TenantAccess.atLeast(TenantRole.MEMBER))
			// A person's own notice preferences: the compact's members.
			.requestMatchers("/api/t/{tenant}/notices/preferences/**")
			.access(TenantAccess.atLeast(TenantRole.MEMBER))
			// Members and champions sign themselves up to events and training, and see
			// who else is coming.
			.requestMatchers("/api/t/{tenant}/meetings/*/sign-ups", "/api/t/{tenant}/meetings/*/sign-ups/**")
			.access(TenantAccess.atLeast(TenantRole.MEMBER))
			// The one-click unsubscribe of a mail: its signature is the proof, no
			// sign-in.
			.requestMatchers(HttpMethod.POST, "/api/t/{tenant}/notices/unsubscribe")
			.permitAll()
			// Reads are open: each endpoint shows the anonymous only what is
			// published.
			.requestMatchers(HttpMethod.GET, "/api/t/{tenant}/**")
			.permitAll()
			// The public case studies of every compact, searched together (ADR 15).
			.requestMatchers(HttpMethod.GET, "/api/case-studies")
			.permitAll()
			.requestMatchers("/api/t/{tenant}/**")
			.access(TenantAccess.atLeast(TenantRole.EDITOR)));
	}

}
