package org.compacts.compact.adoption;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.compacts.compact.Api;
import org.compacts.compact.versioning.PrincipleContent;
import org.compacts.contracts.sync.ApplyOutcome;
import org.compacts.contracts.sync.ApplyOutcome.Result;
import org.compacts.testkit.RealServers;
import org.compacts.testkit.TestKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.compact.adoption.SyncTopics.outcomeOf;
import static org.compacts.compact.adoption.SyncTopics.values;

/**
 * Who may read and resolve a conflict, and what a resolution refuses: another compact's
 * item is not found, another compact's editor is forbidden, the anonymous are asked to
 * sign in; a resolution that is not one of the three, or an edit without valid content,
 * is refused naming the field, and changes nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class ConflictAccessIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	Api api;

	TestKafka.Reader<Object> outcomes;

	UUID kentItem = UUID.randomUUID();

	UUID copy;

	String conflict;

	@BeforeEach
	void swaleHasAConflictOnTheAim() {
		api = new Api(port, jdbc, transactions);
		outcomes = SyncTopics.outcomes();
		SyncTopics.send(SyncTopics.command("swale", "kent", kentItem, "CODE", 1, "ADAPTABLE", Codes.volunteering()));
		outcomes.await(outcomeOf("swale", kentItem), 1);
		copy = (UUID) api.query("swale", "SELECT item_id FROM adoption WHERE source_item_id = ?", kentItem)
			.get(0)
			.get("item_id");
		assertThat(api
			.put("/api/t/swale/codes/" + copy, "sam.editor",
					MergeIT.body(Codes.withAim(Codes.volunteering(), MergeIT.SWALE_AIM), 1))
			.status()).isEqualTo(200);
		SyncTopics.send(SyncTopics.command("swale", "kent", kentItem, "CODE", 2, "ADAPTABLE",
				Codes.withAim(Codes.volunteering(), MergeIT.KENT_AIM)));
		assertThat(values(outcomes.await(outcomeOf("swale", kentItem), 2)).get(1).result()).isEqualTo(Result.CONFLICT);
		conflict = "/api/t/swale/codes/" + copy + "/conflict";
	}

	@AfterEach
	void close() {
		outcomes.close();
	}

	@Test
	void aMemberReadsTheConflictOfADraftAmendment() {
		Api.Answer answer = api.get(conflict, "sam.editor");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().path("local").path("aim").asString()).isEqualTo(MergeIT.SWALE_AIM);
	}

	@Test
	void anotherCompactsItemIsNotFoundThere() {
		String there = "/api/t/canterbury/codes/" + copy + "/conflict";
		Tables before = tables();

		assertThat(api.get(there, "chris.canterbury").status()).isEqualTo(404);
		assertThat(api.post(there + "/resolution", "chris.canterbury", Map.of("take", "UPSTREAM")).status())
			.isEqualTo(404);
		assertThat(api.get("/api/t/swale/principles/" + copy + "/conflict", "sam.editor").status()).isEqualTo(404);
		assertThat(api.get(conflict, "sam.editor").status()).isEqualTo(200);
		assertThat(tables()).isEqualTo(before);
	}

	@Test
	void anotherCompactsEditorIsForbiddenAndTheAnonymousMustSignIn() {
		Tables before = tables();

		assertThat(api.get(conflict, "chris.canterbury").status()).isEqualTo(403);
		assertThat(api.post(conflict + "/resolution", "chris.canterbury", Map.of("take", "UPSTREAM")).status())
			.isEqualTo(403);
		assertThat(api.get("/api/t/canterbury/codes/" + copy + "/conflict", "sam.editor").status()).isEqualTo(403);
		assertThat(api
			.post("/api/t/canterbury/codes/" + copy + "/conflict/resolution", "sam.editor", Map.of("take", "UPSTREAM"))
			.status()).isEqualTo(403);
		assertThat(api.get(conflict, null).status()).isEqualTo(401);
		assertThat(api.post(conflict + "/resolution", null, Map.of("take", "UPSTREAM")).status()).isEqualTo(401);
		assertThat(tables()).isEqualTo(before);
	}

	@Test
	void aResolutionThatIsNotOneOfTheThreeOrAnEditWithoutValidContentChangesNothing() {
		List<Map<String, Object>> versions = api.snapshot("item_version", "swale");
		List<Map<String, Object>> adoptions = adoptions("swale");
		String resolution = conflict + "/resolution";

		Api.Answer unknown = api.post(resolution, "sam.editor", Map.of("take", "BOTH"));
		Api.Answer none = api.post(resolution, "sam.editor", Map.of());
		Api.Answer noContent = api.post(resolution, "sam.editor", Map.of("take", "EDIT"));
		Map<String, Object> blankAim = MergeIT.body(Codes.withAim(Codes.volunteering(), " "), null);
		Api.Answer invalid = api.post(resolution, "sam.editor", Map.of("take", "EDIT", "content", blankAim));
		Api.Answer notAnObject = api.post(resolution, "sam.editor", Map.of("take", "EDIT", "content", "the aim"));
		Api.Answer contentUnasked = api.post(resolution, "sam.editor",
				Map.of("take", "UPSTREAM", "content", MergeIT.body(Codes.volunteering(), null)));

		assertThat(List.of(unknown, none, noContent, invalid, notAnObject, contentUnasked)).allSatisfy(answer -> {
			assertThat(answer.status()).as(answer.text()).isEqualTo(400);
			assertThat(answer.isProblem()).isTrue();
		});
		assertThat(unknown.namesField("take")).as(unknown.text()).isTrue();
		assertThat(none.namesField("take")).as(none.text()).isTrue();
		assertThat(noContent.namesField("content")).as(noContent.text()).isTrue();
		assertThat(invalid.namesField("content.aim")).as(invalid.text()).isTrue();
		assertThat(notAnObject.namesField("content")).as(notAnObject.text()).isTrue();
		assertThat(contentUnasked.namesField("content")).as(contentUnasked.text()).isTrue();
		assertThat(api.snapshot("item_version", "swale")).isEqualTo(versions);
		assertThat(adoptions("swale")).isEqualTo(adoptions);
		assertThat(api.get(conflict, "sam.editor").status()).isEqualTo(200);
	}

	@Test
	void aCopyKentMadeCoreKeepsNoLocalAmendment() {
		UUID coreItem = UUID.randomUUID();
		SyncTopics.send(SyncTopics.command("swale", "kent", coreItem, "PRINCIPLE", 1, "ADAPTABLE",
				new PrincipleContent("Openness", "We will be open.")));
		outcomes.await(outcomeOf("swale", coreItem), 1);
		UUID principle = (UUID) api.query("swale", "SELECT item_id FROM adoption WHERE source_item_id = ?", coreItem)
			.get(0)
			.get("item_id");
		assertThat(api
			.put("/api/t/swale/principles/" + principle, "sam.editor", Map.of("title", "Openness", "text",
					"We will be open with Swale's partners.", "mode", "ADAPTABLE", "startedFrom", 1))
			.status()).isEqualTo(200);
		SyncTopics.send(SyncTopics.command("swale", "kent", coreItem, "PRINCIPLE", 2, "CORE",
				new PrincipleContent("Openness and Honesty", "We will be open.")));
		List<ApplyOutcome> answers = values(outcomes.await(outcomeOf("swale", coreItem), 2));
		assertThat(answers.get(1).result()).isEqualTo(Result.CONFLICT);
		String resolution = "/api/t/swale/principles/" + principle + "/conflict/resolution";

		Tables beforeLocal = tables();
		Api.Answer local = api.post(resolution, "sam.editor", Map.of("take", "LOCAL"));
		Tables afterLocal = tables();
		Api.Answer upstream = api.post(resolution, "sam.editor", Map.of("take", "UPSTREAM"));

		assertThat(local.status()).isEqualTo(409);
		assertThat(local.namesField("take")).isTrue();
		assertThat(afterLocal).isEqualTo(beforeLocal);
		assertThat(upstream.status()).isEqualTo(200);
		assertThat(values(outcomes.await(outcomeOf("swale", coreItem), 3)).get(2).result()).isEqualTo(Result.APPLIED);
		assertThat(
				api.get("/api/t/swale/principles/" + principle, null).json().path("content").path("title").asString())
			.isEqualTo("Openness and Honesty");
		Tables beforeAmending = tables();
		assertThat(api
			.put("/api/t/swale/principles/" + principle, "sam.editor",
					Map.of("title", "Openness", "text", "Ours.", "mode", "ADAPTABLE", "startedFrom", 3))
			.status()).isEqualTo(409);
		assertThat(tables()).isEqualTo(beforeAmending);
	}

	/** What a refusal must leave as it was, in Swale and in Canterbury. */
	record Tables(List<Map<String, Object>> swaleItems, List<Map<String, Object>> swaleVersions,
			List<Map<String, Object>> swaleAdoptions, List<Map<String, Object>> canterburyItems,
			List<Map<String, Object>> canterburyVersions, List<Map<String, Object>> canterburyAdoptions) {
	}

	private Tables tables() {
		return new Tables(api.snapshot("shared_item", "swale"), api.snapshot("item_version", "swale"),
				adoptions("swale"), api.snapshot("shared_item", "canterbury"),
				api.snapshot("item_version", "canterbury"), adoptions("canterbury"));
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
