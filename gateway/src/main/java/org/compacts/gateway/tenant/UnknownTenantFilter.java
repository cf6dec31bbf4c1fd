package org.compacts.gateway.tenant;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.compacts.servicekit.security.ProblemResponses;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's {@code /api/t/{tenant}/...} and the portal's {@code /t/{tenant}/...} name a
 * tenant.
 */
class UnknownTenantFilter extends OncePerRequestFilter {

	private static final Pattern TENANT_PATH = Pattern.compile("^(?:/api)?/t/([^/]+)(?:/.*)?$");

	private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,62}");

	private final KnownTenants tenants;

	UnknownTenantFilter(KnownTenants tenants) {
		this.tenants = tenants;
	}

	static Optional<String> tenantOf(String path) {
		Matcher matcher = TENANT_PATH.matcher(path);
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> tenant = tenantOf(request.getRequestURI());
		if (tenant.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		String slug = tenant.get();
		KnownTenants.Answer answer = SLUG.matcher(slug).matches() ? tenants.check(slug) : KnownTenants.Answer.UNKNOWN;
		switch (answer) {
			case KNOWN -> chain.doFilter(request, response);
			case UNKNOWN -> ProblemResponses.write(response, 404, "Not Found", "There is no compact here.", request);
			case REGISTRY_UNAVAILABLE -> ProblemResponses.write(response, 503, "Service Unavailable",
					"The register of compacts cannot be reached; try again soon.", request);
		}
	}

}
