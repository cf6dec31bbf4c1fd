package org.compacts.compact.versioning;

import java.util.ArrayList;
import java.util.List;

import static org.compacts.compact.versioning.WordChange.Kind.ADDED;
import static org.compacts.compact.versioning.WordChange.Kind.KEPT;
import static org.compacts.compact.versioning.WordChange.Kind.REMOVED;

/**
 * A word diff by longest common subsequence. Words are split on whitespace, so re-flowing
 * a paragraph is not a change. The same alignment serves lists of undertakings, item by
 * item.
 */
final class WordDiff {

	/**
	 * Above this many table cells (about 4 MB) the middle is shown as replaced wholesale:
	 * coarse, never wrong.
	 */
	static final long MAX_CELLS = 1_000_000;

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
		// Edits are usually small: setting the common ends aside keeps the table to the
		// part that changed.
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
		int n = before.size();
		int m = after.size();
		List<Step<T>> steps = new ArrayList<>();
		int i = 0;
		int j = 0;
		if ((long) n * m <= MAX_CELLS) {
			// common[i][j]: length of the longest common subsequence of before[i..] and
			// after[j..]
			int[][] common = new int[n + 1][m + 1];
			for (int b = n - 1; b >= 0; b--) {
				for (int a = m - 1; a >= 0; a--) {
					common[b][a] = before.get(b).equals(after.get(a)) ? common[b + 1][a + 1] + 1
							: Math.max(common[b + 1][a], common[b][a + 1]);
				}
			}
			while (i < n && j < m) {
				if (before.get(i).equals(after.get(j))) {
					steps.add(new Step<>(KEPT, before.get(i++)));
					j++;
				}
				else if (common[i + 1][j] >= common[i][j + 1]) { // removals first, so
																	// [-old-]{+new+}
																	// reads in order
					steps.add(new Step<>(REMOVED, before.get(i++)));
				}
				else {
					steps.add(new Step<>(ADDED, after.get(j++)));
				}
			}
		}
		before.subList(i, n).forEach(item -> steps.add(new Step<>(REMOVED, item)));
		after.subList(j, m).forEach(item -> steps.add(new Step<>(ADDED, item)));
		return steps;
	}

	private static List<String> words(String text) {
		String trimmed = text.strip();
		return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
	}

}
