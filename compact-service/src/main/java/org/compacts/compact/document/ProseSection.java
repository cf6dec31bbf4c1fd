package org.compacts.compact.document;

import java.time.Instant;
import java.util.Objects;

/**
 * One prose section of the current compact's document, as stored: what to show, and which
 * version it is.
 */
public record ProseSection(SectionKey key, String title, String body, long version, String updatedBy,
		Instant updatedAt) {

	public ProseSection {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(body, "body");
	}

}
