package org.compacts.tenant.actor;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in principal's name from Spring Security's context: the username
 * ({@code preferred_username}), which service-kit's token converter makes the principal's
 * name. Loaded only when Spring Security is on the class path.
 */
final class SecurityContextActor implements CurrentActor {

	@Override
	public String name() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return SYSTEM;
		}
		if (authentication instanceof AnonymousAuthenticationToken) {
			return ANONYMOUS;
		}
		String name = authentication.getName();
		return name == null || name.isBlank() ? SYSTEM : name;
	}

}
