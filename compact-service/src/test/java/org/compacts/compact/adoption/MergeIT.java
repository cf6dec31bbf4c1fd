package org.compacts.compact.adoption;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.compacts.compact.Api;
import org.compacts.compact.versioning.CodeOfPracticeContent;
import org.compacts.compact.versioning.SubCode;
import org.compacts.contracts.sync.ApplyOutcome;
import org.compacts.contracts.sync.ApplyOutcome.Result;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.compact.adoption.SyncTopics.outcomeOf;
import static org.compacts.compact.adoption.SyncTopics.values;

/**
 * Swale amends its copy of an adaptable Kent code, and Kent publishes a new version:
 * changes to different fields are both kept; changes to the same field are a conflict
 * that a Swale editor resolves in one of three ways, after which the item is in sync
 * again. A core code is not amended at all.
 */
class MergeIT extends ApplyingOnTheRealBroker {

	static final String SWALE_AIM = "This code aims to grow volunteering in Swale's villages and towns.";

	static final String KENT_AIM = "This code aims to make volunteering open to everyone in Kent.";

	@Test
	void districtKeepsLocalAimWhenCountyChangesUndertakings() {
		UUID copy = adopted("ADAPTABLE");
		amend(copy, Codes.withAim(Codes.volunteering(), SWALE_AIM));

		Result result = kentPublishes(2,
				Codes.withVcsUndertakings(Codes.volunteering(), List.of("Recruit volunteers")));

		assertThat(result).isEqualTo(Result.MERGED);
		JsonNode item = api.get("/api/t/swale/codes/" + copy, "sam.editor").json();
		assertThat(item.path("status").asString()).isEqualTo("PUBLISHED");
		assertThat(item.path("version").asInt()).isEqualTo(3);
		assertThat(item.path("content").path("aim").asString()).isEqualTo(SWALE_AIM);
		assertThat(item.path("content").path("vcsUndertakings").get(0).asString()).isEqualTo("Recruit volunteers");
		assertThat(baseVersion(copy)).isEqualTo(2);
		assertThat(api.get("/api/t/swale/codes/" + copy + "/conflict", "sam.editor").status()).isEqualTo(404);
	}

	@Test
	void bothChangingTheAimIsAConflictThatLeavesTheLocalCopyAsItIs() {
		UUID copy = conflicted();

		JsonNode conflict = api.get("/api/t/swale/codes/" + copy + "/conflict", "sam.editor").json();

		assertThat(conflict.path("fields").get(0).asString()).isEqualTo("aim");
		assertThat(conflict.path("fields")).hasSize(1);
		assertThat(conflict.path("baseVersion").asInt()).isEqualTo(1);
		assertThat(conflict.path("upstreamVersion").asInt()).isEqualTo(2);
		assertThat(conflict.path("sourceTenant").asString()).isEqualTo("kent");
		assertThat(conflict.path("base").path("aim").asString()).isEqualTo(Codes.volunteering().aim());
		assertThat(conflict.path("local").path("aim").asString()).isEqualTo(SWALE_AIM);
		assertThat(conflict.path("upstream").path("aim").asString()).isEqualTo(KENT_AIM);
		JsonNode item = api.get("/api/t/swale/codes/" + copy, "sam.editor").json();
		assertThat(item.path("version").asInt()).isEqualTo(2);
		assertThat(item.path("content").path("aim").asString()).isEqualTo(SWALE_AIM);
		assertThat(baseVersion(copy)).isEqualTo(1);
	}

	@Test
	void aConflictResolvedByTakingUpstreamPublishesKentsVersionAndSaysApplied() {
		UUID copy = conflicted();

		Api.Answer answer = api.post("/api/t/swale/codes/" + copy + "/conflict/resolution", "sam.editor",
				Map.of("take", "UPSTREAM"));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(resolutionOutcome()).isEqualTo(Result.APPLIED);
		assertThat(current(copy).path("aim").asString()).isEqualTo(KENT_AIM);
		assertResolved(copy);
	}

	@Test
	void aResolutionOfAnOlderUpstreamVersionThanTheConflictsIsRefusedAndChangesNothing() {
		UUID copy = conflicted();
		Map<String, Object> seenOne = new LinkedHashMap<>();
		seenOne.put("take", "LOCAL");
		seenOne.put("upstreamVersion", 1);

		Api.Answer answer = api.post("/api/t/swale/codes/" + copy + "/conflict/resolution", "sam.editor", seenOne);

		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.json().path("errors").path(0).path("field").asString()).isEqualTo("upstreamVersion");
		assertThat(answer.json().path("errors").path(0).path("reason").asString()).contains("now at version 2");
		assertThat(api.get("/api/t/swale/codes/" + copy + "/conflict", "sam.editor").status()).isEqualTo(200);
		assertThat(baseVersion(copy)).isEqualTo(1);

		seenOne.put("upstreamVersion", 2);
		assertThat(api.post("/api/t/swale/codes/" + copy + "/conflict/resolution", "sam.editor", seenOne).status())
			.isEqualTo(200);
		assertThat(resolutionOutcome()).isEqualTo(Result.MERGED);
		assertResolved(copy);
	}

	@Test
	void aConflictResolvedByKeepingTheLocalCopySaysMerged() {
		UUID copy = conflicted();

		Api.Answer answer = api.post("/api/t/swale/codes/" + copy + "/conflict/resolution", "sam.editor",
				Map.of("take", "LOCAL"));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(resolutionOutcome()).isEqualTo(Result.MERGED);
		assertThat(current(copy).path("aim").asString()).isEqualTo(SWALE_AIM);
		assertResolved(copy);
	}

	@Test
	void aConflictResolvedByAnEditPublishesTheEditAndSaysMerged() {
		UUID copy = conflicted();
		String both = "This code aims to make volunteering open to everyone, in Swale's villages and towns too.";
		Map<String, Object> content = body(Codes.withAim(Codes.volunteering(), both), null);

		Api.Answer answer = api.post("/api/t/swale/codes/" + copy + "/conflict/resolution", "sam.editor",
				Map.of("take", "EDIT", "content", content));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(resolutionOutcome()).isEqualTo(Result.MERGED);
		assertThat(current(copy).path("aim").asString()).isEqualTo(both);
		assertResolved(copy);
	}

	@Test
	void aResolvedCopyMergesTheNextUpstreamVersionAgainstTheNewBase() {
		UUID copy = conflicted();
		api.post("/api/t/swale/codes/" + copy + "/conflict/resolution", "sam.editor", Map.of("take", "LOCAL"));
		resolutionOutcome();

		Result next = kentPublishes(3, Codes.withVcsUndertakings(Codes.withAim(Codes.volunteering(), KENT_AIM),
				List.of("Recruit volunteers")));

		assertThat(next).isEqualTo(Result.MERGED);
		assertThat(current(copy).path("aim").asString()).isEqualTo(SWALE_AIM);
		assertThat(current(copy).path("vcsUndertakings").get(0).asString()).isEqualTo("Recruit volunteers");
	}

	@Test
	void anAmendedCopyRetiredUpstreamIsAConflictUntilTheDistrictTakesTheRetirement() {
		UUID copy = adopted("ADAPTABLE");
		amend(copy, Codes.withAim(Codes.volunteering(), SWALE_AIM));
		SyncTopics.send(SyncTopics
			.retirement(SyncTopics.command("swale", "kent", kentItem, "CODE", 1, "ADAPTABLE", Codes.volunteering())));
		List<ApplyOutcome> answers = values(outcomes.await(outcomeOf("swale", kentItem), ++outcomesSoFar + 1));
		assertThat(answers.get(answers.size() - 1).result()).isEqualTo(Result.CONFLICT);
		assertThat(api.get("/api/t/swale/codes/" + copy, null).json().path("status").asString()).isEqualTo("PUBLISHED");
		assertThat(api.get("/api/t/swale/codes/" + copy + "/conflict", "sam.editor")
			.json()
			.path("fields")
			.get(0)
			.asString()).isEqualTo("retired");

		api.post("/api/t/swale/codes/" + copy + "/conflict/resolution", "sam.editor", Map.of("take", "UPSTREAM"));

		assertThat(resolutionOutcome()).isEqualTo(Result.APPLIED);
		assertThat(api.get("/api/t/swale/codes/" + copy, "sam.editor").json().path("status").asString())
			.isEqualTo("RETIRED");
	}

	@Test
	void aCoreCodeCannotBeAmendedLocally() {
		UUID copy = adopted("CORE");
		List<Map<String, Object>> versions = api.snapshot("item_version", "swale");

		Api.Answer answer = api.put("/api/t/swale/codes/" + copy, "sam.editor",
				body(Codes.withAim(Codes.volunteering(), SWALE_AIM), 1));

		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.isProblem()).isTrue();
		assertThat(answer.namesField("mode")).isTrue();
		assertThat(answer.json().path("detail").asString()).contains("a core item of kent cannot be amended locally");
		assertThat(api.snapshot("item_version", "swale")).isEqualTo(versions);
	}

	@Test
	void aLocalSubCodeSurvivesAnUpstreamUpdate() {
		UUID copy = adopted("ADAPTABLE");
		SubCode supplement = new SubCode("Rural Swale", "Volunteer transport is arranged for the villages.");
		CodeOfPracticeContent withSupplement = Codes.withSubCodes(Codes.volunteering(),
				List.of(Codes.volunteering().subCodes().get(0), supplement));
		amend(copy, withSupplement);

		Result result = kentPublishes(2, Codes.withSubCodes(Codes.withAim(Codes.volunteering(), KENT_AIM),
				List.of(new SubCode("Young People", "Young volunteers lead projects of their own."))));

		assertThat(result).isEqualTo(Result.MERGED);
		JsonNode content = current(copy);
		assertThat(content.path("aim").asString()).isEqualTo(KENT_AIM);
		assertThat(content.path("subCodes")).hasSize(2);
		assertThat(content.path("subCodes").get(0).path("text").asString())
			.isEqualTo("Young volunteers lead projects of their own.");
		assertThat(content.path("subCodes").get(1).path("title").asString()).isEqualTo("Rural Swale");
		assertThat(content.path("subCodes").get(1).path("text").asString()).isEqualTo(supplement.text());
	}

	/** Swale's copy of Kent's volunteering code, version 1 as Kent published it. */
	private UUID adopted(String mode) {
		SyncTopics.send(SyncTopics.command("swale", "kent", kentItem, "CODE", 1, mode, Codes.volunteering()));
		assertThat(values(outcomes.await(outcomeOf("swale", kentItem), 1)).get(0).result()).isEqualTo(Result.APPLIED);
		return (UUID) api.query("swale", "SELECT item_id FROM adoption WHERE source_item_id = ?", kentItem)
			.get(0)
			.get("item_id");
	}

	/**
	 * A Swale editor amends the copy and publishes the amendment, as any edit of the
	 * compact.
	 */
	private void amend(UUID copy, CodeOfPracticeContent content) {
		int latest = api.get("/api/t/swale/codes/" + copy, "sam.editor").json().path("latestVersion").asInt();
		Api.Answer edited = api.put("/api/t/swale/codes/" + copy, "sam.editor", body(content, latest));
		assertThat(edited.status()).as(edited.text()).isEqualTo(200);
		int draft = edited.json().path("version").asInt();
		assertThat(api.post("/api/t/swale/codes/" + copy + "/versions/" + draft + "/publication", "sam.editor", null)
			.status()).isEqualTo(200);
	}

	private int outcomesSoFar;

	private Result kentPublishes(int version, CodeOfPracticeContent content) {
		SyncTopics.send(SyncTopics.command("swale", "kent", kentItem, "CODE", version, "ADAPTABLE", content));
		List<ApplyOutcome> all = values(outcomes.await(outcomeOf("swale", kentItem), ++outcomesSoFar + 1));
		ApplyOutcome last = all.get(all.size() - 1);
		assertThat(last.version()).isEqualTo(version);
		return last.result();
	}

	/** Swale amended the aim; Kent's version 2 changes it too. */
	private UUID conflicted() {
		UUID copy = adopted("ADAPTABLE");
		amend(copy, Codes.withAim(Codes.volunteering(), SWALE_AIM));
		assertThat(kentPublishes(2, Codes.withAim(Codes.volunteering(), KENT_AIM))).isEqualTo(Result.CONFLICT);
		return copy;
	}

	private Result resolutionOutcome() {
		List<ApplyOutcome> all = values(outcomes.await(outcomeOf("swale", kentItem), ++outcomesSoFar + 1));
		ApplyOutcome last = all.get(all.size() - 1);
		assertThat(last.version()).isEqualTo(2);
		return last.result();
	}

	private void assertResolved(UUID copy) {
		assertThat(api.get("/api/t/swale/codes/" + copy + "/conflict", "sam.editor").status()).isEqualTo(404);
		assertThat(baseVersion(copy)).isEqualTo(2);
		assertThat(api.get("/api/t/swale/codes/" + copy, "sam.editor").json().path("status").asString())
			.isEqualTo("PUBLISHED");
	}

	private JsonNode current(UUID copy) {
		return api.get("/api/t/swale/codes/" + copy, "sam.editor").json().path("content");
	}

	private int baseVersion(UUID copy) {
		return (Integer) api.query("swale", "SELECT base_version FROM adoption WHERE item_id = ?", copy)
			.get(0)
			.get("base_version");
	}

	/**
	 * A code as the API takes it: the content's fields, the mode, and the version an edit
	 * started from.
	 */
	static Map<String, Object> body(CodeOfPracticeContent code, Integer startedFrom) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", code.title());
		body.put("whyItMatters", code.whyItMatters());
		body.put("aim", code.aim());
		body.put("vcsUndertakings", code.vcsUndertakings());
		body.put("publicSectorUndertakings", code.publicSectorUndertakings());
		body.put("allPartnersCommitments", code.allPartnersCommitments());
		body.put("caseStudies", code.caseStudies());
		body.put("subCodes", code.subCodes());
		body.put("measurableCommitments", code.measurableCommitments()
			.stream()
			.map(commitment -> commitment.quantity() == null
					? Map.of("name", commitment.name(), "kind", commitment.kind().name())
					: Map.of("name", commitment.name(), "kind", commitment.kind().name(), "quantity",
							Map.of("amount", commitment.quantity().amount(), "unit", commitment.quantity().unit())))
			.toList());
		if (startedFrom != null) {
			body.put("mode", "ADAPTABLE");
			body.put("startedFrom", startedFrom);
		}
		return body;
	}

}
