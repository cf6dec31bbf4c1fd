package org.compacts.compact.review;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A member of a steering group.
 *
 * @param role what they do in the group: chair, vice-chair, secretary
 */
@Embeddable
record Member(String name, @Nullable String organisation, @Nullable String role) {

	boolean isChair() {
		return role != null && role.strip().equalsIgnoreCase("chair");
	}

}
