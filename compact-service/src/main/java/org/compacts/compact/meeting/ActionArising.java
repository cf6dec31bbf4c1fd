package org.compacts.compact.meeting;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * An action minuted at a meeting, and the plan action it became.
 *
 * @param ownerInitials as minuted: "JW", "JD & JP", "ALL"
 * @param ownerPeople whom the initials named among those present
 * @param itemNumber the agenda item it arose under, from 1
 */
@Embeddable
record ActionArising(String text, String ownerInitials, String ownerPeople, @Nullable String ownerOrganisations,
		@Nullable Integer itemNumber, LocalDate dueOn, UUID planId, UUID actionId) {
}
