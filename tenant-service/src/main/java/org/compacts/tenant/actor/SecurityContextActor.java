package org.compacts.tenant.actor;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in principal's name from Spring Security's context. With a JWT resource server this is the
 * token's principal claim ({@code sub} unless {@code principal-claim-name} says otherwise).
 * Loaded only when Spring Security is on the class path.
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
