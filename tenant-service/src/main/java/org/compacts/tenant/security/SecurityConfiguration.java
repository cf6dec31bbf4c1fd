package org.compacts.tenant.security;

import java.util.function.Supplier;

import org.compacts.servicekit.security.CompactsAuthorities;
import org.compacts.servicekit.security.ResourceServer;
import org.compacts.servicekit.security.TenantAccess;
import org.compacts.servicekit.security.TenantRole;
import org.compacts.tenant.registry.TenantLookup;
import org.compacts.tenant.registry.TenantSummary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The rules by request. Anyone reads the public profiles of the compacts; a platform
 * admin creates tenants; a tenant admin changes their compact, manages its members and
 * invites people into it; a county's tenant admin archives its districts; members read
 * their compact's history. Accepting an invitation needs someone signed in; whether it is
 * the right person is the invitation's own check.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String TENANT = "/api/tenants/{tenant}";

	@Bean
	SecurityFilterChain api(HttpSecurity http, TenantLookup tenants) throws Exception {
		return ResourceServer.filterChain(http, requests -> requests
			// invitations before the tenant's paths: "invitations" is a reserved
			// word, not a slug
			.requestMatchers(HttpMethod.GET, "/api/tenants/invitations/{token}")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/tenants/invitations/{token}/accept")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/api/tenants", TENANT)
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/tenants")
			.hasAuthority(CompactsAuthorities.PLATFORM_ADMIN)
			.requestMatchers(HttpMethod.PUT, TENANT)
			.access(TenantAccess.atLeast(TenantRole.TENANT_ADMIN))
			// DELETE only ever answers "archive instead": told to those who could
			// archive
			.requestMatchers(HttpMethod.POST, TENANT + "/archive")
			.access(parentsTenantAdmin(tenants))
			.requestMatchers(HttpMethod.DELETE, TENANT)
			.access(parentsTenantAdmin(tenants))
			.requestMatchers(HttpMethod.GET, TENANT + "/changes")
			.access(TenantAccess.atLeast(TenantRole.MEMBER))
			.requestMatchers(HttpMethod.GET, TENANT + "/members")
			.access(TenantAccess.atLeast(TenantRole.TENANT_ADMIN))
			// whom an editor's update to the members reaches (ADR 23)
			.requestMatchers(HttpMethod.GET, TENANT + "/members/addresses")
			.access(TenantAccess.atLeast(TenantRole.EDITOR))
			.requestMatchers(HttpMethod.PUT, TENANT + "/members/{username}")
			.access(TenantAccess.atLeast(TenantRole.TENANT_ADMIN))
			.requestMatchers(HttpMethod.DELETE, TENANT + "/members/{username}/{role}")
			.access(TenantAccess.atLeast(TenantRole.TENANT_ADMIN))
			.requestMatchers(HttpMethod.GET, TENANT + "/invitations")
			.access(TenantAccess.atLeast(TenantRole.TENANT_ADMIN))
			.requestMatchers(HttpMethod.POST, TENANT + "/invitations")
			.access(TenantAccess.atLeast(TenantRole.TENANT_ADMIN))
			.requestMatchers(HttpMethod.DELETE, TENANT + "/invitations/{id}")
			.access(TenantAccess.atLeast(TenantRole.TENANT_ADMIN)));
	}

	/**
	 * A platform admin, or a tenant admin of the tenant's parent: a county archives its
	 * districts, national its counties. A tenant's own admin does not archive it; an
	 * unknown tenant is left to the platform admin (who is told it is not found).
	 */
	static AuthorizationManager<RequestAuthorizationContext> parentsTenantAdmin(TenantLookup tenants) {
		return new AuthorizationManager<>() {
			@Override
			public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
					RequestAuthorizationContext context) {
				Authentication who = authentication.get();
				if (isPlatformAdmin(who)) {
					return new AuthorizationDecision(true);
				}
				String parent = tenants.find(context.getVariables().get("tenant"))
					.map(TenantSummary::parentSlug)
					.orElse(null);
				return new AuthorizationDecision(
						parent != null && TenantAccess.allows(who, parent, TenantRole.TENANT_ADMIN));
			}
		};
	}

	private static boolean isPlatformAdmin(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getAuthorities()
					.stream()
					.anyMatch(authority -> CompactsAuthorities.PLATFORM_ADMIN.equals(authority.getAuthority()));
	}

}
