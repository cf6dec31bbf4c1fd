package org.compacts.compact.notice;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * tenant-service's one read an update to the members makes, answered from a list the test
 * sets: {@code GET /api/tenants/kent/members/addresses}. tenant-service's own
 * {@code MembersApiIT} shows the real one against Keycloak; here what matters is that
 * every member it names is reached, by their preference, with the editor's token.
 */
final class TenantServiceStub {

	private static final TenantServiceStub INSTANCE = new TenantServiceStub();

	private final HttpServer server;

	private final List<String> members = new CopyOnWriteArrayList<>();

	private final List<String> authorizations = new CopyOnWriteArrayList<>();

	private final AtomicInteger status = new AtomicInteger(200);

	private TenantServiceStub() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.createContext("/api/tenants/kent/members/addresses", exchange -> {
			authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
			StringBuilder json = new StringBuilder("[");
			for (String member : members) {
				json.append(json.length() > 1 ? "," : "")
					.append("{\"username\":\"")
					.append(member, 0, member.indexOf('@'))
					.append("\",\"email\":\"")
					.append(member)
					.append("\"}");
			}
			byte[] body = json.append(']').toString().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(status.get(), body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.start();
	}

	static TenantServiceStub get() {
		return INSTANCE;
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** Kent's members from now on, by e-mail address. */
	void members(List<String> addresses) {
		members.clear();
		members.addAll(addresses);
		status.set(200);
	}

	/** Answers every read with this status from now on. */
	void failWith(int code) {
		status.set(code);
	}

	List<String> authorizations() {
		return List.copyOf(authorizations);
	}

}
