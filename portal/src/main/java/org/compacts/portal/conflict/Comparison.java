package org.compacts.portal.conflict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.compacts.portal.conflict.Conflicts.Conflict;
import org.compacts.portal.conflict.Conflicts.Kind;
import org.compacts.portal.content.Content;
import org.compacts.portal.content.Content.Commitment;
import org.compacts.portal.content.Content.SubCode;
import org.jspecify.annotations.Nullable;

/**
 * A conflict laid out field by field for the page: base, ours and upstream side by side,
 * each field's words as lines, the fields in conflict marked.
 */
final class Comparison {

	/** What each field of an item is called on the pages, in the order the item reads. */
	static final Map<String, String> LABELS = labels();

	/**
	 * One field on the three sides.
	 *
	 * @param inConflict both sides changed it: the editor must choose
	 * @param conflictNote which part of it is in conflict (the sub-codes' titles), if not
	 * all
	 */
	record Row(String field, String label, boolean inConflict, @Nullable String conflictNote, List<String> base,
			List<String> ours, List<String> upstream) {

		public boolean changedHere() {
			return !base.equals(ours);
		}

		public boolean changedUpstream() {
			return !base.equals(upstream);
		}

	}

	private Comparison() {
	}

	static List<Row> rows(Conflict conflict, Kind kind) {
		List<Row> rows = new ArrayList<>();
		List<String> fields = kind == Kind.CODES
				? List.of("title", "whyItMatters", "aim", "vcsUndertakings", "publicSectorUndertakings",
						"allPartnersCommitments", "caseStudies", "subCodes", "measurableCommitments")
				: List.of("title", "text");
		for (String field : fields) {
			Function<Content, List<String>> words = content -> lines(content, field);
			List<String> parts = conflict.fields()
				.stream()
				.filter(name -> name.startsWith(field + "["))
				.map(name -> name.substring(field.length() + 1, name.length() - 1))
				.toList();
			boolean inConflict = conflict.fields().contains(field) || !parts.isEmpty();
			rows.add(new Row(field, LABELS.get(field), inConflict, parts.isEmpty() ? null : String.join(", ", parts),
					words.apply(conflict.base()), words.apply(conflict.local()), words.apply(conflict.upstream())));
		}
		if (conflict.fields().contains("mode")) {
			rows.add(new Row("mode", LABELS.get("mode"), true, null, List.of("Adaptable"), List.of("Adaptable"),
					List.of(conflict.upstreamIsCore() ? "Core: taken as it is, not amended here" : "Adaptable")));
		}
		if (conflict.fields().contains("retired")) {
			rows.add(new Row("retired", LABELS.get("retired"), true, null, List.of("In force"),
					List.of("In force, amended here"), List.of(conflict.upstreamRetired() ? "Retired" : "In force")));
		}
		return rows;
	}

	/**
	 * A field as a person names it: {@code aim} → "Aim", {@code subCodes[Carers]} →
	 * "Sub-codes: Carers".
	 */
	static String label(String field) {
		int bracket = field.indexOf('[');
		String name = bracket < 0 ? field : field.substring(0, bracket);
		String label = LABELS.getOrDefault(name, name);
		return bracket < 0 ? label : label + ": " + field.substring(bracket + 1, field.length() - 1);
	}

	private static List<String> lines(Content content, String field) {
		return switch (field) {
			case "title" -> line(content.title());
			case "text" -> line(content.text());
			case "whyItMatters" -> line(content.whyItMatters());
			case "aim" -> line(content.aim());
			case "vcsUndertakings" -> orEmpty(content.vcsUndertakings());
			case "publicSectorUndertakings" -> orEmpty(content.publicSectorUndertakings());
			case "allPartnersCommitments" -> orEmpty(content.allPartnersCommitments());
			case "caseStudies" -> orEmpty(content.caseStudies());
			case "subCodes" -> orEmpty(content.subCodes()).stream().map(Comparison::said).toList();
			case "measurableCommitments" ->
				orEmpty(content.measurableCommitments()).stream().map(Comparison::said).toList();
			default -> List.of();
		};
	}

	private static String said(SubCode sub) {
		return sub.title() + ": " + sub.text();
	}

	private static String said(Commitment commitment) {
		String kind = commitment.kind().toLowerCase(Locale.ROOT);
		return commitment.quantity() == null ? commitment.name() + " (" + kind + ")" : commitment.name() + ": " + kind
				+ " " + commitment.quantity().amount() + " " + commitment.quantity().unit();
	}

	private static List<String> line(@Nullable String text) {
		return text == null || text.isEmpty() ? List.of() : List.of(text);
	}

	private static <T> List<T> orEmpty(@Nullable List<T> list) {
		return list == null ? List.of() : list;
	}

	private static Map<String, String> labels() {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("title", "Title");
		labels.put("text", "Text");
		labels.put("whyItMatters", "Why it matters");
		labels.put("aim", "Aim");
		labels.put("vcsUndertakings", "What the voluntary and community sector undertakes");
		labels.put("publicSectorUndertakings", "What the public sector undertakes");
		labels.put("allPartnersCommitments", "What all partners will be mindful of or develop");
		labels.put("caseStudies", "Case studies");
		labels.put("subCodes", "Sub-codes");
		labels.put("measurableCommitments", "Measurable commitments");
		labels.put("mode", "Core or adaptable");
		labels.put("retired", "In force or retired");
		return Map.copyOf(labels);
	}

}
