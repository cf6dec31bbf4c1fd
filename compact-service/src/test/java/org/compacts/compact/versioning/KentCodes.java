package org.compacts.compact.versioning;

import java.time.Instant;
import java.util.List;

/**
 * Codes and principles as the Kent Partners Compact consultation draft (2007) words them,
 * for tests.
 */
final class KentCodes {

	static final Stamp ALICE = new Stamp("alice", Instant.parse("2007-09-03T09:00:00Z"));

	static final Stamp BOB = new Stamp("bob", Instant.parse("2007-09-10T14:30:00Z"));

	static final Stamp CAROL = new Stamp("carol", Instant.parse("2007-12-01T10:00:00Z"));

	private KentCodes() {
	}

	static CodeOfPracticeContent consultation() {
		return new CodeOfPracticeContent("Consultation",
				"It is important that we recognise the principles of The Kent Partners Compact when applying this code. "
						+ "It relates specifically to consultation with the VCS.",
				"This code aims to ensure that the VCS is able to comment on and influence policy, strategy and service "
						+ "delivery plans.",
				List.of("Sharing information on consultations"),
				List.of("Provide the opportunity for the VCS to have an early and unhurried input into appropriate policy "
						+ "development",
						"12 weeks consultation as per the national standard, with a minimum of 8 weeks",
						"Joint discussion within an agreed forum on what the consultation will cover"),
				List.of("Work together to lobby Central Government for early publication of consultation timetables",
						"Aim to use language that is simple and clear"),
				List.of("Vision for Kent Consultation Process", "Learning Strategy in Swale"), List.of(),
				List.of(MeasurableCommitment.standard("standard consultation period", 12, "weeks"),
						MeasurableCommitment.minimum("minimum consultation period", 8, "weeks")));
	}

	static CodeOfPracticeContent funding() {
		return new CodeOfPracticeContent("Funding, Procurement, Resources and Commissioning",
				"This is a fundamentally important code for the Kent Partners Compact.",
				"This code aims to promote more accessible funding, including in kind support and procurement processes.",
				List.of("Understanding and using full cost recovery"),
				List.of("Adopt a strategic approach to the funding of VCS infrastructure"),
				List.of("Three year funding where appropriate",
						"Agreed, consistent principle and approach to full cost recovery"),
				List.of("VCS involved in development and consultation of KCC's service agreements"), List.of(),
				List.of(MeasurableCommitment.practice("multi-year funding where appropriate"),
						MeasurableCommitment.practice("payment in advance"),
						MeasurableCommitment.practice("full cost recovery")));
	}

	static CodeOfPracticeContent equalityAndDiversity() {
		return new CodeOfPracticeContent("Equality and Diversity", "",
				"This code aims to ensure that all sections of "
						+ "the community are equally reflected and supported in partnership work.",
				List.of(), List.of(), List.of(), List.of(),
				List.of(new SubCode("Carers", "Carers are consulted at times they can attend."),
						new SubCode("Young People", "Young people are heard in their own words.")),
				List.of());
	}

	static PrincipleContent openness() {
		return new PrincipleContent("Openness", "Partners share information openly and in good time.");
	}

	static CodeOfPracticeContent withVcsUndertakings(CodeOfPracticeContent code, List<String> undertakings) {
		return new CodeOfPracticeContent(code.title(), code.whyItMatters(), code.aim(), undertakings,
				code.publicSectorUndertakings(), code.allPartnersCommitments(), code.caseStudies(), code.subCodes(),
				code.measurableCommitments());
	}

	static CodeOfPracticeContent withCommitments(CodeOfPracticeContent code, List<MeasurableCommitment> commitments) {
		return new CodeOfPracticeContent(code.title(), code.whyItMatters(), code.aim(), code.vcsUndertakings(),
				code.publicSectorUndertakings(), code.allPartnersCommitments(), code.caseStudies(), code.subCodes(),
				commitments);
	}

	static CodeOfPracticeContent withSubCodes(CodeOfPracticeContent code, List<SubCode> subCodes) {
		return new CodeOfPracticeContent(code.title(), code.whyItMatters(), code.aim(), code.vcsUndertakings(),
				code.publicSectorUndertakings(), code.allPartnersCommitments(), code.caseStudies(), subCodes,
				code.measurableCommitments());
	}

	static CodeOfPracticeContent withAim(CodeOfPracticeContent code, String aim) {
		return new CodeOfPracticeContent(code.title(), code.whyItMatters(), aim, code.vcsUndertakings(),
				code.publicSectorUndertakings(), code.allPartnersCommitments(), code.caseStudies(), code.subCodes(),
				code.measurableCommitments());
	}

}
