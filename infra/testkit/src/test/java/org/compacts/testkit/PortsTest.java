package org.compacts.testkit;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortsTest {

	@Test
	void aPortSomeoneListensOnIsNotFree() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			assertThat(Ports.isFree(taken.getLocalPort())).isFalse();
		}
	}

	@Test
	void aFreePortCanBeBound() {
		assertThat(Ports.isFree(Ports.free())).isTrue();
	}

}
