package org.compacts.compact;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.stereotype.Component;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * What the module structure alone does not say: the domain that is logic stays plain
 * Java, free of Spring and of persistence, so it reads and tests on its own.
 */
@AnalyzeClasses(packagesOf = CompactServiceApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	private static final String[] FRAMEWORKS = { "org.springframework..", "jakarta.persistence..", "org.hibernate.." };

	@ArchTest
	static final ArchRule theVersioningDomainIsPlainJava = noClasses().that()
		.resideInAPackage("org.compacts.compact.versioning..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(FRAMEWORKS)
		.because("versioning's rules (lifecycle, merge, diff) are tested without Spring or a database");

	@ArchTest
	static final ArchRule theFundingAndSelfAssessmentRulesArePlainJava = noClasses().that()
		.haveFullyQualifiedName("org.compacts.compact.funding.FundingRules")
		.or()
		.haveFullyQualifiedName("org.compacts.compact.funding.Terms")
		.or()
		.haveFullyQualifiedName("org.compacts.compact.mark.Undertakings")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(FRAMEWORKS)
		.because("the funding check and the questions of a self-assessment are pure functions of a code's data,"
				+ " tested without Spring");

	/** A Spring bean of importing, or a type declared inside one. */
	private static final DescribedPredicate<JavaClass> aSpringBeanOrPartOfOne = DescribedPredicate
		.describe("a Spring bean or part of one", ArchitectureTests::isOrIsInsideASpringBean);

	@ArchTest
	static final ArchRule readingACompactFileIsPlainJava = noClasses().that()
		.resideInAPackage("org.compacts.compact.importing..")
		.and(not(aSpringBeanOrPartOfOne))
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(FRAMEWORKS)
		.because("reading and checking a compact file is pure; only the import's service, controller and"
				+ " demo loader are Spring beans");

	private static boolean isOrIsInsideASpringBean(JavaClass type) {
		return type.isMetaAnnotatedWith(Component.class)
				|| type.getEnclosingClass().map(ArchitectureTests::isOrIsInsideASpringBean).orElse(false);
	}

}
