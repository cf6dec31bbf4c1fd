package org.compacts.compact.update;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.compacts.servicekit.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Where to write to each member of a compact, as tenant-service says from the identity
 * provider (ADR 23). compact-service keeps no directory of people: it asks, with the
 * token of the editor who sends the update, so tenant-service decides whether that editor
 * may know the compact's members, and no service account of this service reads every
 * compact's members.
 */
@Component
class CompactMembers {

	/** One member of the compact, once, as tenant-service lists them. */
	record MemberAddress(String username, @Nullable String email) {
	}

	private final RestClient tenantService;

	private final JsonMapper json;

	CompactMembers(@Value("${compacts.tenant-service.url}") URI tenantService, JsonMapper json) {
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
		requests.setReadTimeout(Duration.ofSeconds(15));
		this.tenantService = RestClient.builder().baseUrl(tenantService.toString()).requestFactory(requests).build();
		this.json = json;
	}

	/**
	 * The e-mail addresses of the compact's members, each once.
	 * @param editor the editor sending, whose token asks
	 * @throws Refusal 503 when tenant-service cannot be asked or refuses
	 */
	List<String> addresses(String tenant, Authentication editor) {
		if (!(editor instanceof AbstractOAuth2TokenAuthenticationToken<?> token)) {
			throw unavailable(null);
		}
		String answer;
		try {
			answer = tenantService.get()
				.uri("/api/tenants/{slug}/members/addresses", tenant)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken().getTokenValue())
				.retrieve()
				.body(String.class);
		}
		catch (RestClientException ex) {
			throw unavailable(ex);
		}
		if (answer == null) {
			throw unavailable(null);
		}
		return Arrays.stream(json.readValue(answer, MemberAddress[].class))
			.map(MemberAddress::email)
			.filter(Objects::nonNull)
			.filter(email -> !email.isBlank())
			.distinct()
			.toList();
	}

	private static Refusal unavailable(@Nullable Throwable cause) {
		return new Refusal(Refusal.Ground.UNAVAILABLE, "Members not known now",
				"The compact's members could not be read from the tenant service; nothing was sent. Try again later.",
				List.of(), cause);
	}

}
