package org.compacts.testkit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops a child process and everything it started, so that no server outlives its owner.
 */
public final class ChildProcesses {

	private ChildProcesses() {
	}

	/** Asks politely (SIGTERM) first, then forcibly once the grace period is over. */
	public static void stop(Process process, Duration grace) {
		List<ProcessHandle> descendants = process.descendants().toList();
		process.destroy();
		descendants.forEach(ProcessHandle::destroy);
		try {
			if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
			}
			for (ProcessHandle child : descendants) {
				child.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			// a child that did not stop in time
		}
		finally {
			descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
		}
	}

}
