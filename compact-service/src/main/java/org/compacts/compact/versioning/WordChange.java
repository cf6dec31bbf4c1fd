package org.compacts.compact.versioning;

import java.util.Objects;

/**
 * A run of words a text kept, gained or lost between two versions. Consecutive words with
 * the same fate form one run, joined by single spaces.
 */
public record WordChange(Kind kind, String words) {

	public enum Kind {

		KEPT, ADDED, REMOVED

	}

	public WordChange {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(words, "words");
	}

}
