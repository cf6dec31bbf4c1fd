package org.compacts.compact.versioning;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One change between two versions. {@code field} names what changed, as a reader of the
 * code knows it: a text field ("Aim"), a list whose item was added, removed or kept ("VCS
 * undertakings"), a sub-code ("Sub-code Carers") or a measurable commitment by its name
 * ("minimum consultation period").
 *
 * @param before the old value; null for ADDED
 * @param after the new value; null for REMOVED
 * @param wordChanges for a changed text, the words kept, added and removed; empty
 * otherwise
 */
public record FieldChange(String field, Kind kind, @Nullable String before, @Nullable String after,
		List<WordChange> wordChanges) {

	public enum Kind {

		ADDED, REMOVED, CHANGED,
		/** A list item that stayed, given as context around the items that changed. */
		UNCHANGED

	}

	public FieldChange {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(kind, "kind");
		wordChanges = List.copyOf(wordChanges);
	}

	static FieldChange added(String field, String after) {
		return new FieldChange(field, Kind.ADDED, null, after, List.of());
	}

	static FieldChange removed(String field, String before) {
		return new FieldChange(field, Kind.REMOVED, before, null, List.of());
	}

	static FieldChange unchanged(String field, String value) {
		return new FieldChange(field, Kind.UNCHANGED, value, value, List.of());
	}

	static FieldChange changed(String field, String before, String after) {
		return new FieldChange(field, Kind.CHANGED, before, after, List.of());
	}

}
