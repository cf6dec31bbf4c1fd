package org.compacts.compact.review;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A monitoring question of the compact and the review's answer; null until answered. */
@Embeddable
record Answer(String question, @Nullable String answer) {

	boolean isAnswered() {
		return answer != null && !answer.isBlank();
	}

}
