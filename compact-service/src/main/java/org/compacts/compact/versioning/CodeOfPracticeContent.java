package org.compacts.compact.versioning;

import java.util.List;
import java.util.Objects;

/**
 * A code of practice in the structure the Kent Partners Compact draft proposes for every
 * code: why it matters, its aim, what the VCS undertakes, what the public sector
 * undertakes, what all partners agree to be mindful of or develop, case studies, optional
 * sub-codes; and the measurable commitments inside it as data. Lists keep their order
 * (the order the code is read in) and are copied, so a version cannot be changed through
 * a list it was built from.
 */
public record CodeOfPracticeContent(String title, String whyItMatters, String aim, List<String> vcsUndertakings,
		List<String> publicSectorUndertakings, List<String> allPartnersCommitments, List<String> caseStudies,
		List<SubCode> subCodes, List<MeasurableCommitment> measurableCommitments) implements ItemContent {

	public CodeOfPracticeContent {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(whyItMatters, "whyItMatters");
		Objects.requireNonNull(aim, "aim");
		vcsUndertakings = List.copyOf(vcsUndertakings);
		publicSectorUndertakings = List.copyOf(publicSectorUndertakings);
		allPartnersCommitments = List.copyOf(allPartnersCommitments);
		caseStudies = List.copyOf(caseStudies);
		subCodes = List.copyOf(subCodes);
		measurableCommitments = List.copyOf(measurableCommitments);
		if (measurableCommitments.stream().map(MeasurableCommitment::name).distinct().count() < measurableCommitments
			.size()) {
			throw new IllegalArgumentException("two measurable commitments of one code share a name: " + title);
		}
		if (subCodes.stream().map(SubCode::title).distinct().count() < subCodes.size()) {
			throw new IllegalArgumentException("two sub-codes of one code share a title: " + title);
		}
	}

}
