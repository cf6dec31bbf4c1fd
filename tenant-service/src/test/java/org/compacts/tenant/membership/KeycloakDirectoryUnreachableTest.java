package org.compacts.tenant.membership;

import java.time.Duration;

import org.compacts.servicekit.refusal.Refusal;
import org.compacts.servicekit.security.Membership;
import org.compacts.servicekit.security.TenantRole;
import org.compacts.testkit.Ports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * When Keycloak cannot be reached, every operation says so as a 503 problem, and nothing
 * else leaks out.
 */
class KeycloakDirectoryUnreachableTest {

	private final KeycloakDirectory directory = new KeycloakDirectory(
			new DirectoryProperties("http://127.0.0.1:" + Ports.free(), "compacts", "tenant-service", "secret",
					Duration.ofSeconds(2), Duration.ofSeconds(2)));

	@AfterEach
	void close() {
		directory.close();
	}

	@Test
	void everyOperationIsDirectoryUnavailableWhenKeycloakDoesNotAnswer() {
		Membership membership = new Membership("kent", TenantRole.MEMBER);

		assertThatThrownBy(() -> directory.findByEmail("kim.admin@example.org")).isInstanceOfSatisfying(
				DirectoryUnavailable.class,
				unavailable -> assertThat(unavailable.ground()).isEqualTo(Refusal.Ground.UNAVAILABLE));
		assertThatThrownBy(() -> directory.findByUsername("kim.admin")).isInstanceOf(DirectoryUnavailable.class);
		assertThatThrownBy(() -> directory.add("some-id", membership)).isInstanceOf(DirectoryUnavailable.class);
		assertThatThrownBy(() -> directory.remove("some-id", membership)).isInstanceOf(DirectoryUnavailable.class);
		assertThatThrownBy(() -> directory.members("kent")).isInstanceOf(DirectoryUnavailable.class);
	}

}
