package org.compacts.servicekit.security;

import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Whether someone may act in the tenant a request names, by the path variable
 * {@code {tenant}}: {@code .requestMatchers(POST,
 * "/api/t/{tenant}/**").access(TenantAccess.atLeast(TenantRole.EDITOR))}. A platform
 * admin may act in every tenant.
 */
public final class TenantAccess {

	private TenantAccess() {
	}

	public static AuthorizationManager<RequestAuthorizationContext> atLeast(TenantRole role) {
		return new AuthorizationManager<>() {
			@Override
			public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
					RequestAuthorizationContext context) {
				String tenant = context.getVariables().get("tenant");
				return new AuthorizationDecision(tenant != null && allows(authentication.get(), tenant, role));
			}
		};
	}

	public static boolean allows(Authentication authentication, String tenant, TenantRole role) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return false;
		}
		if (authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> CompactsAuthorities.PLATFORM_ADMIN.equals(authority.getAuthority()))) {
			return true;
		}
		return Membership.among(authentication.getAuthorities())
			.stream()
			.anyMatch(membership -> membership.tenant().equals(tenant) && membership.role().includes(role));
	}

}
