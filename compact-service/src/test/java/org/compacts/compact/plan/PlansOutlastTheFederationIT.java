package org.compacts.compact.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.compacts.compact.Api;
import org.compacts.compact.Api.Answer;
import org.compacts.compact.versioning.CodeOfPracticeContent;
import org.compacts.contracts.Topics;
import org.compacts.contracts.sync.ApplyCommand;
import org.compacts.contracts.sync.ApplyOutcome;
import org.compacts.contracts.sync.ApplyOutcome.Result;
import org.compacts.contracts.sync.SyncEvent;
import org.compacts.contracts.tenant.Adoption;
import org.compacts.contracts.tenant.TenantEvent;
import org.compacts.contracts.tenant.TenantLevel;
import org.compacts.contracts.tenant.TenantParentChanged;
import org.compacts.testkit.RealServers;
import org.compacts.testkit.TestKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.compact.federation.TenantEventsTopic.district;
import static org.compacts.compact.federation.TenantEventsTopic.publish;

/**
 * Nothing of the federation reaches a district's plans: Swale's plan puts its copy of a
 * Kent code to work, as does an indicator with its readings; Kent publishing a new
 * version of the code, a conflict on it resolved, and Swale leaving Kent leave every row
 * of Swale's plans, actions, updates, indicators and readings as it was, compared row for
 * row. The test plays sync-service (apply commands in, outcomes out) and tenant-service
 * (the tenant events) on the real broker.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "compacts.security.token.clock-skew=0s")
@RealServers(database = "compacts", kafka = true, keycloak = true)
class PlansOutlastTheFederationIT {

	static final String EDITOR = "sam.editor";

	/** Every table of plans and indicators, the links to codes included. */
	static final List<String> TABLES = List.of("action_plan", "plan_action", "plan_action_partner", "plan_action_link",
			"plan_action_indicator", "action_update", "indicator", "indicator_item", "indicator_reading");

	static final JsonMapper CONTENT = JsonMapper.builder().build();

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	Api api;

	TestKafka.Reader<Object> outcomes;

	final UUID kentItem = UUID.randomUUID();

	final String run = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void client() {
		api = new Api(port, jdbc, transactions);
		outcomes = TestKafka.json(Topics.APPLY_OUTCOMES, SyncEvent.class.getPackageName());
	}

	@AfterEach
	void swaleFollowsKentAgain() {
		outcomes.close();
		// as the other tests of this JVM expect: a later event than the leaving
		publish(district("swale", "kent", Adoption.ADOPTS_PARENT_CORE, Instant.now()));
	}

	private Map<String, List<Map<String, Object>>> rows() {
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		TABLES.forEach(table -> rows.put(table, api.snapshot(table, "swale")));
		return rows;
	}

	private static CodeOfPracticeContent volunteering(String aim, List<String> vcsUndertakings) {
		return new CodeOfPracticeContent("Volunteering", "Volunteers are at the heart of the VCS.", aim,
				vcsUndertakings, List.of("Recognise the value of volunteering"), List.of(), List.of(), List.of(),
				List.of());
	}

	/** Kent's version of its code reaches Swale as sync-service sends it: its outcome. */
	private Result kentPublishes(int version, CodeOfPracticeContent content) {
		TestKafka.send(Topics.APPLY_COMMANDS, "swale",
				new ApplyCommand(UUID.randomUUID(), SyncEvent.SCHEMA_VERSION, "swale", "kent", kentItem, "CODE",
						version, "ADAPTABLE", false, CONTENT.writeValueAsString(content), Instant.now(), null));
		List<ConsumerRecord<String, Object>> seen = outcomes
			.await(record -> record.value() instanceof ApplyOutcome outcome && outcome.district().equals("swale")
					&& outcome.itemId().equals(kentItem) && outcome.version() == version, 1);
		return ((ApplyOutcome) seen.get(seen.size() - 1).value()).result();
	}

	private String created(Answer answer) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		return answer.json().path("id").asString();
	}

	@Test
	void aPublicationAConflictResolvedAndLeavingTheCountyChangeNoRowOfTheDistrictsPlans() {
		assertThat(kentPublishes(1, volunteering("Promote volunteering.", List.of("Train volunteers"))))
			.isEqualTo(Result.APPLIED);
		String copy = String
			.valueOf(api.query("swale", "SELECT item_id FROM adoption WHERE source_item_id = ?", kentItem)
				.get(0)
				.get("item_id"));
		// Swale's plan puts the copy to work, with an indicator of its own and its
		// readings
		String plan = "/api/t/swale/plans/" + created(api.post("/api/t/swale/plans", EDITOR,
				Map.of("title", "Volunteering plan " + run, "period", "2027-28", "visibility", "COUNTY")));
		Map<String, Object> indicator = new LinkedHashMap<>();
		indicator.put("name", "Volunteers recruited " + run);
		indicator.put("unit", "volunteers");
		indicator.put("baseline", Map.of("value", 10, "on", TODAY.minusMonths(6).toString()));
		indicator.put("target", Map.of("value", 50, "on", TODAY.plusMonths(6).toString()));
		indicator.put("direction", "HIGHER_IS_BETTER");
		indicator.put("tolerance", 2);
		indicator.put("itemIds", List.of(copy));
		Answer defined = api.post("/api/t/swale/indicators", EDITOR, indicator);
		String indicatorId = created(defined);
		assertThat(api
			.post("/api/t/swale/indicators/" + indicatorId + "/readings", EDITOR,
					Map.of("on", TODAY.toString(), "value", 27, "source", "Volunteer Centre Swale"), defined.etag())
			.status()).isEqualTo(201);
		Answer action = api.post(plan + "/actions", EDITOR,
				Map.of("title", "Launch the volunteering code with the Volunteer Centre", "priority", "MEDIUM",
						"ambition", "ASPIRATIONAL", "partners", List.of("Volunteer Centre Swale"), "itemIds",
						List.of(copy), "indicatorIds", List.of(indicatorId)));
		created(action);
		assertThat(api.post(plan + "/actions/" + action.json().path("id").asString() + "/updates", EDITOR,
				Map.of("on", TODAY.toString(), "status", "ON_TRACK", "progress", 30, "note", "Launched"), action.etag())
			.status()).isEqualTo(201);
		var before = rows();
		assertThat(before.get("plan_action_link")).isNotEmpty();
		assertThat(before.get("indicator_item")).isNotEmpty();

		// Kent publishes a new version of the code: the copy takes it, the plan does not
		// move
		assertThat(kentPublishes(2, volunteering("Promote volunteering.", List.of("Recruit volunteers"))))
			.isIn(Result.APPLIED, Result.MERGED);
		assertThat(rows()).isEqualTo(before);

		// Swale amends its copy, Kent changes the same aim: a conflict, resolved for Kent
		int latest = api.get("/api/t/swale/codes/" + copy, EDITOR).json().path("latestVersion").asInt();
		Map<String, Object> amended = new LinkedHashMap<>();
		amended.put("title", "Volunteering");
		amended.put("whyItMatters", "Volunteers are at the heart of the VCS.");
		amended.put("aim", "Grow volunteering in Swale's villages.");
		amended.put("vcsUndertakings", List.of("Recruit volunteers"));
		amended.put("publicSectorUndertakings", List.of("Recognise the value of volunteering"));
		amended.put("allPartnersCommitments", List.of());
		amended.put("caseStudies", List.of());
		amended.put("subCodes", List.of());
		amended.put("measurableCommitments", List.of());
		amended.put("mode", "ADAPTABLE");
		amended.put("startedFrom", latest);
		Answer edited = api.put("/api/t/swale/codes/" + copy, EDITOR, amended);
		assertThat(edited.status()).as(edited.text()).isEqualTo(200);
		assertThat(api
			.post("/api/t/swale/codes/" + copy + "/versions/" + edited.json().path("version").asInt() + "/publication",
					EDITOR, null)
			.status()).isEqualTo(200);
		assertThat(
				kentPublishes(3, volunteering("Open volunteering to everyone in Kent.", List.of("Recruit volunteers"))))
			.isEqualTo(Result.CONFLICT);
		assertThat(rows()).isEqualTo(before);
		Answer resolved = api.post("/api/t/swale/codes/" + copy + "/conflict/resolution", EDITOR,
				Map.of("take", "UPSTREAM"));
		assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
		assertThat(rows()).isEqualTo(before);

		// Swale leaves Kent and keeps its own compact
		publish(new TenantParentChanged(UUID.randomUUID(), "swale", Instant.now(), TenantEvent.SCHEMA_VERSION,
				TenantLevel.DISTRICT, "kent", null, Adoption.KEEPS_OWN));
		assertThat(rows()).isEqualTo(before);
		// and its plan still reads as it did, its link to its copy included
		assertThat(api.get(plan, EDITOR).json().path("actions").get(0).path("links").get(0).path("itemId").asString())
			.isEqualTo(copy);
	}

}
