package org.compacts.sync;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * What the module structure alone does not say: who receives whose items is a plain rule,
 * free of Spring and of the database, so it reads and tests on its own.
 */
@AnalyzeClasses(packagesOf = SyncServiceApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule whoReceivesWhatIsPlainJava = noClasses().that()
		.haveNameMatching("org\\.compacts\\.sync\\.federation\\.Followers(\\$.*)?")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..", "java.sql..")
		.because("federation's package-info promises Followers as the plain rules of who receives what");

}
