package org.compacts.portal.admin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.compacts.servicekit.security.CompactsAuthorities;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps everyone but platform admins out of {@code /admin}: to them nothing is there
 * (404, whatever the path or method), as a compact's workspace is not to a non-member. A
 * filter, right after the security chain has said who is asking, so no handler, model
 * attribute or service is reached first.
 */
final class PlatformAdminOnly extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isPlatformAdmin(SecurityContextHolder.getContext().getAuthentication())) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean isPlatformAdmin(@Nullable Authentication visitor) {
		return visitor != null && visitor.isAuthenticated()
				&& visitor.getAuthorities()
					.stream()
					.anyMatch(authority -> CompactsAuthorities.PLATFORM_ADMIN.equals(authority.getAuthority()));
	}

}
