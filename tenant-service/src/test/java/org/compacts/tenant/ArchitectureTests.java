package org.compacts.tenant;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * What the module structure alone does not say: Keycloak's admin client stays in its one
 * adapter, and the rules of the federation graph stay plain Java.
 */
@AnalyzeClasses(packagesOf = TenantServiceApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	private static final String ADAPTER = "org.compacts.tenant.membership.KeycloakDirectory";

	/**
	 * Keycloak's admin client brings RESTEasy, JAX-RS and Jackson 2; the service is
	 * Spring with Jackson 3, which shares only Jackson 2's annotations.
	 */
	private static final String[] KEYCLOAK_CLIENT = { "org.keycloak..", "org.jboss.resteasy..", "jakarta.ws.rs..",
			"com.fasterxml.jackson.core..", "com.fasterxml.jackson.databind..", "com.fasterxml.jackson.datatype..",
			"com.fasterxml.jackson.jakarta.rs..", "com.fasterxml.jackson.module.." };

	private static final DescribedPredicate<JavaClass> outsideTheAdapter = DescribedPredicate.describe(
			"are not " + ADAPTER + " or nested in it",
			type -> !type.getName().equals(ADAPTER) && !type.getName().startsWith(ADAPTER + "$"));

	@ArchTest
	static final ArchRule onlyTheDirectoryAdapterKnowsKeycloaksAdminClient = noClasses().that(outsideTheAdapter)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(KEYCLOAK_CLIENT)
		.because("keycloak-admin-client's RESTEasy and Jackson 2 stay behind membership.Directory");

	@ArchTest
	static final ArchRule theDirectoryAdapterIsWhereKeycloaksAdminClientIs = classes().that()
		.haveFullyQualifiedName(ADAPTER)
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.keycloak.admin.client..")
		.because("the rule above would pass for nothing if the adapter moved or was renamed");

	@ArchTest
	static final ArchRule theRulesOfTheFederationGraphArePlainJava = noClasses().that()
		.haveNameMatching("org\\.compacts\\.tenant\\.registry\\.FederationRules(\\$.*)?")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..")
		.because("registry's package-info promises plain Java rules, tested without Spring");

}
