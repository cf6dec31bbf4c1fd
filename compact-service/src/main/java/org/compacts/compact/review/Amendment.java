package org.compacts.compact.review;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * Feedback or a suggested amendment to the compact, taken on board at its next annual
 * review, and what that review decided (with its reason).
 *
 * @param id kept when it is carried into the next year's review; a gathered suggestion's
 * own id
 * @param itemId the principle or code it is about, by stable id, when it names one
 */
@Embeddable
record Amendment(@Column(name = "amendment_id") UUID id, String suggestion, String suggestedBy, LocalDate receivedOn,
		@Enumerated(EnumType.STRING) Decision decision, @Nullable String reason, @Nullable UUID itemId) {

	Amendment decided(Decision decision, @Nullable String reason) {
		return new Amendment(id, suggestion, suggestedBy, receivedOn, decision, reason, itemId);
	}

}
