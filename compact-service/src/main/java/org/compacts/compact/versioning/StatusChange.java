package org.compacts.compact.versioning;

import java.util.Objects;

/**
 * One move in the life of a version: the status it reached, who moved it and when.
 */
public record StatusChange(ItemStatus status, Stamp stamp) {

	public StatusChange {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(stamp, "stamp");
	}

}
