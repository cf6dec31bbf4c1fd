package org.compacts.gateway.security;

import java.net.URI;
import java.util.Map;

import org.compacts.servicekit.security.CompactsAuthorities;
import org.compacts.servicekit.security.ProblemResponses;
import org.compacts.servicekit.security.TokenProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ OidcClientProperties.class, RateLimitProperties.class })
class SecurityConfiguration {

	static final String REGISTRATION = "keycloak";

	/**
	 * Declared, not discovered: discovery would fetch the realm's metadata at start-up
	 * and tie the gateway's start to Keycloak's.
	 */
	@Bean
	ClientRegistrationRepository clientRegistrations(OidcClientProperties client, TokenProperties token) {
		String realm = token.issuerUri();
		String endpoints = realm + "/protocol/openid-connect";
		return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId(REGISTRATION)
			.clientId(client.clientId())
			.clientSecret(client.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile", "email")
			.issuerUri(realm)
			.authorizationUri(endpoints + "/auth")
			.tokenUri(endpoints + "/token")
			.jwkSetUri(endpoints + "/certs")
			.userInfoUri(endpoints + "/userinfo")
			.userNameAttributeName("preferred_username")
			.providerConfigurationMetadata(Map.of("end_session_endpoint", endpoints + "/logout"))
			.clientName("Compacts")
			.build());
	}

	/**
	 * Used by the routes' TokenRelay filter: refreshes the access token before it
	 * expires.
	 */
	@Bean
	OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientRepository authorizedClients) {
		var manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
		manager.setAuthorizedClientProvider(
				OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
		return manager;
	}

	@Bean
	SecurityFilterChain gateway(HttpSecurity http, ClientRegistrationRepository registrations,
			RateLimitProperties rateLimit, TokenProperties token) throws Exception {
		URI realm = URI.create(token.issuerUri());
		String keycloak = realm.getScheme() + "://" + realm.getAuthority();
		var authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(registrations,
				"/oauth2/authorization");
		authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		var logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
		logout.setPostLogoutRedirectUri("{baseUrl}/");
		ProblemResponses problems = new ProblemResponses();
		RequestMatcher api = pathPattern("/api/**");
		RequestMatcher bearer = request -> request.getHeader("Authorization") != null;

		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(pathPattern("/actuator/health"), pathPattern("/actuator/health/**"),
						pathPattern("/actuator/info"))
				.permitAll()
				// The gateway's own metrics for an operator's token; any other actuator
				// path
				// is refused here, so the catch-all route never carries it to the
				// portal's.
				.requestMatchers(pathPattern("/actuator/prometheus"))
				.hasAuthority(CompactsAuthorities.PLATFORM_ADMIN)
				.requestMatchers(pathPattern("/actuator/**"))
				.denyAll()
				// An invitation link signs its reader in first, then comes back to the
				// invitation.
				.requestMatchers(pathPattern("/invitations/**"))
				.authenticated()
				// A compact's workspace and the platform's administration sign their
				// visitor in first.
				.requestMatchers(pathPattern("/t/*/workspace"), pathPattern("/t/*/workspace/**"),
						pathPattern("/admin/**"))
				.authenticated()
				// A mail's unsubscribe needs no sign-in: its link is signed
				// (compact-service's
				// notices), the page's form and the mail client's one-click POST (RFC
				// 8058).
				.requestMatchers(pathPattern(HttpMethod.POST, "/t/*/unsubscribe"),
						pathPattern(HttpMethod.POST, "/api/t/*/notices/unsubscribe"))
				.permitAll()
				// Reads are open at the gateway: each service shows the anonymous only
				// what is published.
				.requestMatchers(pathPattern(HttpMethod.GET, "/**"), pathPattern(HttpMethod.HEAD, "/**"))
				.permitAll()
				.anyRequest()
				.authenticated())
			.oauth2Login(login -> login
				.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests)))
			.oauth2ResourceServer(resource -> resource
				.jwt(jwt -> jwt.jwtAuthenticationConverter(CompactsAuthorities.jwtAuthenticationConverter()))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.logout(out -> out.logoutSuccessHandler(logout))
			.exceptionHandling(exceptions -> exceptions
				.defaultAuthenticationEntryPointFor(problems,
						request -> api.matches(request) || bearer.matches(request))
				.defaultAuthenticationEntryPointFor(
						new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/" + REGISTRATION), request -> true)
				.accessDeniedHandler(problems))
			.csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
				// The portal copies the cookie's value into its forms as it is.
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
				// Forgery rides on the browser's session cookie: a bearer token or no
				// session at all has
				// nothing to forge, and is then judged by authorization alone (401 when
				// anonymous).
				.ignoringRequestMatchers(bearer, request -> request.getRequestedSessionId() == null))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; "
								// signing out posts here and is redirected on to Keycloak
								+ "base-uri 'self'; form-action 'self' " + keycloak))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.addFilterAfter(new CsrfTokenForwardingFilter(), AuthorizationFilter.class)
			.addFilterAfter(new RateLimitFilter(rateLimit), AuthorizationFilter.class)
			.build();
	}

}
