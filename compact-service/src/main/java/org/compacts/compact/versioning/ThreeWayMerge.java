package org.compacts.compact.versioning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Merges a new upstream version of a shared item into a district's amended copy, field by
 * field, against the base: the upstream version the district last took. A field changed
 * on one side only takes that side's value; changed alike on both is fine; changed
 * differently on both is a conflict naming the field. Lists (undertakings, case studies,
 * measurable commitments) are compared as whole fields.
 *
 * <p>
 * Sub-codes are matched by title, each title a field of its own
 * ({@code subCodes[Carers]}). A local supplement, a sub-code whose title is neither in
 * the base nor upstream, is always kept as the district wrote it, after the shared ones.
 */
public final class ThreeWayMerge {

	/**
	 * What merging gives: the merged content, or the fields both sides changed
	 * differently.
	 */
	public sealed interface Result permits Merged, Conflict {

	}

	public record Merged(ItemContent content) implements Result {

	}

	/**
	 * @param fields the names of the fields both sides changed differently, in the
	 * content's order
	 */
	public record Conflict(List<String> fields, ItemContent base, ItemContent local,
			ItemContent upstream) implements Result {

		public Conflict {
			fields = List.copyOf(fields);
			if (fields.isEmpty()) {
				throw new IllegalArgumentException("a conflict names at least one field");
			}
		}

	}

	private ThreeWayMerge() {
	}

	public static Result merge(ItemContent base, ItemContent local, ItemContent upstream) {
		Objects.requireNonNull(base, "base");
		Objects.requireNonNull(local, "local");
		Objects.requireNonNull(upstream, "upstream");
		if (base.getClass() != local.getClass() || base.getClass() != upstream.getClass()) {
			throw new IllegalArgumentException("an item keeps one kind of content");
		}
		Fields fields = new Fields();
		ItemContent merged = upstream instanceof PrincipleContent up
				? principle(fields, (PrincipleContent) base, (PrincipleContent) local, up) : code(fields,
						(CodeOfPracticeContent) base, (CodeOfPracticeContent) local, (CodeOfPracticeContent) upstream);
		return fields.conflicts.isEmpty() ? new Merged(merged) : new Conflict(fields.conflicts, base, local, upstream);
	}

	private static PrincipleContent principle(Fields fields, PrincipleContent base, PrincipleContent local,
			PrincipleContent upstream) {
		return new PrincipleContent(fields.merge("title", base.title(), local.title(), upstream.title()),
				fields.merge("text", base.text(), local.text(), upstream.text()));
	}

	private static CodeOfPracticeContent code(Fields fields, CodeOfPracticeContent base, CodeOfPracticeContent local,
			CodeOfPracticeContent upstream) {
		return new CodeOfPracticeContent(fields.merge("title", base.title(), local.title(), upstream.title()),
				fields.merge("whyItMatters", base.whyItMatters(), local.whyItMatters(), upstream.whyItMatters()),
				fields.merge("aim", base.aim(), local.aim(), upstream.aim()),
				fields.merge("vcsUndertakings", base.vcsUndertakings(), local.vcsUndertakings(),
						upstream.vcsUndertakings()),
				fields.merge("publicSectorUndertakings", base.publicSectorUndertakings(),
						local.publicSectorUndertakings(), upstream.publicSectorUndertakings()),
				fields.merge("allPartnersCommitments", base.allPartnersCommitments(), local.allPartnersCommitments(),
						upstream.allPartnersCommitments()),
				fields.merge("caseStudies", base.caseStudies(), local.caseStudies(), upstream.caseStudies()),
				subCodes(fields, base.subCodes(), local.subCodes(), upstream.subCodes()),
				fields.merge("measurableCommitments", base.measurableCommitments(), local.measurableCommitments(),
						upstream.measurableCommitments()));
	}

	/**
	 * The shared sub-codes in upstream's order (then any the district kept that upstream
	 * dropped), each merged by title; then the district's supplements in its own order.
	 */
	private static List<SubCode> subCodes(Fields fields, List<SubCode> base, List<SubCode> local,
			List<SubCode> upstream) {
		Map<String, String> baseTexts = texts(base);
		Map<String, String> localTexts = texts(local);
		Map<String, String> upstreamTexts = texts(upstream);
		Set<String> shared = new LinkedHashSet<>(upstreamTexts.keySet());
		shared.addAll(baseTexts.keySet());
		List<SubCode> merged = new ArrayList<>();
		for (String title : shared) {
			Optional<String> text = fields.merge("subCodes[" + title + "]", Optional.ofNullable(baseTexts.get(title)),
					Optional.ofNullable(localTexts.get(title)), Optional.ofNullable(upstreamTexts.get(title)));
			text.ifPresent(kept -> merged.add(new SubCode(title, kept)));
		}
		for (SubCode sub : local) {
			if (!shared.contains(sub.title())) {
				merged.add(sub);
			}
		}
		return merged;
	}

	private static Map<String, String> texts(List<SubCode> subCodes) {
		Map<String, String> texts = new LinkedHashMap<>();
		subCodes.forEach(sub -> texts.put(sub.title(), sub.text()));
		return texts;
	}

	/**
	 * The conflicts found so far; a conflicting field keeps the local value until someone
	 * decides.
	 */
	private static final class Fields {

		private final List<String> conflicts = new ArrayList<>();

		<T> T merge(String field, T base, T local, T upstream) {
			if (Objects.equals(local, upstream) || Objects.equals(base, upstream)) {
				return local;
			}
			if (Objects.equals(base, local)) {
				return upstream;
			}
			conflicts.add(field);
			return local;
		}

	}

}
