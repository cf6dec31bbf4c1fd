package org.compacts.servicekit.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.compacts.servicekit.security.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests a client can send that never reach a controller: a path or query the server
 * cannot read (an encoded slash, invalid percent-encoding), one the firewall refuses
 * ({@code //}, {@code ..}, {@code ;}), and a request for the error page itself. Each is
 * answered as a problem detail, like every other refusal, and logged; never with a 500 or
 * a server's own HTML page.
 */
public final class MalformedRequests {

	private static final Logger log = LoggerFactory.getLogger(MalformedRequests.class);

	static final String UNREADABLE = "The request's path or query could not be read. Check its encoding and send it again.";

	private MalformedRequests() {
	}

	/** A refusal written by us, with the headers a refusal before any filter lacks. */
	public static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String detail)
			throws IOException {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
		response.setHeader("Cache-Control", "no-store");
		ProblemResponses.write(response, status, HttpStatus.valueOf(status).getReasonPhrase(), detail, request);
	}

	/**
	 * Replaces Tomcat's HTML error report for what Tomcat refuses before the application
	 * sees it (the application's own errors are written by Spring and left alone).
	 */
	public static final class ProblemReportValve extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0) {
				return;
			}
			AtomicBoolean writable = new AtomicBoolean();
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
			if (!writable.get()) {
				return;
			}
			String detail = status == 400 ? UNREADABLE : "The server could not answer this request.";
			log.info("Refused a request Tomcat could not read ({}): {}", status,
					request.getCoyoteRequest().requestURI());
			String problem = "{\"type\":\"about:blank\",\"title\":\"" + reason(status) + "\",\"status\":" + status
					+ ",\"detail\":\"" + detail + "\"}";
			try {
				response.setContentType("application/problem+json");
				response.setCharacterEncoding("UTF-8");
				response.setHeader("X-Content-Type-Options", "nosniff");
				response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(problem);
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				log.debug("Could not write the refusal", ex);
			}
		}

		private static String reason(int status) {
			HttpStatus known = HttpStatus.resolve(status);
			return known != null ? known.getReasonPhrase() : "Error";
		}

		static boolean isTomcatsOwn(Valve valve) {
			return valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve);
		}

	}

	/**
	 * {@code /error} is where the server renders its own errors; asked for directly it
	 * has no error to render, so it is not a page.
	 */
	public static final class ErrorPathFilter extends OncePerRequestFilter {

		private final String errorPath;

		public ErrorPathFilter(String errorPath) {
			this.errorPath = errorPath;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (path.equals(errorPath) || path.startsWith(errorPath + "/")) {
				refuse(request, response, 404, "There is nothing here.");
				return;
			}
			chain.doFilter(request, response);
		}

	}

}
