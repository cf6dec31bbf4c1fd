package org.compacts.portal.consultation;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** A closed consultation's results as compact-service works them out. */
record Results(int responses, List<QuestionResult> questions, Map<String, List<Comment>> commentsByAnchor,
		Map<String, Integer> bySector) {

	/** The comments by the part of the draft they are on, named as a person reads it. */
	public Map<String, List<Comment>> getCommentsByPart() {
		Map<String, List<Comment>> byPart = new java.util.LinkedHashMap<>();
		commentsByAnchor.forEach((anchor, comments) -> byPart.put(Anchors.words(anchor), comments));
		return byPart;
	}

	record Count(String label, int count) {

		/**
		 * The service counts fixed answers by their names (ACHIEVABLE, HIGH, YES): a
		 * person reads them as words; a rating's or a choice's label is the question's
		 * own.
		 */
		public String getWords() {
			return switch (label) {
				case "ACHIEVABLE" -> "Achievable";
				case "ASPIRATIONAL" -> "Aspirational";
				case "HIGH" -> "High";
				case "MEDIUM" -> "Medium";
				case "LOW" -> "Low";
				case "YES" -> "Yes";
				case "NO" -> "No";
				default -> label;
			};
		}

	}

	record Score(String option, int points) {
	}

	record Comment(String anchor, String text, @Nullable String tag) {
	}

	record QuestionResult(int question, String text, String type, int answered, List<Count> counts,
			@Nullable Double mean, @Nullable Double median, List<Score> borda, @Nullable Double yesShare,
			List<String> texts) {

		/** Two places are enough for a person to read; the export has them all. */
		public @Nullable String getMeanWords() {
			return mean == null ? null : String.format(java.util.Locale.UK, "%.2f", mean);
		}

		public @Nullable String getYesWords() {
			return yesShare == null ? null : Math.round(yesShare * 100) + "%";
		}

	}

}
