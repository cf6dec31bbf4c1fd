package org.compacts.e2e;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Federation sync across real crashes on the whole platform: Kent publishes a new version
 * of a code; while it fans out to its districts, sync-service (the consumer of the
 * publication) is killed with SIGKILL and restarted, and then compact-service (which
 * applies it in each district). Every follower ends with exactly the new version, applied
 * once: one new version in its copy's history, nothing lost; and no compact outside
 * Kent's followers receives it.
 */
@Order(50)
class SyncCrashIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> EXTRA_DISTRICTS = IntStream.rangeClosed(1, 20)
		.mapToObj(i -> "kent-crash-%02d".formatted(i))
		.toList();

	private static RestClient service(String name) {
		return RestClient.create(E2ePlatform.stack().options().url(name));
	}

	private static JsonNode get(String service, String path, String user) {
		return JSON.readTree(service(service).get()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + E2ePlatform.tokens().accessToken(user))
			.retrieve()
			.body(String.class));
	}

	@Test
	void everyFollowerEndsWithTheNewVersionOnceAfterTheConsumerAndThenCompactServiceCrash() {
		for (String district : EXTRA_DISTRICTS) {
			service("tenant-service").post()
				.uri("/api/tenants")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + E2ePlatform.tokens().accessToken("pat.platform"))
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("slug", district, "name", "Crash test district " + district, "level", "DISTRICT",
						"parentSlug", "kent", "adoption", "ADOPTS_PARENT_CORE"))
				.retrieve()
				.toBodilessEntity();
		}
		// a Kent district that keeps its own compact: nothing of Kent's may reach it
		service("tenant-service").post()
			.uri("/api/tenants")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + E2ePlatform.tokens().accessToken("pat.platform"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("slug", "kent-keeps-own", "name", "A Kent district keeping its own compact", "level",
					"DISTRICT", "parentSlug", "kent", "adoption", "KEEPS_OWN"))
			.retrieve()
			.toBodilessEntity();
		List<String> followers = new java.util.ArrayList<>(EXTRA_DISTRICTS);
		followers.addAll(List.of("swale", "canterbury"));
		JsonNode consultation = get("compact-service", "/api/t/kent/codes", "kim.admin").valueStream()
			.filter(code -> code.path("content").path("title").asString().equals("Consultation"))
			.findFirst()
			.orElseThrow();
		String kentItem = consultation.path("id").asString();
		int current = consultation.path("publishedVersion").asInt();
		await().atMost(Duration.ofMinutes(5))
			.until(() -> followers.stream().allMatch(d -> holds(d, kentItem, current)));
		Map<String, Integer> historyBefore = new HashMap<>();
		followers.forEach(district -> historyBefore.put(district, historyOfCopy(district, kentItem).size()));

		int published = publishNewAim(consultation, "Consultation that is early, open and answered.");
		E2ePlatform.stack().crash("sync-service");
		E2ePlatform.stack().restart("sync-service");
		E2ePlatform.stack().crash("compact-service");
		E2ePlatform.stack().restart("compact-service");

		await().atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> followers.stream().allMatch(district -> holds(district, kentItem, published)));
		for (String district : followers) {
			List<JsonNode> history = historyOfCopy(district, kentItem);
			assertThat(history).as(district).hasSize(historyBefore.get(district) + 1);
			assertThat(history.get(history.size() - 1).path("content").path("aim").asString()).as(district)
				.isEqualTo("Consultation that is early, open and answered.");
		}
		// standalone Hounslow, Derbyshire's district and the Kent district keeping its
		// own got nothing
		for (String outsider : List.of("hounslow", "south-derbyshire", "kent-keeps-own")) {
			assertThat(copyOf(outsider, kentItem)).as(outsider).isEmpty();
		}
		JsonNode view = get("sync-service", "/api/t/kent/sync/followers", "kim.admin");
		assertThat(view.path("followers")
			.valueStream()
			.filter(follower -> followers.contains(follower.path("tenant").asString()))
			.flatMap(follower -> follower.path("items").valueStream())
			.filter(item -> item.path("itemId").asString().equals(kentItem))
			.map(item -> item.path("state").asString() + " v" + item.path("appliedVersion").asInt()))
			.hasSize(followers.size())
			.containsOnly("IN_SYNC v" + published);
	}

	/** The district's copy of Kent's item is at the given upstream version. */
	private static boolean holds(String district, String kentItem, int version) {
		return copyOf(district, kentItem).map(copy -> copy.path("adoptedFrom").path("version").asInt() == version)
			.orElse(false);
	}

	private static java.util.Optional<JsonNode> copyOf(String district, String kentItem) {
		return get("compact-service", "/api/t/" + district + "/codes", "pat.platform").valueStream()
			.filter(code -> code.path("adoptedFrom").path("itemId").asString().equals(kentItem))
			.findFirst();
	}

	private static List<JsonNode> historyOfCopy(String district, String kentItem) {
		String copy = copyOf(district, kentItem).orElseThrow().path("id").asString();
		return get("compact-service", "/api/t/" + district + "/codes/" + copy + "/versions", "pat.platform")
			.valueStream()
			.toList();
	}

	private static int publishNewAim(JsonNode code, String aim) {
		String kim = "Bearer " + E2ePlatform.tokens().accessToken("kim.admin");
		ObjectNode edit = (ObjectNode) code.path("content").deepCopy();
		edit.put("aim", aim);
		edit.put("mode", code.path("mode").asString());
		edit.put("startedFrom", code.path("latestVersion").asInt());
		JsonNode draft = JSON.readTree(service("compact-service").put()
			.uri("/api/t/kent/codes/{id}", code.path("id").asString())
			.header(HttpHeaders.AUTHORIZATION, kim)
			.contentType(MediaType.APPLICATION_JSON)
			.body(JSON.writeValueAsString(edit))
			.retrieve()
			.body(String.class));
		int version = draft.path("version").asInt();
		service("compact-service").post()
			.uri("/api/t/kent/codes/{id}/versions/{n}/publication", code.path("id").asString(), version)
			.header(HttpHeaders.AUTHORIZATION, kim)
			.retrieve()
			.toBodilessEntity();
		return version;
	}

}
