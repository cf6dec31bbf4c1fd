package org.compacts.servicekit.security;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.InvalidCsrfTokenException;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.MissingCsrfTokenException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponsesTest {

	private final ProblemResponses problems = new ProblemResponses();

	@Test
	void aFormWithoutItsTokenIsToldSoNotThatItsRolesFallShort() throws IOException {
		var response = new MockHttpServletResponse();

		problems.handle(new MockHttpServletRequest("POST", "/logout"), response, new MissingCsrfTokenException(null));

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains(ProblemResponses.CSRF_DETAIL).doesNotContain("roles");
	}

	@Test
	void aFormWithAStaleTokenIsToldTheSame() throws IOException {
		var response = new MockHttpServletResponse();
		var expected = new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", "current");

		problems.handle(new MockHttpServletRequest("POST", "/t/kent/workspace/items"), response,
				new InvalidCsrfTokenException(expected, "old"));

		assertThat(response.getContentAsString()).contains(ProblemResponses.CSRF_DETAIL);
	}

	@Test
	void aRefusalByRoleStillSaysItIsTheRoles() throws IOException {
		var response = new MockHttpServletResponse();

		problems.handle(new MockHttpServletRequest("POST", "/api/t/kent/principles"), response,
				new AccessDeniedException("no"));

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentAsString()).contains("Your roles do not allow this in this compact.")
			.doesNotContain(ProblemResponses.CSRF_DETAIL);
	}

}
