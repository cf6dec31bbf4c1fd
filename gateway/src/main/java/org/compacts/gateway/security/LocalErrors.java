package org.compacts.gateway.security;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.compacts.servicekit.web.MalformedRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The gateway answers its own errors. Without this, the servlet container's error
 * dispatch to {@code /error} would match the portal's catch-all route and be proxied
 * there as a fresh request, which has no error to show and answers 500.
 */
@Configuration(proxyBeanMethods = false)
class LocalErrors {

	private static final Logger log = LoggerFactory.getLogger(LocalErrors.class);

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> localErrorDispatch() {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {

			@Override
			protected boolean shouldNotFilterErrorDispatch() {
				return false;
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
						&& code >= 400 ? code : 500;
				log.warn("The gateway answered {} {} with {}", request.getMethod(),
						request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), status,
						request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
				if (!response.isCommitted()) {
					response.resetBuffer();
					MalformedRequests.refuse(request, response, status,
							status < 500 ? "The gateway could not take this request."
									: "The gateway could not answer this request. Try again later.");
				}
			}

		});
		registration.setDispatcherTypes(DispatcherType.ERROR);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
