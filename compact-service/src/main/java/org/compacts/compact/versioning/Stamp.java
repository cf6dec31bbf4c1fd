package org.compacts.compact.versioning;

import java.time.Instant;
import java.util.Objects;

/**
 * Who did something and when: the username of an identity user and the instant.
 */
public record Stamp(String by, Instant at) {

	public Stamp {
		Objects.requireNonNull(by, "by");
		Objects.requireNonNull(at, "at");
		if (by.isBlank()) {
			throw new IllegalArgumentException("a stamp names who acted");
		}
	}

}
