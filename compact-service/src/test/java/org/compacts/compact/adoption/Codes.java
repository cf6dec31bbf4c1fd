package org.compacts.compact.adoption;

import java.util.List;

import org.compacts.compact.versioning.CodeOfPracticeContent;
import org.compacts.compact.versioning.MeasurableCommitment;
import org.compacts.compact.versioning.SubCode;

/**
 * Kent's codes as a county would publish them, and the changes a district or the county
 * makes.
 */
final class Codes {

	private Codes() {
	}

	static CodeOfPracticeContent volunteering() {
		return new CodeOfPracticeContent("Volunteering", "Volunteers are at the heart of the VCS.",
				"This code aims to promote and support volunteering in Kent.",
				List.of("Support and train volunteers", "Reimburse volunteers' expenses"),
				List.of("Recognise the value of volunteering", "Encourage staff to volunteer"),
				List.of("Promote volunteering together"), List.of("Volunteer Centre in Swale"),
				List.of(new SubCode("Young People", "Young volunteers are supported in their own words.")),
				List.of(MeasurableCommitment.practice("volunteers' expenses paid")));
	}

	static CodeOfPracticeContent withAim(CodeOfPracticeContent code, String aim) {
		return new CodeOfPracticeContent(code.title(), code.whyItMatters(), aim, code.vcsUndertakings(),
				code.publicSectorUndertakings(), code.allPartnersCommitments(), code.caseStudies(), code.subCodes(),
				code.measurableCommitments());
	}

	static CodeOfPracticeContent withVcsUndertakings(CodeOfPracticeContent code, List<String> undertakings) {
		return new CodeOfPracticeContent(code.title(), code.whyItMatters(), code.aim(), undertakings,
				code.publicSectorUndertakings(), code.allPartnersCommitments(), code.caseStudies(), code.subCodes(),
				code.measurableCommitments());
	}

	static CodeOfPracticeContent withSubCodes(CodeOfPracticeContent code, List<SubCode> subCodes) {
		return new CodeOfPracticeContent(code.title(), code.whyItMatters(), code.aim(), code.vcsUndertakings(),
				code.publicSectorUndertakings(), code.allPartnersCommitments(), code.caseStudies(), subCodes,
				code.measurableCommitments());
	}

}
