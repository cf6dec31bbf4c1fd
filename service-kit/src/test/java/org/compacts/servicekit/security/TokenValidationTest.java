package org.compacts.servicekit.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks a service makes of a token after its signature (ASVS 5.0 V9.2: issuer,
 * audience and validity period). The signature is Nimbus's, against the realm's keys; the
 * rest is ours to configure, and so ours to prove.
 */
class TokenValidationTest {

	private static final String REALM = "http://127.0.0.1:8180/realms/compacts";

	private final OAuth2TokenValidator<Jwt> validator = TokenValidation
		.validator(new TokenProperties(REALM, "compacts-api", Duration.ofSeconds(60)));

	private static Jwt token(UnaryOperator<Jwt.Builder> change) {
		Instant now = Instant.now();
		Jwt.Builder builder = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.issuer(REALM)
			.audience(List.of("compacts-api", "account"))
			.subject("someone")
			.issuedAt(now.minusSeconds(10))
			.expiresAt(now.plusSeconds(300));
		return change.apply(builder).build();
	}

	@Test
	void aTokenOfTheRealmForTheApiWithinItsLifetimeIsTaken() {
		assertThat(validator.validate(token(same -> same)).hasErrors()).isFalse();
	}

	@Test
	void aTokenForAnotherAudienceIsRefused() {
		assertThat(validator.validate(token(t -> t.audience(List.of("account")))).hasErrors()).isTrue();
	}

	@Test
	void aTokenWithoutAnAudienceIsRefused() {
		assertThat(validator.validate(token(t -> t.claims(claims -> claims.remove("aud")))).hasErrors()).isTrue();
	}

	@Test
	void aTokenOfAnotherRealmIsRefused() {
		assertThat(validator.validate(token(t -> t.issuer("http://127.0.0.1:8180/realms/master"))).hasErrors())
			.isTrue();
	}

	@Test
	void anExpiredTokenIsRefusedOnceTheClockSkewIsPast() {
		Instant now = Instant.now();
		Jwt expired = token(t -> t.issuedAt(now.minusSeconds(600)).expiresAt(now.minusSeconds(61)));
		Jwt withinSkew = token(t -> t.issuedAt(now.minusSeconds(600)).expiresAt(now.minusSeconds(30)));

		assertThat(validator.validate(expired).hasErrors()).isTrue();
		assertThat(validator.validate(withinSkew).hasErrors()).isFalse();
	}

	@Test
	void aTokenNotValidYetIsRefused() {
		Instant now = Instant.now();
		Jwt future = token(t -> t.notBefore(now.plusSeconds(600)).expiresAt(now.plusSeconds(900)));

		assertThat(validator.validate(future).hasErrors()).isTrue();
	}

}
