package org.compacts.sync.deadletters;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A dead letter sent back to its original topic, the audit of it.
 *
 * @param id the dead letter's id
 * @param originalTopic where it was sent
 * @param replayedBy the platform admin who sent it
 * @param replayedAt when
 */
@Schema(name = "DeadLetterReplay")
public record DeadLetterReplay(String id, String originalTopic, String replayedBy, Instant replayedAt) {

}
