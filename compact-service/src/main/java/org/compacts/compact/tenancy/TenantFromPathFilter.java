package org.compacts.compact.tenancy;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.compacts.servicekit.TenantPaths;
import org.compacts.servicekit.web.MalformedRequests;

import org.springframework.web.filter.OncePerRequestFilter;

/** {@code /api/t/{tenant}/...}: the only way a web request chooses its tenant. */
class TenantFromPathFilter extends OncePerRequestFilter {

	private static final String TENANT_PATHS = "/api/t/";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var tenant = TenantPaths.tenantOf(request.getRequestURI());
		if (tenant.isEmpty() && request.getRequestURI().startsWith(TENANT_PATHS)) {
			// no compact can have this name; going on would reach a public read with no
			// tenant to read in (found by the fuzz: /api/t/-1/principles/{id} was a 500)
			MalformedRequests.refuse(request, response, HttpServletResponse.SC_NOT_FOUND,
					"No compact has this name: a compact's name in a path is lower-case letters, digits and hyphens, "
							+ "at most 63, starting with a letter or digit.");
			return;
		}
		if (tenant.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		CurrentTenant.set(tenant.get());
		try {
			chain.doFilter(request, response);
		}
		finally {
			CurrentTenant.clear();
		}
	}

}
