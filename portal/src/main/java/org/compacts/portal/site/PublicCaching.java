package org.compacts.portal.site;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Conditional GET for the public pages: each answer carries an ETag of its body, so a
 * browser or cache that holds the same page gets 304 and no body. Published content
 * changes only when an editor publishes, so the anonymous may keep a page a minute; a
 * signed-in visitor's page holds working versions, for that visitor only.
 */
@Configuration(proxyBeanMethods = false)
class PublicCaching {

	private static final String[] PUBLIC_PAGES = { "/", "/t/*" };

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns(PUBLIC_PAGES);
		registration.setName("publicPageEtags");
		return registration;
	}

	@Bean
	FilterRegistrationBean<CacheControl> cacheControl() {
		FilterRegistrationBean<CacheControl> registration = new FilterRegistrationBean<>(new CacheControl());
		registration.addUrlPatterns(PUBLIC_PAGES);
		registration.setName("publicPageCacheControl");
		return registration;
	}

	static final class CacheControl extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
				boolean signedIn = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
				response.setHeader(HttpHeaders.CACHE_CONTROL,
						signedIn ? "private, no-cache" : "public, max-age=60, must-revalidate");
				// The gateway turns a session cookie into the Authorization header: a
				// cache
				// in front of it tells visitors apart by both.
				response.addHeader(HttpHeaders.VARY, "Authorization, Cookie");
			}
			chain.doFilter(request, response);
		}

	}

}
