package org.compacts.servicekit;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the request's tenant into the logging context as {@code tenant}, so every log line
 * of a request says which compact it was for. Logging only: authorisation never trusts
 * this value.
 */
class TenantLoggingFilter extends OncePerRequestFilter {

	static final String MDC_KEY = "tenant";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var tenant = TenantPaths.tenantOf(request.getRequestURI());
		tenant.ifPresent(slug -> MDC.put(MDC_KEY, slug));
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (tenant.isPresent()) {
				MDC.remove(MDC_KEY);
			}
		}
	}

}
