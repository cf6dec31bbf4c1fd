package org.compacts.compact.dispute;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A dispute was raised or moved to a stage (resolved and withdrawn included), published
 * in the moving transaction, so a listener hears only of what was committed.
 *
 * @param since the day the stage began
 * @param deadline the stage's last day; null once resolved or withdrawn
 * @param ownerUsername who moved it there, now its owner: the one a deadline reminds
 * @param ownerEmail the owner's e-mail address when their sign-in carried one
 */
public record DisputeStageChanged(String tenant, UUID disputeId, DisputeStage stage, LocalDate since,
		@Nullable LocalDate deadline, String ownerUsername, @Nullable String ownerEmail) {
}
