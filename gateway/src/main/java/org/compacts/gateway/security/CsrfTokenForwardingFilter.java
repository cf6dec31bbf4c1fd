package org.compacts.gateway.security;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the portal the session's current CSRF token in the {@value #HEADER} header of the
 * proxied request, so that the forms it renders carry it. The cookie alone is not enough:
 * right after sign-in the token is new, and the browser has not sent its cookie yet. A
 * header a client sends itself is replaced.
 */
class CsrfTokenForwardingFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Compacts-Csrf";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (token == null) {
			chain.doFilter(request, response);
			return;
		}
		String value = token.getToken();
		chain.doFilter(new HttpServletRequestWrapper(request) {
			@Override
			public String getHeader(String name) {
				return HEADER.equalsIgnoreCase(name) ? value : super.getHeader(name);
			}

			@Override
			public Enumeration<String> getHeaders(String name) {
				return HEADER.equalsIgnoreCase(name) ? Collections.enumeration(List.of(value)) : super.getHeaders(name);
			}

			@Override
			public Enumeration<String> getHeaderNames() {
				List<String> names = Collections.list(super.getHeaderNames());
				names.removeIf(HEADER::equalsIgnoreCase);
				names.add(HEADER);
				return Collections.enumeration(names);
			}
		}, response);
	}

}
