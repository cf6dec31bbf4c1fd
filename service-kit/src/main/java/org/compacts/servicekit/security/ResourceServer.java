package org.compacts.servicekit.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;

/**
 * The part of every service's security that is the same everywhere: stateless bearer
 * tokens checked against the realm (issuer and audience from
 * {@code spring.security.oauth2.resourceserver.jwt.*}), memberships as authorities,
 * problem details for 401 and 403. Each service adds its own rules:
 *
 * <pre>
 * http.with(ResourceServer.defaults(), Customizer.withDefaults())
 *     .authorizeHttpRequests(requests -&gt; ...);
 * </pre>
 */
public final class ResourceServer extends AbstractHttpConfigurer<ResourceServer, HttpSecurity> {

	private ResourceServer() {
	}

	public static ResourceServer defaults() {
		return new ResourceServer();
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
