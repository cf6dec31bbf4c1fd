package org.compacts.servicekit.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * 401 and 403 as RFC 9457 problem details. The texts are fixed: why a token failed
 * (signature, issuer, audience, expiry) is logged by Spring Security, never told to the
 * caller.
 */
public final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String CSRF_DETAIL = "The form was not accepted: it did not carry this site's form token, or the token belongs to a session that has ended. Go back, reload the page and send it again.";

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		write(response, 401, "Unauthorized", "Sign in, or send a valid bearer token, to do this.", request);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		if (ex instanceof CsrfException) {
			// Not a matter of roles: the form came without the token that shows it was
			// this site's, or with one from a session that has since ended.
			write(response, 403, "Forbidden", CSRF_DETAIL, request);
			return;
		}
		write(response, 403, "Forbidden", "Your roles do not allow this in this compact.", request);
	}

	/**
	 * A problem written straight to the response, for filters that answer before Spring
	 * MVC does. The title and detail must be our own fixed texts; the request path is
	 * escaped.
	 */
	public static void write(HttpServletResponse response, int status, String title, String detail,
			HttpServletRequest request) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		// The request path is ours to echo only after escaping: it is the one part a
		// caller chose.
		String instance = request.getRequestURI().replace("\\", "\\\\").replace("\"", "\\\"");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\",\"instance\":\"" + instance + "\"}");
	}

}
