package org.compacts.compact.adoption;

import java.util.Map;
import java.util.UUID;

import org.compacts.compact.Api;
import org.compacts.contracts.sync.ApplyOutcome.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.compact.adoption.SyncTopics.outcomeOf;
import static org.compacts.compact.adoption.SyncTopics.values;

/**
 * A compact's list of the items whose conflict with upstream waits for its editors:
 * Canterbury amends the aim of its copy of a Kent code and Kent changes the aim too. The
 * list names that one item until it is resolved; another compact's members are refused it
 * and never find it in their own. (Canterbury, because no other test leaves a conflict
 * open there: the list is the whole compact's.)
 */
class ConflictListIT extends ApplyingOnTheRealBroker {

	static final String CONFLICTS = "/api/t/canterbury/conflicts";

	UUID copy;

	@BeforeEach
	void canterburyHasAConflictOnTheAim() {
		SyncTopics
			.send(SyncTopics.command("canterbury", "kent", kentItem, "CODE", 1, "ADAPTABLE", Codes.volunteering()));
		outcomes.await(outcomeOf("canterbury", kentItem), 1);
		copy = (UUID) api.query("canterbury", "SELECT item_id FROM adoption WHERE source_item_id = ?", kentItem)
			.get(0)
			.get("item_id");
		assertThat(api
			.put("/api/t/canterbury/codes/" + copy, "chris.canterbury",
					MergeIT.body(Codes.withAim(Codes.volunteering(), MergeIT.SWALE_AIM), 1))
			.status()).isEqualTo(200);
		SyncTopics.send(SyncTopics.command("canterbury", "kent", kentItem, "CODE", 2, "ADAPTABLE",
				Codes.withAim(Codes.volunteering(), MergeIT.KENT_AIM)));
		assertThat(values(outcomes.await(outcomeOf("canterbury", kentItem), 2)).get(1).result())
			.isEqualTo(Result.CONFLICT);
	}

	/** Leaves Canterbury without an open conflict, whatever a test did. */
	@AfterEach
	void resolveWhatIsLeft() {
		for (JsonNode open : api.get(CONFLICTS, "chris.canterbury").json()) {
			api.post("/api/t/canterbury/codes/" + open.path("itemId").asString() + "/conflict/resolution",
					"chris.canterbury", Map.of("take", "UPSTREAM"));
		}
	}

	@Test
	void aMemberSeesTheOneOpenConflictAndAnEmptyListOnceItIsResolved() {
		Api.Answer listed = api.get(CONFLICTS, "chris.canterbury");

		assertThat(listed.status()).as(listed.text()).isEqualTo(200);
		assertThat(listed.json()).hasSize(1);
		JsonNode conflict = listed.json().get(0);
		assertThat(conflict.path("itemId").asString()).isEqualTo(copy.toString());
		assertThat(conflict.path("kind").asString()).isEqualTo("CODE");
		assertThat(conflict.path("title").asString()).isEqualTo("Volunteering");
		assertThat(conflict.path("localVersion").asInt()).isEqualTo(2);
		assertThat(conflict.path("upstreamVersion").asInt()).isEqualTo(2);
		assertThat(conflict.path("sourceTenant").asString()).isEqualTo("kent");
		assertThat(conflict.path("fields")).hasSize(1);
		assertThat(conflict.path("fields").get(0).asString()).isEqualTo("aim");
		assertThat(conflict.path("since").asString()).isNotBlank();
		assertThat(api.get("/api/t/canterbury/codes/" + copy + "/conflict", "chris.canterbury")
			.json()
			.path("localVersion")
			.asInt()).isEqualTo(2);

		Api.Answer resolved = api.post("/api/t/canterbury/codes/" + copy + "/conflict/resolution", "chris.canterbury",
				Map.of("take", "LOCAL"));

		assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
		Api.Answer after = api.get(CONFLICTS, "chris.canterbury");
		assertThat(after.status()).isEqualTo(200);
		assertThat(after.json()).isEmpty();
	}

	@Test
	void anotherCompactsMemberIsRefusedTheListAndNeverFindsTheConflictInTheirOwn() {
		Api.Answer swaleEditor = api.get(CONFLICTS, "sam.editor");
		Api.Answer swaleChampion = api.get(CONFLICTS, "alex.champion");
		Api.Answer anonymous = api.get(CONFLICTS, null);
		Api.Answer theirOwn = api.get("/api/t/swale/conflicts", "sam.editor");

		assertThat(swaleEditor.status()).isEqualTo(403);
		assertThat(swaleEditor.text()).doesNotContain(copy.toString(), "Volunteering");
		assertThat(swaleChampion.status()).isEqualTo(403);
		assertThat(swaleChampion.text()).doesNotContain(copy.toString());
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(theirOwn.status()).isEqualTo(200);
		assertThat(theirOwn.text()).doesNotContain(copy.toString());
		assertThat(api.get(CONFLICTS, "chris.canterbury").text()).contains(copy.toString());
	}

}
