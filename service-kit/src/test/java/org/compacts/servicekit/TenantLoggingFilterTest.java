package org.compacts.servicekit;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class TenantLoggingFilterTest {

	@Test
	void everyLogLineOfARequestCarriesItsTenantAndNoneAfterIt() throws Exception {
		AtomicReference<String> duringRequest = new AtomicReference<>();
		var request = new MockHttpServletRequest("GET", "/api/t/swale/principles");

		new TenantLoggingFilter().doFilter(request, new MockHttpServletResponse(),
				(req, res) -> duringRequest.set(MDC.get("tenant")));

		assertThat(duringRequest.get()).isEqualTo("swale");
		assertThat(MDC.get("tenant")).isNull();
	}

	@Test
	void aRequestForNoTenantLeavesTheTenantOut() throws Exception {
		AtomicReference<String> duringRequest = new AtomicReference<>("unset");

		new TenantLoggingFilter().doFilter(new MockHttpServletRequest("GET", "/actuator/health"),
				new MockHttpServletResponse(), (req, res) -> duringRequest.set(MDC.get("tenant")));

		assertThat(duringRequest.get()).isNull();
	}

}
