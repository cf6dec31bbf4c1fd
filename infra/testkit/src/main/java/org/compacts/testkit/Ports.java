package org.compacts.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/** Loopback ports: every server of ours binds to 127.0.0.1 only. */
public final class Ports {

	private static final int LOWEST = 20000;

	private static final int HIGHEST = 32000;

	private Ports() {
	}

	/**
	 * A port below Linux's ephemeral range (32768-60999 by default). A port the kernel
	 * hands out for {@code bind(0)} lies inside that range, and the same kernel may give
	 * it to a client connection's local end (a JDBC or Kafka client) in the moment
	 * between our check and the server's bind: Keycloak then failed with "Port already
	 * bound". Below the range only another server's own choice can collide.
	 */
	public static int free() {
		for (int attempt = 0; attempt < 200; attempt++) {
			int port = ThreadLocalRandom.current().nextInt(LOWEST, HIGHEST);
			if (isFree(port)) {
				return port;
			}
		}
		throw new UncheckedIOException(
				new IOException("No free port on 127.0.0.1 between " + LOWEST + " and " + HIGHEST));
	}

	public static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
