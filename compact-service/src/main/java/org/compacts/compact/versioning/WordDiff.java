package org.compacts.compact.versioning;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.Patch;

import static org.compacts.compact.versioning.WordChange.Kind.ADDED;
import static org.compacts.compact.versioning.WordChange.Kind.KEPT;
import static org.compacts.compact.versioning.WordChange.Kind.REMOVED;

/**
 * A word diff: java-diff-utils' Myers diff over the words, so the most words are kept.
 * Words are split on whitespace, so re-flowing a paragraph is not a change. The same
 * alignment serves lists of undertakings, item by item.
 */
final class WordDiff {

	/**
	 * Above this many words in the changed middle, both sides together, it is shown as
	 * replaced wholesale, coarse but never wrong: Myers' work grows with the square of
	 * the differences, and a field may hold 20,000 characters.
	 */
	static final int MAX_WORDS = 2_000;

	record Step<T>(WordChange.Kind kind, T item) {
	}

	private WordDiff() {
	}

	static List<WordChange> between(String before, String after) {
		List<WordChange> runs = new ArrayList<>();
		for (Step<String> step : align(words(before), words(after))) {
			int last = runs.size() - 1;
			if (last >= 0 && runs.get(last).kind() == step.kind()) {
				runs.set(last, new WordChange(step.kind(), runs.get(last).words() + " " + step.item()));
			}
			else {
				runs.add(new WordChange(step.kind(), step.item()));
			}
		}
		return runs;
	}

	static <T> List<Step<T>> align(List<T> before, List<T> after) {
		// Edits are usually small: setting the common ends aside keeps the diff, and the
		// guard above, to the part that changed.
		int start = 0;
		while (start < before.size() && start < after.size() && before.get(start).equals(after.get(start))) {
			start++;
		}
		int endBefore = before.size();
		int endAfter = after.size();
		while (endBefore > start && endAfter > start && before.get(endBefore - 1).equals(after.get(endAfter - 1))) {
			endBefore--;
			endAfter--;
		}
		List<Step<T>> steps = new ArrayList<>();
		before.subList(0, start).forEach(item -> steps.add(new Step<>(KEPT, item)));
		steps.addAll(middle(before.subList(start, endBefore), after.subList(start, endAfter)));
		before.subList(endBefore, before.size()).forEach(item -> steps.add(new Step<>(KEPT, item)));
		return steps;
	}

	private static <T> List<Step<T>> middle(List<T> before, List<T> after) {
		List<Step<T>> steps = new ArrayList<>();
		if (before.size() + after.size() > MAX_WORDS) {
			before.forEach(item -> steps.add(new Step<>(REMOVED, item)));
			after.forEach(item -> steps.add(new Step<>(ADDED, item)));
			return steps;
		}
		// Myers' shortest edit script keeps the most words; of two as short, it removes
		// before it adds, so a moved item reads as removed here and added there.
		Patch<T> patch = DiffUtils.diff(before, after, true);
		// Between two kept stretches all removals come first, whichever order the deltas
		// come in, so [-old-]{+new+} reads in order.
		List<Step<T>> added = new ArrayList<>();
		for (AbstractDelta<T> delta : patch.getDeltas()) {
			if (delta.getType() == DeltaType.EQUAL) {
				steps.addAll(added);
				added.clear();
				delta.getSource().getLines().forEach(item -> steps.add(new Step<>(KEPT, item)));
			}
			else {
				delta.getSource().getLines().forEach(item -> steps.add(new Step<>(REMOVED, item)));
				delta.getTarget().getLines().forEach(item -> added.add(new Step<>(ADDED, item)));
			}
		}
		steps.addAll(added);
		return steps;
	}

	private static List<String> words(String text) {
		String trimmed = text.strip();
		return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
	}

}
