package org.compacts.devstack;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunningStackTest {

	@TempDir
	Path data;

	@Test
	void aTakenPortStopsStartUpWithOneLineNamingItAndStartsNothing() throws Exception {
		Path root = DevstackOptions.findProjectRoot(Path.of(""));
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			DevstackOptions free = DevstackOptions.onFreePorts(root, data);
			Map<String, Integer> ports = new HashMap<>(free.ports());
			ports.put("gateway", taken.getLocalPort());

			assertThatThrownBy(() -> RunningStack.start(new DevstackOptions(root, data, ports)))
				.isInstanceOf(StartupProblem.class)
				.hasMessage("port " + taken.getLocalPort()
						+ " (gateway) is already in use on 127.0.0.1: stop what uses it, or another devstack");
		}
		assertThat(data.resolve("postgres")).doesNotExist();
		assertThat(ProcessHandle.current().children()).isEmpty();
	}

	@Test
	void aMissingServiceJarIsNamedBeforeAnythingStarts() {
		Path emptyCheckout = data.resolve("checkout");
		DevstackOptions options = DevstackOptions.onFreePorts(emptyCheckout, data.resolve("stack"));

		assertThatThrownBy(() -> RunningStack.start(options)).isInstanceOf(StartupProblem.class)
			.hasMessageStartingWith("missing " + emptyCheckout.resolve("tenant-service/target/tenant-service.jar"));
		assertThat(data.resolve("stack")).doesNotExist();
	}

	@Test
	void findsTheCheckoutFromAnyFolderInsideIt() {
		Path root = DevstackOptions.findProjectRoot(Path.of(""));

		assertThat(root.resolve("mvnw")).exists();
		assertThat(DevstackOptions.findProjectRoot(root.resolve("infra/devstack/src"))).isEqualTo(root);
	}

	@Test
	void refusesAnUnknownArgument() {
		assertThatThrownBy(() -> Devstack.options(new String[] { "--port", "9" }))
			.hasMessage("unknown argument --port (the only option is --data <folder>)");
	}

	@Test
	void sayTheDeepestCauseOnOneLine() {
		var ex = new IllegalStateException("outer", new RuntimeException("Connection refused\n\tat somewhere"));
		assertThat(Devstack.oneLine(ex)).isEqualTo("Connection refused");
		assertThat(Files.exists(data)).isTrue();
	}

}
