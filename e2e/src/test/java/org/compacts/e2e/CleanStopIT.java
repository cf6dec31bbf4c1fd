package org.compacts.e2e;

import java.util.List;

import org.compacts.testkit.Ports;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Last: stopping the platform leaves no process behind. */
@Order(100)
class CleanStopIT {

	@Test
	void stoppingThePlatformLeavesNoProcessBehind() {
		var stack = E2ePlatform.stack();
		List<Long> pids = stack.servicePids();
		assertThat(pids).hasSize(5).allMatch(pid -> ProcessHandle.of(pid).isPresent());

		stack.close();

		assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();
		assertThat(pids).noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
		// PostgreSQL runs detached from us (pg_ctl): that its port is free again says it
		// stopped too.
		assertThat(stack.options().ports()).allSatisfy((component,
				port) -> assertThat(Ports.isFree(port)).as("port %d of %s is free", port, component).isTrue());
	}

}
