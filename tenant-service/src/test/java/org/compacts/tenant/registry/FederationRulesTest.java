package org.compacts.tenant.registry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.compacts.tenant.registry.Verdict.Allowed;
import org.compacts.tenant.registry.Verdict.Refused;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.tenant.registry.Adoption.ADOPTS_PARENT_AS_FIRST;
import static org.compacts.tenant.registry.Adoption.ADOPTS_PARENT_CORE;
import static org.compacts.tenant.registry.Adoption.KEEPS_OWN;
import static org.compacts.tenant.registry.Level.COUNTY;
import static org.compacts.tenant.registry.Level.DISTRICT;
import static org.compacts.tenant.registry.Level.NATIONAL;
import static org.compacts.tenant.registry.Level.STANDALONE;

/**
 * The federation graph's rules, without Spring or a database: a map stands in for the
 * registry.
 */
class FederationRulesTest {

	private final Map<String, TenantNode> graph = new HashMap<>();

	private final FederationRules rules = new FederationRules(slug -> Optional.ofNullable(graph.get(slug)));

	/** national -> kent -> swale; hounslow standalone. */
	FederationRulesTest() {
		given(new TenantNode("national", NATIONAL, null, KEEPS_OWN, false));
		given(new TenantNode("kent", COUNTY, "national", ADOPTS_PARENT_CORE, false));
		given(new TenantNode("swale", DISTRICT, "kent", ADOPTS_PARENT_CORE, false));
		given(new TenantNode("hounslow", STANDALONE, null, KEEPS_OWN, false));
	}

	@Test
	void districtUnderACountyIsAllowed() {
		Verdict verdict = rules.placing(new Placement("canterbury", DISTRICT, "kent", ADOPTS_PARENT_CORE));

		assertThat(verdict).isInstanceOf(Allowed.class);
	}

	@Test
	void districtKeepingItsOwnCompactUnderACountyIsAllowed() {
		assertThat(rules.placing(new Placement("dover", DISTRICT, "kent", KEEPS_OWN))).isInstanceOf(Allowed.class);
		assertThat(rules.placing(new Placement("dover", DISTRICT, "kent", ADOPTS_PARENT_AS_FIRST)))
			.isInstanceOf(Allowed.class);
	}

	@Test
	void districtUnderADistrictIsRefused() {
		Verdict verdict = rules.placing(new Placement("faversham", DISTRICT, "swale", ADOPTS_PARENT_CORE));

		assertThat(violations(verdict)).singleElement().satisfies(violation -> {
			assertThat(violation.field()).isEqualTo("parentSlug");
			assertThat(violation.reason()).contains("must be a county").contains("'swale' is a district");
		});
	}

	@Test
	void districtWithoutAParentIsRefused() {
		Verdict verdict = rules.placing(new Placement("preston", DISTRICT, null, KEEPS_OWN));

		assertThat(violations(verdict)).extracting(Violation::field).containsExactly("parentSlug");
	}

	@Test
	void countyUnderNationalOrOnItsOwnIsAllowed() {
		assertThat(rules.placing(new Placement("derbyshire", COUNTY, "national", ADOPTS_PARENT_CORE)))
			.isInstanceOf(Allowed.class);
		assertThat(rules.placing(new Placement("lancashire", COUNTY, null, KEEPS_OWN))).isInstanceOf(Allowed.class);
	}

	@Test
	void countyUnderAnotherCountyIsRefused() {
		Verdict verdict = rules.placing(new Placement("derbyshire", COUNTY, "kent", ADOPTS_PARENT_CORE));

		assertThat(violations(verdict)).singleElement()
			.satisfies(violation -> assertThat(violation.reason()).contains("county's parent must be national"));
	}

	@Test
	void nationalAndStandaloneHaveNoParent() {
		assertThat(violations(rules.placing(new Placement("wales", NATIONAL, "national", KEEPS_OWN))))
			.extracting(Violation::field)
			.contains("parentSlug");
		assertThat(violations(rules.placing(new Placement("hackney", STANDALONE, "kent", KEEPS_OWN))))
			.extracting(Violation::field)
			.contains("parentSlug");
	}

	@Test
	void standaloneThatAdoptsAParentIsRefused() {
		Verdict verdict = rules.placing(new Placement("hounslow", STANDALONE, null, ADOPTS_PARENT_CORE));

		assertThat(violations(verdict)).singleElement().satisfies(violation -> {
			assertThat(violation.field()).isEqualTo("adoption");
			assertThat(violation.reason()).contains("KEEPS_OWN");
		});
	}

	@Test
	void tenantWithoutAParentCannotAdoptOne() {
		Verdict verdict = rules.placing(new Placement("lancashire", COUNTY, null, ADOPTS_PARENT_AS_FIRST));

		assertThat(violations(verdict)).extracting(Violation::field).containsExactly("adoption");
	}

	@Test
	void unknownParentIsRefused() {
		Verdict verdict = rules.placing(new Placement("dover", DISTRICT, "nowhere", ADOPTS_PARENT_CORE));

		assertThat(violations(verdict)).singleElement().satisfies(violation -> {
			assertThat(violation.field()).isEqualTo("parentSlug");
			assertThat(violation.reason()).contains("'nowhere'");
		});
	}

	@Test
	void archivedTenantCannotBeAParent() {
		given(new TenantNode("old-county", COUNTY, "national", ADOPTS_PARENT_CORE, true));

		Verdict verdict = rules.placing(new Placement("dover", DISTRICT, "old-county", ADOPTS_PARENT_CORE));

		assertThat(violations(verdict)).singleElement()
			.satisfies(violation -> assertThat(violation.reason()).contains("archived"));
	}

	@Test
	void tenantCannotBecomeItsOwnAncestor() {
		Verdict verdict = rules.placing(new Placement("kent", COUNTY, "swale", ADOPTS_PARENT_CORE));

		assertThat(violations(verdict)).extracting(Violation::reason)
			.anySatisfy(reason -> assertThat(reason).contains("cycle").contains("kent -> swale -> kent"));
	}

	@Test
	void tenantCannotBeItsOwnParent() {
		Verdict verdict = rules.placing(new Placement("kent", COUNTY, "kent", ADOPTS_PARENT_CORE));

		assertThat(violations(verdict)).extracting(Violation::reason)
			.anySatisfy(reason -> assertThat(reason).contains("cycle: kent -> kent"));
	}

	@Test
	void cycleAlreadyAboveDoesNotHangTheCheck() {
		// corrupt data that the rules would never let in: two counties each other's
		// parent
		given(new TenantNode("loop-a", COUNTY, "loop-b", ADOPTS_PARENT_CORE, false));
		given(new TenantNode("loop-b", COUNTY, "loop-a", ADOPTS_PARENT_CORE, false));

		Verdict verdict = rules.placing(new Placement("dover", DISTRICT, "loop-a", ADOPTS_PARENT_CORE));

		assertThat(verdict).isInstanceOf(Allowed.class);
	}

	@Test
	void everyBrokenRuleIsReportedAtOnce() {
		Verdict verdict = rules.placing(new Placement("hackney", STANDALONE, "swale", ADOPTS_PARENT_CORE));

		assertThat(violations(verdict)).extracting(Violation::field)
			.containsExactlyInAnyOrder("parentSlug", "adoption");
	}

	@Test
	void tenantWithActiveChildrenCannotBeArchived() {
		Verdict verdict = rules.archiving(graph.get("kent"), List.of("swale", "canterbury"));

		assertThat(violations(verdict)).singleElement()
			.satisfies(violation -> assertThat(violation.reason()).contains("swale, canterbury"));
	}

	@Test
	void tenantWithoutActiveChildrenCanBeArchived() {
		assertThat(rules.archiving(graph.get("swale"), List.of())).isInstanceOf(Allowed.class);
	}

	private void given(TenantNode node) {
		graph.put(node.slug(), node);
	}

	private static List<Violation> violations(Verdict verdict) {
		assertThat(verdict).isInstanceOf(Refused.class);
		return ((Refused) verdict).violations();
	}

}
