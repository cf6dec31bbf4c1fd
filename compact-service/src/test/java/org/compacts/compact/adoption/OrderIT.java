package org.compacts.compact.adoption;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.compacts.compact.Api.Answer;
import org.compacts.contracts.Topics;
import org.compacts.contracts.sync.ApplyCommand;
import org.compacts.contracts.sync.ApplyOutcome;
import org.compacts.contracts.sync.ApplyOutcome.Result;
import org.compacts.contracts.sync.SharedItemPublished;
import org.compacts.contracts.sync.SyncEvent;
import org.compacts.testkit.TestKafka;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.compact.adoption.SyncTopics.outcomeOf;
import static org.compacts.compact.adoption.SyncTopics.values;

/**
 * The county's order holds: Kent publishes principles through its API, the test plays
 * sync-service (it reads what Kent published on compacts.shared-items and sends Swale and
 * Canterbury the apply commands sync-service would make of it, in whatever order), and
 * the districts' copies stand in Kent's order; a reordering at Kent flows down; a
 * district's own item stays where its editor put it.
 */
class OrderIT extends ApplyingOnTheRealBroker {

	@Test
	void kentsOrderComesDownWhateverOrderTheCommandsArriveIn() {
		UUID a = kentPrinciple("Openness"), b = kentPrinciple("Respect"), c = kentPrinciple("Fairness");
		// published in another order than they stand in: the order is Kent's reading
		// order
		publish(c);
		publish(b);
		publish(a);
		Map<UUID, SharedItemPublished> published = latestPublished(Map.of(a, 1, b, 1, c, 1));
		assertThat(published.get(a).position()).isLessThan(published.get(b).position());
		assertThat(published.get(b).position()).isLessThan(published.get(c).position());

		apply("swale", published, c, a, b);
		apply("canterbury", published, b, c, a);

		assertThat(copiesInOrder("swale", "sam.editor", a, b, c)).containsExactly(a, b, c);
		assertThat(copiesInOrder("canterbury", "chris.canterbury", a, b, c)).containsExactly(a, b, c);
		// asked again: the same order, not whichever the database happens to answer
		assertThat(copiesInOrder("swale", null, a, b, c)).containsExactly(a, b, c);
		assertThat(copiesInOrder("canterbury", null, a, b, c)).containsExactly(a, b, c);
	}

	@Test
	void aReorderAtKentFlowsDownAndSwalesOwnItemKeepsItsPlace() {
		UUID a = kentPrinciple("Openness"), b = kentPrinciple("Respect"), c = kentPrinciple("Fairness");
		Arrays.asList(a, b, c).forEach(this::publish);
		apply("swale", latestPublished(Map.of(a, 1, b, 1, c, 1)), a, b, c);
		// Swale's own principle, put right after its copy of A
		String own = api.post("/api/t/swale/principles", "sam.editor", principle("Swale's own " + UUID.randomUUID()))
			.json()
			.path("id")
			.asString();
		List<String> swale = new ArrayList<>(ids("swale", "sam.editor"));
		swale.remove(own);
		swale.add(swale.indexOf(copyOf("swale", a).toString()) + 1, own);
		assertThat(api.put("/api/t/swale/principles/order", "sam.editor", Map.of("ids", swale)).status())
			.isEqualTo(200);

		List<String> kent = new ArrayList<>(ids("kent", "kim.admin"));
		kent.removeAll(List.of(a.toString(), b.toString(), c.toString()));
		kent.addAll(List.of(c.toString(), a.toString(), b.toString()));
		Answer reordered = api.put("/api/t/kent/principles/order", "kim.admin", Map.of("ids", kent));

		assertThat(reordered.status()).as(reordered.text()).isEqualTo(200);
		assertThat(reordered.json()).extracting(item -> item.path("id").asString()).containsExactlyElementsOf(kent);
		assertThat(ids("kent", "kim.admin")).containsExactlyElementsOf(kent);
		// announced again: the same version, at its new position
		Map<UUID, SharedItemPublished> moved = latestPublished(Map.of(a, 2, b, 2, c, 2));
		assertThat(moved.values()).extracting(SharedItemPublished::version).containsOnly(1);
		assertThat(moved.get(c).position()).isLessThan(moved.get(a).position());
		assertThat(moved.get(a).position()).isLessThan(moved.get(b).position());

		List<ApplyOutcome> answers = apply("swale", moved, a, b, c);

		assertThat(answers).extracting(ApplyOutcome::result).containsOnly(Result.ALREADY_APPLIED);
		assertThat(copiesInOrder("swale", "sam.editor", a, b, c)).containsExactly(c, a, b);
		List<String> after = ids("swale", "sam.editor");
		assertThat(after.get(after.indexOf(copyOf("swale", a).toString()) + 1)).isEqualTo(own);
		assertThat(api.get("/api/t/swale/principles/" + copyOf("swale", c) + "/versions", "sam.editor").json())
			.hasSize(1);
	}

	@Test
	void aBadReorderIsRefusedNamingTheFieldAndChangesNothing() {
		kentPrinciple("Openness");
		List<String> kent = ids("kent", "kim.admin");
		List<Map<String, Object>> before = api.snapshot("shared_item", "kent");

		List<String> unknown = new ArrayList<>(kent);
		unknown.add(UUID.randomUUID().toString());
		refusedNaming(api.put("/api/t/kent/principles/order", "kim.admin", Map.of("ids", unknown)),
				"ids[" + kent.size() + "]");
		refusedNaming(api.put("/api/t/kent/principles/order", "kim.admin", Map.of("ids", kent.subList(1, kent.size()))),
				"ids");
		List<String> twice = new ArrayList<>(kent);
		twice.add(kent.get(0));
		refusedNaming(api.put("/api/t/kent/principles/order", "kim.admin", Map.of("ids", twice)),
				"ids[" + kent.size() + "]");
		refusedNaming(api.put("/api/t/kent/principles/order", "kim.admin", Map.of()), "ids");
		// principles are not codes
		refusedNaming(api.put("/api/t/kent/codes/order", "kim.admin", Map.of("ids", kent)), "ids[0]");

		assertThat(api.snapshot("shared_item", "kent")).isEqualTo(before);
	}

	@Test
	void swaleCannotPutKentsCopiesOutOfKentsOrder() {
		UUID first = UUID.randomUUID(), second = UUID.randomUUID();
		SyncTopics.send(SyncTopics.command("swale", "kent", first, "CODE", 1, "CORE", Codes.volunteering(), 1));
		SyncTopics.send(SyncTopics.command("swale", "kent", second, "CODE", 1, "CORE", Codes.volunteering(), 2));
		outcomes.await(outcomeOf("swale", second), 1);
		outcomes.await(outcomeOf("swale", first), 1);
		List<String> swale = new ArrayList<>(api.get("/api/t/swale/codes", "sam.editor")
			.json()
			.valueStream()
			.map(i -> i.path("id").asString())
			.toList());
		String copyOfFirst = copyOf("swale", first).toString(), copyOfSecond = copyOf("swale", second).toString();
		assertThat(swale.indexOf(copyOfFirst)).isLessThan(swale.indexOf(copyOfSecond));
		List<Map<String, Object>> before = api.snapshot("shared_item", "swale");

		swale.remove(copyOfFirst);
		swale.add(swale.indexOf(copyOfSecond) + 1, copyOfFirst);
		refusedNaming(api.put("/api/t/swale/codes/order", "sam.editor", Map.of("ids", swale)), "ids");

		assertThat(api.snapshot("shared_item", "swale")).isEqualTo(before);
	}

	@Test
	void noTenantReordersAnothersItems() {
		kentPrinciple("Openness");
		List<String> kent = ids("kent", "kim.admin");
		List<String> swale = ids("swale", "sam.editor");
		List<Map<String, Object>> kentBefore = api.snapshot("shared_item", "kent");
		List<Map<String, Object>> swaleBefore = api.snapshot("shared_item", "swale");

		// Swale's editor is no editor of Kent's
		assertThat(api.put("/api/t/kent/principles/order", "sam.editor", Map.of("ids", kent)).status()).isEqualTo(403);
		assertThat(api.put("/api/t/kent/principles/order", null, Map.of("ids", kent)).status()).isEqualTo(401);
		// Kent's editor cannot reach Swale's items through Kent's compact: they are
		// unknown
		// there
		if (!swale.isEmpty()) {
			refusedNaming(api.put("/api/t/kent/principles/order", "kim.admin", Map.of("ids", swale)), "ids[0]");
		}
		assertThat(api.put("/api/t/swale/principles/order", "kim.admin", Map.of("ids", swale)).status()).isEqualTo(403);

		assertThat(api.snapshot("shared_item", "kent")).isEqualTo(kentBefore);
		assertThat(api.snapshot("shared_item", "swale")).isEqualTo(swaleBefore);
	}

	private UUID kentPrinciple(String title) {
		return UUID
			.fromString(api.post("/api/t/kent/principles", "kim.admin", principle(title + " " + UUID.randomUUID()))
				.json()
				.path("id")
				.asString());
	}

	private void publish(UUID kentItem) {
		assertThat(
				api.post("/api/t/kent/principles/" + kentItem + "/versions/1/publication", "kim.admin", null).status())
			.isEqualTo(200);
	}

	private static Map<String, Object> principle(String title) {
		return Map.of("title", title, "text", "We will hold to " + title + ".", "mode", "CORE");
	}

	/**
	 * What Kent published about each item, the latest of the given number of records per
	 * item, read from compacts.shared-items as sync-service reads it.
	 */
	private Map<UUID, SharedItemPublished> latestPublished(Map<UUID, Integer> records) {
		Map<UUID, SharedItemPublished> latest = new LinkedHashMap<>();
		try (TestKafka.Reader<Object> topic = TestKafka.json(Topics.SHARED_ITEMS, SyncEvent.class.getPackageName())) {
			records.forEach((item, count) -> {
				List<ConsumerRecord<String, Object>> found = topic
					.await(record -> record.value() instanceof SharedItemPublished published
							&& published.itemId().equals(item), count);
				assertThat(found).hasSize(count);
				latest.put(item, (SharedItemPublished) found.get(found.size() - 1).value());
			});
		}
		return latest;
	}

	/**
	 * Sends the district the commands sync-service makes of Kent's records, in the order
	 * given, and answers the outcomes.
	 */
	private List<ApplyOutcome> apply(String district, Map<UUID, SharedItemPublished> published, UUID... order) {
		Map<UUID, Integer> before = new LinkedHashMap<>();
		for (UUID item : order) {
			before.put(item, outcomes.readToEnd().stream().filter(outcomeOf(district, item)).toList().size());
		}
		for (UUID item : order) {
			SharedItemPublished record = published.get(item);
			SyncTopics.send(new ApplyCommand(UUID.randomUUID(), SyncEvent.SCHEMA_VERSION, district,
					record.sourceTenant(), record.itemId(), record.kind(), record.version(), record.mode(),
					record.retired(), record.content(), record.publishedAt(), record.position()));
		}
		List<ApplyOutcome> answers = new ArrayList<>();
		for (UUID item : order) {
			List<ApplyOutcome> all = values(outcomes.await(outcomeOf(district, item), before.get(item) + 1));
			answers.add(all.get(all.size() - 1));
		}
		return answers;
	}

	/**
	 * The district's copies of the given Kent items, as the Kent ids, in reading order.
	 */
	private List<UUID> copiesInOrder(String district, String reader, UUID... kentItems) {
		List<String> wanted = Arrays.stream(kentItems).map(UUID::toString).toList();
		return api.get("/api/t/" + district + "/principles", reader)
			.json()
			.valueStream()
			.map(item -> item.path("adoptedFrom").path("itemId").asString(""))
			.filter(wanted::contains)
			.map(UUID::fromString)
			.toList();
	}

	private List<String> ids(String tenant, String reader) {
		return api.get("/api/t/" + tenant + "/principles", reader)
			.json()
			.valueStream()
			.map(item -> item.path("id").asString())
			.toList();
	}

	private UUID copyOf(String district, UUID source) {
		return (UUID) api.query(district, "SELECT item_id FROM adoption WHERE source_item_id = ?", source)
			.get(0)
			.get("item_id");
	}

	private static void refusedNaming(Answer answer, String field) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(400);
		assertThat(answer.isProblem()).isTrue();
		assertThat(answer.namesField(field)).as(answer.text()).isTrue();
	}

}
