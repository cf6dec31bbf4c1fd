package org.compacts.compact.versioning;

import java.util.Objects;

/**
 * An editor's change to an item: the whole new content and mode, and the version the
 * editor started from, which must still be the latest one (optimistic concurrency: a
 * stale edit is refused, not merged).
 */
public record Edit(int startedFrom, ItemContent content, Mode mode, Stamp stamp) {

	public Edit {
		Objects.requireNonNull(content, "content");
		Objects.requireNonNull(mode, "mode");
		Objects.requireNonNull(stamp, "stamp");
	}

}
