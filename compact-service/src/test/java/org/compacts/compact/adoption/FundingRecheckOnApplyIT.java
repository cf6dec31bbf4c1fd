package org.compacts.compact.adoption;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.compacts.compact.Api.Answer;
import org.compacts.compact.versioning.CodeOfPracticeContent;
import org.compacts.compact.versioning.MeasurableCommitment;
import org.compacts.contracts.sync.ApplyOutcome;
import org.compacts.contracts.sync.ApplyOutcome.Result;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.compact.adoption.SyncTopics.outcomeOf;
import static org.compacts.compact.adoption.SyncTopics.values;

/**
 * Canterbury's funding register, checked against its adopted copy of Kent's Funding code
 * (Canterbury writes no funding code of its own in any test): when the copy takes Kent's
 * new version through the real apply path on the broker, every record is checked again
 * against it, and those that passed and now fail are the ones listed as newly failing.
 */
class FundingRecheckOnApplyIT extends ApplyingOnTheRealBroker {

	static final String EDITOR = "chris.canterbury";

	static final String RECORDS = "/api/t/canterbury/funding-records";

	static CodeOfPracticeContent funding(int years) {
		return new CodeOfPracticeContent("Funding, Procurement, Resources and Commissioning",
				"Funding delivers the objectives of both the service provider and the commissioning body.",
				"This code aims to promote more accessible funding.", List.of("Use full cost recovery."),
				List.of("Publicise grant procedures."), List.of("Three year funding where appropriate."), List.of(),
				List.of(), List.of(MeasurableCommitment.standard("funding term where appropriate", years, "years"),
						MeasurableCommitment.practice("full cost recovery")));
	}

	private String organisation(String sector) {
		Answer added = api.post("/api/t/canterbury/organisations", EDITOR,
				Map.of("name", "Organisation " + UUID.randomUUID(), "sector", sector));
		assertThat(added.status()).as(added.text()).isEqualTo(201);
		return added.json().path("id").asString();
	}

	private JsonNode recorded(String title, String funder, String recipient, int months, boolean fullCostRecovery) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("funderId", funder);
		body.put("recipientId", recipient);
		body.put("kind", "GRANT");
		body.put("amount", "30000.00");
		body.put("termMonths", months);
		body.put("payment", "IN_ADVANCE");
		body.put("fullCostRecovery", fullCostRecovery);
		body.put("noticeWeeks", 12);
		body.put("startsOn", "2027-04-01");
		Answer recorded = api.post(RECORDS, EDITOR, body);
		assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
		return recorded.json();
	}

	private List<String> newlyFailing() {
		Answer listed = api.get(RECORDS + "?newlyFailing=true", EDITOR);
		assertThat(listed.status()).as(listed.text()).isEqualTo(200);
		return listed.json().valueStream().map(node -> node.path("id").asString()).toList();
	}

	private JsonNode record(JsonNode recorded) {
		return api.get(RECORDS + "/" + recorded.path("id").asString(), EDITOR).json();
	}

	@Test
	void aNewUpstreamVersionOfTheAdoptedFundingCodeChecksEveryRecordAgainAndListsThoseThatNewlyFail() {
		SyncTopics.send(SyncTopics.command("canterbury", "kent", kentItem, "CODE", 1, "ADAPTABLE", funding(3)));
		assertThat(values(outcomes.await(outcomeOf("canterbury", kentItem), 1))).extracting(ApplyOutcome::result)
			.containsExactly(Result.APPLIED);
		UUID copy = (UUID) api.query("canterbury", "SELECT item_id FROM adoption WHERE source_item_id = ?", kentItem)
			.get(0)
			.get("item_id");
		String council = organisation("PUBLIC");
		String cvs = organisation("VCS");

		JsonNode threeYears = recorded("Advice services", council, cvs, 36, true);
		JsonNode fourYears = recorded("Befriending", council, cvs, 48, true);
		JsonNode noFullCost = recorded("Youth work", council, cvs, 48, false);

		assertThat(threeYears.path("status").asString()).isEqualTo("COMPLIANT");
		assertThat(threeYears.path("checkedAgainst").path("codeId").asString()).isEqualTo(copy.toString());
		assertThat(threeYears.path("checkedAgainst").path("version").asInt()).isEqualTo(1);
		assertThat(fourYears.path("status").asString()).isEqualTo("COMPLIANT");
		assertThat(noFullCost.path("status").asString()).isEqualTo("NOT_COMPLIANT");
		assertThat(newlyFailing()).doesNotContain(threeYears.path("id").asString(), fourYears.path("id").asString(),
				noFullCost.path("id").asString());

		// Kent's version 2 raises the standard term to four years; sync-service sends it
		// on
		SyncTopics.send(SyncTopics.command("canterbury", "kent", kentItem, "CODE", 2, "ADAPTABLE", funding(4)));
		List<ApplyOutcome> answers = values(outcomes.await(outcomeOf("canterbury", kentItem), 2));
		assertThat(answers).extracting(ApplyOutcome::result).containsExactly(Result.APPLIED, Result.APPLIED);

		JsonNode rechecked = record(threeYears);
		assertThat(rechecked.path("status").asString()).isEqualTo("NOT_COMPLIANT");
		assertThat(rechecked.path("newlyFailing").asBoolean()).isTrue();
		assertThat(rechecked.path("checkedAgainst").path("codeId").asString()).isEqualTo(copy.toString());
		assertThat(rechecked.path("checkedAgainst").path("version").asInt()).isEqualTo(2);
		assertThat(rechecked.path("findings").get(0).path("reason").asString())
			.startsWith("36 months is shorter than the standard of 4 years (48 months)");
		JsonNode stillCompliant = record(fourYears);
		assertThat(stillCompliant.path("status").asString()).isEqualTo("COMPLIANT");
		assertThat(stillCompliant.path("checkedAgainst").path("version").asInt()).isEqualTo(2);
		JsonNode failedBefore = record(noFullCost);
		assertThat(failedBefore.path("checkedAgainst").path("version").asInt()).isEqualTo(2);
		assertThat(failedBefore.path("newlyFailing").asBoolean()).isFalse();
		// only what passed against version 1 and fails against version 2
		assertThat(newlyFailing()).contains(threeYears.path("id").asString())
			.doesNotContain(fourYears.path("id").asString(), noFullCost.path("id").asString());
	}

}
