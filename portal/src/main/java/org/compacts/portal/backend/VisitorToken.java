package org.compacts.portal.backend;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Relays the token the gateway relayed to the portal: the services judge the visitor,
 * never the portal. An anonymous visitor's calls go without one and see what is public.
 */
final class VisitorToken implements ClientHttpRequestInterceptor {

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		if (!request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
				&& SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken visitor) {
			request.getHeaders().setBearerAuth(visitor.getToken().getTokenValue());
		}
		return execution.execute(request, body);
	}

}
