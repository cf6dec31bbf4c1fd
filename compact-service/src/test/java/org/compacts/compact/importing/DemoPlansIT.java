package org.compacts.compact.importing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.compacts.compact.Api;
import org.compacts.compact.federation.Reach;
import org.compacts.compact.indicator.IndicatorSummaries;
import org.compacts.compact.tenancy.CurrentTenant;
import org.compacts.contracts.tenant.Adoption;
import org.compacts.testkit.RealServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.compact.federation.TenantEventsTopic.district;
import static org.compacts.compact.federation.TenantEventsTopic.publish;

/**
 * A demo plan, Swale's shipped files, configured for a compact of this test's own that
 * compact-service has not heard of when it starts: nothing loads until its tenant event
 * arrives, then the plan loads whole, with its indicators and a year of readings; another
 * event and another start load nothing more.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealServers(database = "compacts", kafka = true)
class DemoPlansIT {

	static final String TENANT = "demo-" + UUID.randomUUID().toString().substring(0, 8);

	static final List<String> TABLES = List.of("action_plan", "plan_action", "plan_action_partner", "plan_action_link",
			"plan_action_indicator", "action_update", "indicator", "indicator_reading");

	@DynamicPropertySource
	static void demoPlanOfThisTest(DynamicPropertyRegistry registry) {
		String plan = "compacts.demo.plans." + TENANT;
		registry.add(plan + ".title", () -> "Local Compact action plan");
		registry.add(plan + ".period", () -> "2027-28");
		registry.add(plan + ".actions", () -> "classpath:import/plans/swale-actions.csv");
		registry.add(plan + ".indicators", () -> "classpath:import/plans/swale-indicators.csv");
	}

	@LocalServerPort
	int port;

	@Autowired
	DemoPlans demoPlans;

	@Autowired
	IndicatorSummaries indicators;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	Api api;

	@BeforeEach
	void client() {
		api = new Api(port, jdbc, transactions);
	}

	private Map<String, List<Map<String, Object>>> rows() {
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		TABLES.forEach(table -> rows.put(table, api.snapshot(table, TENANT)));
		return rows;
	}

	private List<String> column(String sql) {
		return api.query(TENANT, sql).stream().map(row -> String.valueOf(row.values().iterator().next())).toList();
	}

	@Test
	void theDemoPlanLoadsOnceItsCompactIsHeardOfAndNeverTwice() {
		// started without having heard of it: nothing loaded, and nothing loads yet
		assertThat(demoPlans.loadIfMissing(TENANT)).isFalse();
		assertThat(rows().values()).allSatisfy(table -> assertThat(table).isEmpty());

		publish(district(TENANT, "kent", Adoption.ADOPTS_PARENT_CORE, Instant.now()));

		assertThat(column("SELECT title FROM action_plan")).containsExactly("Local Compact action plan");
		assertThat(column("SELECT period FROM action_plan")).containsExactly("2027-28");
		assertThat(column("SELECT visibility FROM action_plan")).containsExactly("COUNTY");
		assertThat(column("SELECT title FROM plan_action ORDER BY title")).hasSize(10)
			.contains("Compact awareness with the Local Children's Trust", "Consultation of 12 weeks",
					"Funding terms in contracts", "Train a Compact Champion in every signatory organisation");
		assertThat(column("SELECT DISTINCT status FROM plan_action")).containsExactlyInAnyOrder("NOT_STARTED",
				"ON_TRACK", "AT_RISK", "OFF_TRACK", "DONE", "DROPPED");
		// the codes the file names are not this compact's: left out, not refused
		assertThat(column("SELECT item_id FROM plan_action_link")).isEmpty();
		assertThat(column("SELECT name FROM indicator")).hasSize(4);
		assertThat(column("SELECT count(*) FROM indicator_reading GROUP BY indicator_id")).containsOnly("12");
		assertThat(column("SELECT DISTINCT action_id FROM plan_action_indicator")).hasSize(5);
		List<UUID> ids = column("SELECT id FROM indicator").stream().map(UUID::fromString).toList();
		List<String> rags = CurrentTenant.callAs(TENANT, () -> transactions.execute(
				status -> indicators.of(ids, Reach.MEMBER).stream().map(IndicatorSummaries.Summary::rag).toList()));
		assertThat(rags).containsExactlyInAnyOrder("GREEN", "GREEN", "AMBER", "RED");
		var loaded = rows();

		// heard of again, and started again: it has a plan, so nothing more loads
		publish(district(TENANT, "kent", Adoption.ADOPTS_PARENT_CORE, Instant.now()));
		assertThat(demoPlans.loadIfMissing(TENANT)).isFalse();
		demoPlans.run(null);

		assertThat(rows()).isEqualTo(loaded);
	}

}
