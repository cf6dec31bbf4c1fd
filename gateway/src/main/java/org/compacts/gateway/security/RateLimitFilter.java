package org.compacts.gateway.security;

import java.io.IOException;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.compacts.servicekit.security.ProblemResponses;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per client (Bucket4j); past it, 429 with {@code Retry-After} as a
 * problem.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private final RateLimitProperties limits;

	/**
	 * Idle clients' buckets are forgotten: a full bucket is what a new one would be
	 * anyway.
	 */
	private final Cache<String, Bucket> buckets;

	RateLimitFilter(RateLimitProperties limits) {
		this.limits = limits;
		this.buckets = Caffeine.newBuilder()
			.expireAfterAccess(limits.period().multipliedBy(2))
			.maximumSize(100_000)
			.build();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Bucket bucket = buckets.get(clientOf(request),
				key -> Bucket.builder()
					.addLimit(Bandwidth.builder()
						.capacity(limits.capacity())
						.refillGreedy(limits.capacity(), limits.period())
						.build())
					.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long retryAfter = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
		ProblemResponses.write(response, 429, "Too Many Requests",
				"Too many requests from this client; try again in " + retryAfter + " s.", request);
	}

	private static String clientOf(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "user:" + authentication.getName();
		}
		return "address:" + request.getRemoteAddr();
	}

}
