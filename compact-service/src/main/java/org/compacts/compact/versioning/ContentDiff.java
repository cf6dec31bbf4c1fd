package org.compacts.compact.versioning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Works out the {@link FieldChange}s between two versions. Prose is compared word by
 * word; ordered lists item by item (a reworded undertaking shows as one removed and one
 * added: the reader sees both wordings); sub-codes and measurable commitments by their
 * title or name, so a changed quantity reads as a change of that commitment rather than a
 * removal and an addition.
 */
final class ContentDiff {

	private ContentDiff() {
	}

	static List<FieldChange> changes(ItemVersion before, ItemVersion after) {
		List<FieldChange> changes = new ArrayList<>();
		text(changes, "Title", before.content().title(), after.content().title());
		if (before.content() instanceof PrincipleContent b && after.content() instanceof PrincipleContent a) {
			text(changes, "Text", b.text(), a.text());
		}
		if (before.content() instanceof CodeOfPracticeContent b && after.content() instanceof CodeOfPracticeContent a) {
			text(changes, "Why it matters", b.whyItMatters(), a.whyItMatters());
			text(changes, "Aim", b.aim(), a.aim());
			list(changes, "VCS undertakings", b.vcsUndertakings(), a.vcsUndertakings());
			list(changes, "Public sector undertakings", b.publicSectorUndertakings(), a.publicSectorUndertakings());
			list(changes, "All partners commitments", b.allPartnersCommitments(), a.allPartnersCommitments());
			list(changes, "Case studies", b.caseStudies(), a.caseStudies());
			subCodes(changes, b.subCodes(), a.subCodes());
			commitments(changes, b.measurableCommitments(), a.measurableCommitments());
		}
		if (before.mode() != after.mode()) {
			changes.add(FieldChange.changed("Mode", label(before.mode()), label(after.mode())));
		}
		return changes;
	}

	private static void text(List<FieldChange> changes, String field, String before, String after) {
		List<WordChange> words = WordDiff.between(before, after);
		// Only words count: whitespace and line breaks moved by re-flowing are not a
		// change.
		if (words.stream().anyMatch(run -> run.kind() != WordChange.Kind.KEPT)) {
			changes.add(new FieldChange(field, FieldChange.Kind.CHANGED, before, after, words));
		}
	}

	private static void list(List<FieldChange> changes, String field, List<String> before, List<String> after) {
		if (before.equals(after)) {
			return;
		}
		for (WordDiff.Step<String> step : WordDiff.align(before, after)) {
			changes.add(switch (step.kind()) {
				case KEPT -> FieldChange.unchanged(field, step.item());
				case ADDED -> FieldChange.added(field, step.item());
				case REMOVED -> FieldChange.removed(field, step.item());
			});
		}
	}

	private static void subCodes(List<FieldChange> changes, List<SubCode> before, List<SubCode> after) {
		Map<String, SubCode> old = byKey(before, SubCode::title);
		Map<String, SubCode> now = byKey(after, SubCode::title);
		for (SubCode code : before) {
			if (!now.containsKey(code.title())) {
				changes.add(FieldChange.removed("Sub-codes", code.title() + ": " + code.text()));
			}
			else {
				text(changes, "Sub-code " + code.title(), code.text(), now.get(code.title()).text());
			}
		}
		after.stream()
			.filter(code -> !old.containsKey(code.title()))
			.forEach(code -> changes.add(FieldChange.added("Sub-codes", code.title() + ": " + code.text())));
	}

	private static void commitments(List<FieldChange> changes, List<MeasurableCommitment> before,
			List<MeasurableCommitment> after) {
		Map<String, MeasurableCommitment> old = byKey(before, MeasurableCommitment::name);
		Map<String, MeasurableCommitment> now = byKey(after, MeasurableCommitment::name);
		for (MeasurableCommitment commitment : before) {
			MeasurableCommitment next = now.get(commitment.name());
			if (next == null) {
				changes.add(FieldChange.removed("Measurable commitments", described(commitment)));
			}
			else if (!next.equals(commitment)) {
				// The name usually says the kind ("minimum ..."), so the kind is only
				// spelled out when it changed.
				boolean kindChanged = next.kind() != commitment.kind();
				changes.add(FieldChange.changed(commitment.name(), measure(commitment, kindChanged),
						measure(next, kindChanged)));
			}
		}
		after.stream()
			.filter(commitment -> !old.containsKey(commitment.name()))
			.forEach(commitment -> changes.add(FieldChange.added("Measurable commitments", described(commitment))));
	}

	/**
	 * "minimum consultation period: 8 weeks (minimum)", or just the name of a practice.
	 */
	private static String described(MeasurableCommitment commitment) {
		return commitment.quantity() == null ? commitment.name() : commitment.name() + ": " + measure(commitment, true);
	}

	private static String measure(MeasurableCommitment commitment, boolean withKind) {
		if (!withKind) {
			return commitment.measure();
		}
		String kind = commitment.kind().name().toLowerCase();
		return commitment.quantity() == null ? kind : commitment.measure() + " (" + kind + ")";
	}

	private static String label(Mode mode) {
		return mode.name().toLowerCase();
	}

	private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
		return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

}
