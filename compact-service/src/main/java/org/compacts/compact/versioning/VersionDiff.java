package org.compacts.compact.versioning;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed from one version of an item to another, field by field, in the order the
 * item is read: structured for the API and the portal, and as plain text for a person (an
 * e-mail to a district, a page of history).
 */
public record VersionDiff(int from, int to, List<FieldChange> changes) implements Comparison {

	public VersionDiff {
		changes = List.copyOf(changes);
	}

	static VersionDiff between(ItemVersion before, ItemVersion after) {
		return new VersionDiff(before.number(), after.number(), ContentDiff.changes(before, after));
	}

	public boolean hasChanges() {
		return changes.stream().anyMatch(change -> change.kind() != FieldChange.Kind.UNCHANGED);
	}

	/**
	 * One line per change; list items that stayed are left out (they are context for a
	 * screen, noise in a message). Changed text is marked inline as
	 * {@code git diff --word-diff} does: [-removed-]{+added+}.
	 */
	public String toPlainText() {
		if (!hasChanges()) {
			return "No changes from v" + from + " to v" + to + ".";
		}
		List<String> lines = new ArrayList<>();
		lines.add("Changes from v" + from + " to v" + to + ":");
		for (FieldChange change : changes) {
			switch (change.kind()) {
				case ADDED -> lines.add(change.field() + ": added \"" + change.after() + "\"");
				case REMOVED -> lines.add(change.field() + ": removed \"" + change.before() + "\"");
				case CHANGED -> lines.add(change.field() + ": " + (change.wordChanges().isEmpty()
						? change.before() + " → " + change.after() : inline(change.wordChanges())));
				case UNCHANGED -> {
				}
			}
		}
		return String.join("\n", lines);
	}

	private static String inline(List<WordChange> runs) {
		List<String> parts = new ArrayList<>();
		for (WordChange run : runs) {
			parts.add(switch (run.kind()) {
				case KEPT -> run.words();
				case REMOVED -> "[-" + run.words() + "-]";
				case ADDED -> "{+" + run.words() + "+}";
			});
		}
		return String.join(" ", parts);
	}

}
