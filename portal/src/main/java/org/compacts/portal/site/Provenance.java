package org.compacts.portal.site;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.compacts.portal.site.Reads.Content;
import org.compacts.portal.site.Reads.SubCode;

/**
 * Where an inherited item came from: "Adopted from Kent Partners Compact, version 4,
 * published 12 March 2027", and what the district changed or added locally.
 *
 * @param sourcePath the page of the item in the compact it came from
 * @param publishedAt when that version was published there; null if it cannot be read
 * @param amendedFields the parts the district worded differently from that version
 * @param localSubCodes sub-codes the district added of its own
 */
record Provenance(String sourceSlug, String sourceName, String sourcePath, int version, Instant publishedAt,
		List<String> amendedFields, Set<String> localSubCodes) {

	public boolean isAmended() {
		return !amendedFields.isEmpty() || !localSubCodes.isEmpty();
	}

	public boolean isLocal(SubCode subCode) {
		return localSubCodes.contains(subCode.title());
	}

	/**
	 * Compares a copy with the upstream version it took; where that version cannot be
	 * read, nothing is said to differ.
	 */
	static Provenance of(String sourceSlug, String sourceName, String sourcePath, int version, Instant publishedAt,
			Content copy, Content upstream) {
		List<String> amended = new ArrayList<>();
		Set<String> local = Set.of();
		if (upstream != null) {
			differs(amended, "Title", copy.title(), upstream.title());
			differs(amended, "Text", copy.text(), upstream.text());
			differs(amended, "Why it matters", copy.whyItMatters(), upstream.whyItMatters());
			differs(amended, "Aim", copy.aim(), upstream.aim());
			differs(amended, "VCS undertakings", copy.vcsUndertakings(), upstream.vcsUndertakings());
			differs(amended, "Public sector undertakings", copy.publicSectorUndertakings(),
					upstream.publicSectorUndertakings());
			differs(amended, "All partners", copy.allPartnersCommitments(), upstream.allPartnersCommitments());
			differs(amended, "Measurable commitments", copy.measurableCommitments(), upstream.measurableCommitments());
			differs(amended, "Case studies", copy.caseStudies(), upstream.caseStudies());
			Set<String> upstreamTitles = upstream.subCodes().stream().map(SubCode::title).collect(Collectors.toSet());
			local = copy.subCodes()
				.stream()
				.map(SubCode::title)
				.filter(title -> !upstreamTitles.contains(title))
				.collect(Collectors.toSet());
			List<SubCode> shared = copy.subCodes().stream().filter(s -> upstreamTitles.contains(s.title())).toList();
			List<SubCode> upstreamShared = upstream.subCodes()
				.stream()
				.filter(s -> shared.stream().anyMatch(c -> c.title().equals(s.title())))
				.toList();
			differs(amended, "Sub-codes", Set.copyOf(shared), Set.copyOf(upstreamShared));
		}
		return new Provenance(sourceSlug, sourceName, sourcePath, version, publishedAt, List.copyOf(amended), local);
	}

	private static void differs(List<String> amended, String field, Object copy, Object upstream) {
		if (!Objects.equals(blankAsNull(copy), blankAsNull(upstream))) {
			amended.add(field);
		}
	}

	private static Object blankAsNull(Object value) {
		return value instanceof String text && text.isBlank() ? null : value;
	}

}
