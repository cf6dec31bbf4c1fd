package org.compacts.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.compacts.devstack.DevstackOptions;
import org.compacts.devstack.RunningStack;
import org.compacts.testkit.RealmAdmin;
import org.compacts.testkit.TestTokens;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.FileSystemUtils;
import org.springframework.web.client.RestClient;

/**
 * The platform exactly as the README's run command starts it (the devstack), on free
 * ports and a fresh data folder, started once for the whole e2e run.
 */
final class E2ePlatform {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static RunningStack stack;

	private static TestTokens tokens;

	private E2ePlatform() {
	}

	static synchronized RunningStack stack() {
		if (stack == null) {
			Path data;
			try {
				data = Files.createTempDirectory("compacts-e2e");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			stack = RunningStack.start(DevstackOptions.onFreePorts(DevstackOptions.findProjectRoot(Path.of("")), data));
			RunningStack started = stack;
			// The folder holds an unpacked Keycloak and the databases (about 280 MB): a
			// run
			// leaves only its logs behind, for a failure to be read.
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				started.close();
				for (String made : new String[] { "keycloak-dist", "postgres", "kafka" }) {
					FileSystemUtils.deleteRecursively(data.resolve(made).toFile());
				}
			}, "e2e-platform-stop"));
			// The committed realm lists the embedded default's port 8080 only.
			realm().allowGatewayAt(gatewayUrl());
		}
		return stack;
	}

	/** What a browser opens. */
	static String gatewayUrl() {
		return "http://localhost:" + stack().options().port("gateway");
	}

	static RestClient gateway() {
		return RestClient.create(gatewayUrl());
	}

	static RealmAdmin realm() {
		return RealmAdmin.at(stack().keycloakUrl(), "admin", "admin");
	}

	static synchronized TestTokens tokens() {
		if (tokens == null) {
			tokens = TestTokens.from(realm());
		}
		return tokens;
	}

	/** An anonymous read of the API through the gateway, as JSON. */
	static JsonNode read(String path) {
		return JSON.readTree(gateway().get().uri(path).retrieve().body(String.class));
	}

	/**
	 * The id of the principle or code of that title in a list the API answered, if any.
	 */
	static @Nullable String itemId(JsonNode items, String title) {
		for (JsonNode item : items) {
			if (item.path("content").path("title").asString().equals(title)) {
				return item.path("id").asString();
			}
		}
		return null;
	}

}
