package org.compacts.portal.consultation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A point of a closed consultation as compact-service shows it (its
 * ConsultationPointView): a question or a field of the draft commented on, how
 * respondents tagged it, the compact's answer and, for members, the plan action it
 * became.
 */
record Point(@Nullable Integer question, @Nullable String anchor, String label, String text, int achievable,
		int aspirational, int comments, boolean isAspirational, @Nullable Reply reply, @Nullable Made action) {

	/** The compact's answer: you said, we did. */
	record Reply(UUID id, @Nullable Integer question, @Nullable String anchor, String text, @Nullable Item item,
			@Nullable Integer itemVersion, @Nullable Instant answeredAt, long version) {
	}

	/** The principle or code a changed version is of. */
	record Item(UUID itemId, String kind, String title) {

		public String getPath() {
			return "CODE".equals(kind) ? "codes" : "principles";
		}

	}

	record Made(UUID planId, UUID actionId) {
	}

	/** What a person reads as the point: "Question 3: ..." or "Comments on aim". */
	public String getHeading() {
		return question != null ? "Question " + (question + 1) + ": " + text
				: "Comments on " + (anchor == null ? "the draft" : Anchors.words(anchor));
	}

	/** The query that names it on the answer page. */
	public String getQuery() {
		return question != null ? "question=" + question : "anchor="
				+ java.net.URLEncoder.encode(anchor == null ? "" : anchor, java.nio.charset.StandardCharsets.UTF_8);
	}

}
