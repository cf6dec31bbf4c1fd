package org.compacts.compact.meeting;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * Someone minuted at a meeting: present, with the initials the minutes give actions to,
 * or sending apologies.
 */
@Embeddable
record Attendee(String name, @Nullable String organisation, @Nullable String initials, @Nullable String email,
		boolean present) {
}
