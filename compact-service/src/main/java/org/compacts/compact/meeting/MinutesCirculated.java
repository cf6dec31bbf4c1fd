package org.compacts.compact.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A meeting's minutes went out to its attendees for approval at the next meeting. Raised
 * in the transaction that circulated them, for whoever tells the attendees.
 *
 * @param tenant the compact's slug
 * @param attendees those present, each with an e-mail where the minutes gave one
 */
public record MinutesCirculated(String tenant, UUID meetingId, String title, LocalDate heldOn,
		List<Recipient> attendees) {

	public MinutesCirculated {
		attendees = List.copyOf(attendees);
	}

	public record Recipient(String name, @Nullable String email) {
	}

}
