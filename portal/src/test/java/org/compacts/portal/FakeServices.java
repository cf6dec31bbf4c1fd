package org.compacts.portal;

import org.compacts.servicekit.security.CompactsAuthorities;
import org.compacts.servicekit.security.Membership;
import org.compacts.servicekit.security.TenantRole;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.client.RestClient;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.client.ExpectedCount.between;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/**
 * The services as a portal slice test ({@code @WebMvcTest} plus
 * {@code @Import(FakeServices.class)}) meets them: answered at the HTTP boundary by one
 * {@link MockRestServiceServer}, where what the portal sends can be checked. Visitors
 * come with their tokens already decoded ({@link #as}); a real token is refused.
 */
@TestConfiguration
public class FakeServices {

	/** tenant-service, at the address the portal's application.yml gives it. */
	public static final String TENANTS = "http://127.0.0.1:8082";

	public static final String COMPACTS = "http://127.0.0.1:8083";

	public static final String SYNC = "http://127.0.0.1:8084";

	private final RestClient.Builder builder = RestClient.builder();

	private final MockRestServiceServer server = MockRestServiceServer.bindTo(builder).ignoreExpectOrder(true).build();

	@Bean
	RestClient.Builder restClientBuilder() {
		return builder;
	}

	@Bean
	MockRestServiceServer backends() {
		return server;
	}

	@Bean
	JwtDecoder noTokens() {
		return token -> {
			throw new BadJwtException("tokens are made by the test");
		};
	}

	/** Answers a read as often as the page asks, not at all included. */
	public static void answer(MockRestServiceServer backends, String url, String json) {
		backends.expect(between(0, 50), requestTo(url))
			.andExpect(method(HttpMethod.GET))
			.andRespond(withSuccess(json, MediaType.APPLICATION_JSON));
	}

	/**
	 * Starts a test afresh with the register most tests need: Kent, a county, and Swale,
	 * a district that follows it, each read as often as a page asks.
	 */
	public static void kentAndSwale(MockRestServiceServer backends) {
		backends.reset();
		answer(backends, TENANTS + "/api/tenants", """
				[{"slug":"kent","name":"Kent Partners Compact","level":"COUNTY"},
				 {"slug":"swale","name":"Swale Compact","level":"DISTRICT","parentSlug":"kent"}]""");
		answer(backends, TENANTS + "/api/tenants/kent", """
				{"slug":"kent","name":"Kent Partners Compact","level":"COUNTY"}""");
	}

	/** A signed-in person with one role in one compact. */
	public static RequestPostProcessor as(String tenant, TenantRole role) {
		return jwt().jwt(token -> token.claim("preferred_username", "someone"))
			.authorities(new Membership(tenant, role));
	}

	/** A signed-in platform admin, member of no compact. */
	public static RequestPostProcessor platformAdmin() {
		return jwt().jwt(token -> token.claim("preferred_username", "pat.platform"))
			.authorities(new SimpleGrantedAuthority(CompactsAuthorities.PLATFORM_ADMIN));
	}

}
