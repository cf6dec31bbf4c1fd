package org.compacts.sync.deadletters;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One record on the dead-letter topic, as an operator reads it.
 *
 * @param id its place on the dead-letter topic, {@code <partition>-<offset>}: what a
 * replay names
 * @param topic the dead-letter topic
 * @param partition its partition there
 * @param offset its offset there
 * @param key the record's key, as it came
 * @param originalTopic where it came from, and where a replay sends it
 * @param originalPartition its partition there
 * @param originalOffset its offset there
 * @param exception the class of the exception that sent it here
 * @param reason that exception's message
 * @param deadAt when it was sent here
 * @param value the record's value as text, as it came
 * @param replay when and by whom it was replayed, if it was
 */
@Schema(name = "DeadLetter")
public record DeadLetter(String id, String topic, int partition, long offset, @Nullable String key,
		@Nullable String originalTopic, @Nullable Integer originalPartition, @Nullable Long originalOffset,
		@Nullable String exception, @Nullable String reason, Instant deadAt, @Nullable String value,
		@Nullable DeadLetterReplay replay) {

	DeadLetter withReplay(@Nullable DeadLetterReplay replay) {
		return new DeadLetter(id, topic, partition, offset, key, originalTopic, originalPartition, originalOffset,
				exception, reason, deadAt, value, replay);
	}

}
