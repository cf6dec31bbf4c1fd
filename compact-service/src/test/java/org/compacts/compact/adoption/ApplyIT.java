package org.compacts.compact.adoption;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.compacts.compact.versioning.CodeOfPracticeContent;
import org.compacts.contracts.sync.ApplyCommand;
import org.compacts.contracts.sync.ApplyOutcome;
import org.compacts.contracts.sync.ApplyOutcome.Result;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.compact.adoption.SyncTopics.outcomeOf;
import static org.compacts.compact.adoption.SyncTopics.values;

/**
 * Apply commands from the real broker reach the district they name and no other: the
 * first creates and publishes the district's copy, a repeat changes nothing, a newer
 * version fast-forwards; every command is answered on compacts.apply-outcomes, keyed by
 * the district.
 */
class ApplyIT extends ApplyingOnTheRealBroker {

	@Test
	void aCommandForSwaleCreatesAndPublishesItsCopyAndARepeatChangesNothing() {
		ApplyCommand v1 = SyncTopics.command("swale", "kent", kentItem, "CODE", 1, "ADAPTABLE", Codes.volunteering());

		SyncTopics.send(v1);
		ConsumerRecord<String, Object> applied = outcomes.await(outcomeOf("swale", kentItem), 1).get(0);

		assertThat(applied.key()).isEqualTo("swale");
		ApplyOutcome outcome = (ApplyOutcome) applied.value();
		assertThat(outcome.result()).isEqualTo(Result.APPLIED);
		assertThat(outcome.version()).isEqualTo(1);
		assertThat(outcome.sourceTenant()).isEqualTo("kent");
		UUID copy = copyOf("swale", kentItem);
		JsonNode item = api.get("/api/t/swale/codes/" + copy, null).json();
		assertThat(item.path("status").asString()).isEqualTo("PUBLISHED");
		assertThat(item.path("mode").asString()).isEqualTo("ADAPTABLE");
		assertThat(item.path("content").path("aim").asString()).isEqualTo(Codes.volunteering().aim());
		assertThat(item.path("adoptedFrom").path("tenant").asString()).isEqualTo("kent");
		assertThat(item.path("adoptedFrom").path("itemId").asString()).isEqualTo(kentItem.toString());
		assertThat(item.path("adoptedFrom").path("version").asInt()).isEqualTo(1);
		assertThat(api.query("swale",
				"SELECT DISTINCT changed_by FROM item_status_change c "
						+ "JOIN item_version v ON v.id = c.version_id WHERE v.item_id = ?",
				copy))
			.extracting(row -> row.get("changed_by"))
			.containsExactly("sync:kent");

		SyncTopics.send(SyncTopics.forDistrict(v1, "swale"));
		List<ApplyOutcome> answers = values(outcomes.await(outcomeOf("swale", kentItem), 2));

		assertThat(answers).extracting(ApplyOutcome::result).containsExactly(Result.APPLIED, Result.ALREADY_APPLIED);
		assertThat(api.get("/api/t/swale/codes/" + copy + "/versions", "sam.editor").json()).hasSize(1);
		assertThat(api.query("swale", "SELECT count(*) AS n FROM adoption WHERE source_item_id = ?", kentItem))
			.extracting(row -> row.get("n"))
			.containsExactly(1L);
	}

	@Test
	void aNewerVersionFastForwardsAnUnamendedCopy() {
		ApplyCommand v1 = SyncTopics.command("swale", "kent", kentItem, "CODE", 1, "CORE", Codes.volunteering());
		CodeOfPracticeContent changed = Codes.withAim(Codes.volunteering(), "Volunteering is valued across Kent.");
		SyncTopics.send(v1);
		SyncTopics.send(SyncTopics.command("swale", "kent", kentItem, "CODE", 2, "CORE", changed));

		List<ApplyOutcome> answers = values(outcomes.await(outcomeOf("swale", kentItem), 2));

		assertThat(answers).extracting(ApplyOutcome::result).containsExactly(Result.APPLIED, Result.APPLIED);
		assertThat(answers).extracting(ApplyOutcome::version).containsExactly(1, 2);
		UUID copy = copyOf("swale", kentItem);
		JsonNode versions = api.get("/api/t/swale/codes/" + copy + "/versions", "sam.editor").json();
		assertThat(versions).hasSize(2);
		assertThat(versions.get(0).path("status").asString()).isEqualTo("SUPERSEDED");
		assertThat(versions.get(1).path("status").asString()).isEqualTo("PUBLISHED");
		assertThat(versions.get(1).path("content").path("aim").asString())
			.isEqualTo("Volunteering is valued across Kent.");
		assertThat(api.get("/api/t/swale/codes", null).json())
			.filteredOn(item -> item.path("id").asString().equals(copy.toString()))
			.singleElement()
			.satisfies(item -> assertThat(item.path("adoptedFrom").path("version").asInt()).isEqualTo(2));
		// A copy is not announced again: sync-service reaches every compact below Kent
		// itself, and a copy
		// announced by Swale would reach them twice. No publication of it was ever
		// recorded.
		assertThat(jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?",
				Integer.class, "%" + copy + "%"))
			.isZero();
	}

	@Test
	void aCommandForCanterburyNeverTouchesSwaleOrHounslow() {
		List<Map<String, Object>> swaleItems = api.snapshot("shared_item", "swale");
		List<Map<String, Object>> swaleAdoptions = adoptions("swale");
		List<Map<String, Object>> hounslowItems = api.snapshot("shared_item", "hounslow");

		SyncTopics.send(SyncTopics.command("canterbury", "kent", kentItem, "CODE", 1, "CORE", Codes.volunteering()));
		ApplyOutcome answer = values(outcomes.await(outcomeOf("canterbury", kentItem), 1)).get(0);

		assertThat(answer.result()).isEqualTo(Result.APPLIED);
		assertThat(api.get("/api/t/canterbury/codes/" + copyOf("canterbury", kentItem), null).status()).isEqualTo(200);
		assertThat(api.get("/api/t/swale/codes/" + copyOf("canterbury", kentItem), "sam.editor").status())
			.isEqualTo(404);
		assertThat(api.query("swale", "SELECT * FROM adoption WHERE source_item_id = ?", kentItem)).isEmpty();
		assertThat(api.snapshot("shared_item", "swale")).isEqualTo(swaleItems);
		assertThat(adoptions("swale")).isEqualTo(swaleAdoptions);
		assertThat(api.snapshot("shared_item", "hounslow")).isEqualTo(hounslowItems);
	}

	@Test
	void anUpstreamRetirementRetiresAnUnamendedCopy() {
		ApplyCommand v1 = SyncTopics.command("swale", "kent", kentItem, "CODE", 1, "CORE", Codes.volunteering());
		SyncTopics.send(v1);
		SyncTopics.send(SyncTopics.retirement(v1));

		List<ApplyOutcome> answers = values(outcomes.await(outcomeOf("swale", kentItem), 2));

		assertThat(answers).extracting(ApplyOutcome::result).containsExactly(Result.APPLIED, Result.APPLIED);
		JsonNode versions = api.get("/api/t/swale/codes/" + copyOf("swale", kentItem) + "/versions", "sam.editor")
			.json();
		assertThat(versions).hasSize(1);
		assertThat(versions.get(0).path("status").asString()).isEqualTo("RETIRED");
	}

	@Test
	void anUpstreamRetirementWithdrawsADraftThatAmendsNothingThenRetiresTheCopy() {
		ApplyCommand v1 = SyncTopics.command("swale", "kent", kentItem, "CODE", 1, "ADAPTABLE", Codes.volunteering());
		SyncTopics.send(v1);
		outcomes.await(outcomeOf("swale", kentItem), 1);
		UUID copy = copyOf("swale", kentItem);
		assertThat(api.put("/api/t/swale/codes/" + copy, "sam.editor", MergeIT.body(Codes.volunteering(), 1)).status())
			.isEqualTo(200);

		SyncTopics.send(SyncTopics.retirement(v1));

		assertThat(values(outcomes.await(outcomeOf("swale", kentItem), 2)).get(1).result()).isEqualTo(Result.APPLIED);
		JsonNode versions = api.get("/api/t/swale/codes/" + copy + "/versions", "sam.editor").json();
		assertThat(versions).extracting(version -> version.path("status").asString())
			.containsExactly("RETIRED", "WITHDRAWN");
	}

	private UUID copyOf(String district, UUID source) {
		return (UUID) api.query(district, "SELECT item_id FROM adoption WHERE source_item_id = ?", source)
			.get(0)
			.get("item_id");
	}

	/**
	 * The tenant's adoption rows, every column, the conflicting fields as text (an array
	 * compares by identity).
	 */
	private List<Map<String, Object>> adoptions(String tenant) {
		return api.query(tenant, "SELECT *, conflict_fields::text AS fields FROM adoption ORDER BY item_id")
			.stream()
			.peek(row -> row.remove("conflict_fields"))
			.toList();
	}

}
