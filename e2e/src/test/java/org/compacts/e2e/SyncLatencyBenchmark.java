package org.compacts.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Publish → applied latency of federation sync on the whole platform, for 10, 100 and 400
 * districts following Kent. Not part of the test command (its name does not end in IT);
 * run it with {@code ./mvnw -pl e2e verify -Dit.test=SyncLatencyBenchmark} after
 * {@code ./mvnw -q package -DskipTests}. It asserts only that every district ends with
 * the new version; the figures it prints go to docs/benchmarks.md.
 */
class SyncLatencyBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static RestClient service(String name) {
		return RestClient.create(E2ePlatform.stack().options().url(name));
	}

	private static String bearer(String user) {
		return "Bearer " + E2ePlatform.tokens().accessToken(user);
	}

	@Test
	void publishToAppliedFor10And100And400Districts() {
		String platform = bearer("pat.platform");
		List<String> results = new ArrayList<>();
		int created = 0;
		for (int districts : List.of(10, 100, 400)) {
			for (int i = created + 1; i <= districts; i++) {
				service("tenant-service").post()
					.uri("/api/tenants")
					.header(HttpHeaders.AUTHORIZATION, platform)
					.contentType(MediaType.APPLICATION_JSON)
					.body(Map.of("slug", "kent-bench-%03d".formatted(i), "name", "Benchmark district " + i, "level",
							"DISTRICT", "parentSlug", "kent", "adoption", "ADOPTS_PARENT_CORE"))
					.retrieve()
					.toBodilessEntity();
			}
			created = districts;
			// the new districts catch up with Kent's items first; measure a publication
			// after that
			awaitBenchDistricts(districts, null);
			int version = publishANewVersionOfConsultation();
			List<JsonNode> applied = awaitBenchDistricts(districts, version);
			results.add(summary(districts, applied));
		}
		results.forEach(System.out::println);
	}

	private int publishANewVersionOfConsultation() {
		String kim = bearer("kim.admin");
		RestClient compacts = service("compact-service");
		JsonNode code = JSON
			.readTree(compacts.get()
				.uri("/api/t/kent/codes")
				.header(HttpHeaders.AUTHORIZATION, kim)
				.retrieve()
				.body(String.class))
			.valueStream()
			.filter(item -> item.path("content").path("title").asString().equals("Consultation"))
			.findFirst()
			.orElseThrow();
		var content = (tools.jackson.databind.node.ObjectNode) code.path("content").deepCopy();
		content.put("aim", content.path("aim").asString().replaceAll(" \\(revised \\d+\\)$", "") + " (revised "
				+ System.nanoTime() + ")");
		content.put("mode", code.path("mode").asString());
		content.put("startedFrom", code.path("latestVersion").asInt());
		JsonNode draft = JSON.readTree(compacts.put()
			.uri("/api/t/kent/codes/{id}", code.path("id").asString())
			.header(HttpHeaders.AUTHORIZATION, kim)
			.contentType(MediaType.APPLICATION_JSON)
			.body(JSON.writeValueAsString(content))
			.retrieve()
			.body(String.class));
		int version = draft.path("version").asInt();
		compacts.post()
			.uri("/api/t/kent/codes/{id}/versions/{n}/publication", code.path("id").asString(), version)
			.header(HttpHeaders.AUTHORIZATION, kim)
			.retrieve()
			.toBodilessEntity();
		return version;
	}

	/**
	 * Waits until every benchmark district holds the Consultation code (at the given
	 * version, or any when null) in sync, and answers their rows for it from Kent's view
	 * of its followers.
	 */
	private List<JsonNode> awaitBenchDistricts(int districts, Integer version) {
		List<JsonNode> rows = new ArrayList<>();
		await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500)).until(() -> {
			rows.clear();
			JsonNode view = JSON.readTree(service("sync-service").get()
				.uri("/api/t/kent/sync/followers")
				.header(HttpHeaders.AUTHORIZATION, bearer("kim.admin"))
				.retrieve()
				.body(String.class));
			for (JsonNode follower : view.path("followers")) {
				if (follower.path("tenant").asString().startsWith("kent-bench-")) {
					if (version == null) {
						// caught up: holds every item Kent publishes, all in sync
						List<JsonNode> items = follower.path("items").valueStream().toList();
						if (items.size() == kentsPublishedItems()
								&& items.stream().allMatch(item -> "IN_SYNC".equals(item.path("state").asString()))) {
							rows.add(follower);
						}
						continue;
					}
					follower.path("items")
						.valueStream()
						.filter(item -> "CODE".equals(item.path("kind").asString()))
						.filter(item -> "IN_SYNC".equals(item.path("state").asString()))
						.filter(item -> version == null || item.path("appliedVersion").asInt() == version)
						.filter(item -> version == null || item.path("upstreamVersion").asInt() == version)
						.max(Comparator.comparing(item -> item.path("publishedAt").asString()))
						.ifPresent(rows::add);
				}
			}
			return rows.size() == districts;
		});
		return rows;
	}

	private static int kentsPublishedItems() {
		RestClient compacts = service("compact-service");
		return List.of("principles", "codes")
			.stream()
			.mapToInt(kind -> JSON.readTree(compacts.get().uri("/api/t/kent/" + kind).retrieve().body(String.class))
				.size())
			.sum();
	}

	private static String summary(int districts, List<JsonNode> applied) {
		List<Duration> lags = applied.stream().map(row -> Duration.parse(row.path("lag").asString())).sorted().toList();
		Instant published = Instant.parse(applied.get(0).path("publishedAt").asString());
		Instant last = applied.stream()
			.map(row -> Instant.parse(row.path("appliedAt").asString()))
			.max(Instant::compareTo)
			.orElseThrow();
		assertThat(lags).hasSize(districts);
		double seconds = Duration.between(published, last).toMillis() / 1000.0;
		return "%d districts: publish -> applied p50 %d ms, p99 %d ms, max %d ms; %d applies in %.2f s = %.0f applies/s"
			.formatted(districts, percentile(lags, 50).toMillis(), percentile(lags, 99).toMillis(),
					lags.get(lags.size() - 1).toMillis(), districts, seconds, districts / Math.max(seconds, 0.001));
	}

	private static Duration percentile(List<Duration> sorted, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

}
