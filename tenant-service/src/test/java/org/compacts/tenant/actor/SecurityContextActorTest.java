package org.compacts.tenant.actor;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityContextActorTest {

	private final CurrentActor actor = new SecurityContextActor();

	@AfterEach
	void clearContext() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void signedInPrincipalIsTheActor() {
		TestingAuthenticationToken alice = new TestingAuthenticationToken("alice", "n/a", List.of());
		alice.setAuthenticated(true);
		SecurityContextHolder.getContext().setAuthentication(alice);

		assertThat(actor.name()).isEqualTo("alice");
	}

	@Test
	void noOneSignedInIsTheSystem() {
		assertThat(actor.name()).isEqualTo(CurrentActor.SYSTEM);
	}

	@Test
	void anonymousVisitorIsRecordedAsAnonymous() {
		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

		assertThat(actor.name()).isEqualTo(CurrentActor.ANONYMOUS);
	}

}
