package org.compacts.servicekit.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The part of every service's security that is the same everywhere: stateless bearer
 * tokens checked against the realm (issuer and audience from
 * {@code spring.security.oauth2.resourceserver.jwt.*}), memberships as authorities,
 * problem details for 401 and 403. Each service adds its own rules:
 *
 * <pre>
 * return ResourceServer.filterChain(http, requests -&gt; requests
 *     .requestMatchers("/api/t/{tenant}/**").access(...));
 * </pre>
 */
public final class ResourceServer extends AbstractHttpConfigurer<ResourceServer, HttpSecurity> {

	private ResourceServer() {
	}

	public static ResourceServer defaults() {
		return new ResourceServer();
	}

	/**
	 * A service's filter chain: these defaults; health, info, the Prometheus metrics, the
	 * error page and the API documentation open to all (the services sit behind the
	 * gateway, which routes none of them); then the service's own rules, in their order;
	 * anything they do not name refused.
	 */
	public static SecurityFilterChain filterChain(HttpSecurity http,
			Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> serviceRules)
			throws Exception {
		return http.with(defaults(), Customizer.withDefaults()).authorizeHttpRequests(requests -> {
			requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
						"/error")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
						"/swagger-ui/**")
				.permitAll();
			serviceRules.customize(requests);
			requests.anyRequest().denyAll();
		}).build();
	}

	@Override
	public void init(HttpSecurity http) {
		ProblemResponses problems = new ProblemResponses();
		http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// No cookies are read, so there is no cross-site request to forge.
			.csrf(csrf -> csrf.disable())
			.oauth2ResourceServer(oauth -> oauth
				.jwt(jwt -> jwt.jwtAuthenticationConverter(CompactsAuthorities.jwtAuthenticationConverter()))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
	}

}
