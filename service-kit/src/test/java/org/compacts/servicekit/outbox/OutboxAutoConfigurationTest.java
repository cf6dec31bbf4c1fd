package org.compacts.servicekit.outbox;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The start-up resend is there only where a service has the registry and asks for it;
 * where it is, it marks everything incomplete failed before it resubmits, or Modulith
 * would skip what a previous start resubmitted (the ITs of both services show the outcome
 * on a real database and broker).
 */
class OutboxAutoConfigurationTest {

	private final List<String> calls = new ArrayList<>();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OutboxAutoConfiguration.class));

	@Test
	void resendsWhenSwitchedOnMarkingFailedFirst() {
		runner.withBean(EventPublicationRegistry.class, this::registry)
			.withBean(IncompleteEventPublications.class, this::incomplete)
			.withPropertyValues("compacts.outbox.resend-outstanding-at-start=true")
			.run(context -> {
				assertThat(context).hasSingleBean(OutstandingEvents.class);
				assertThat(calls).containsExactly("markStalePublicationsFailed", "resubmitIncompletePublications");
			});
	}

	@Test
	void leftOutUnlessSwitchedOn() {
		runner.withBean(EventPublicationRegistry.class, this::registry)
			.withBean(IncompleteEventPublications.class, this::incomplete)
			.run(context -> {
				assertThat(context).doesNotHaveBean(OutstandingEvents.class);
				assertThat(calls).isEmpty();
			});
	}

	@Test
	void leftOutWithoutTheRegistry() {
		runner.withPropertyValues("compacts.outbox.resend-outstanding-at-start=true")
			.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(OutstandingEvents.class));
	}

	private EventPublicationRegistry registry() {
		return mock(EventPublicationRegistry.class, invocation -> {
			calls.add(invocation.getMethod().getName());
			return null;
		});
	}

	private IncompleteEventPublications incomplete() {
		return mock(IncompleteEventPublications.class, invocation -> {
			calls.add(invocation.getMethod().getName());
			return null;
		});
	}

}
