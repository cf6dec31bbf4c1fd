package org.compacts.compact.tenancy;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.compacts.servicekit.TenantPaths;

import org.springframework.web.filter.OncePerRequestFilter;

/** {@code /api/t/{tenant}/...}: the only way a web request chooses its tenant. */
class TenantFromPathFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var tenant = TenantPaths.tenantOf(request.getRequestURI());
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
