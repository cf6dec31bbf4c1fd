package org.compacts.portal.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A consultation as compact-service shows it (its ConsultationView). */
record Consultation(UUID id, String title, @Nullable String summary, @Nullable Link item, @Nullable Integer itemVersion,
		LocalDate opensOn, LocalDate closesOn, @Nullable String shortReason, boolean allowsIndividuals,
		List<Question> questions, String state, boolean closed, Window window, @Nullable Instant createdAt,
		@Nullable Instant openedAt, @Nullable Instant closedAt, @Nullable Long responses, long version) {

	Consultation {
		questions = questions == null ? List.of() : questions;
	}

	record Link(UUID itemId, String kind, String title) {
	}

	record Question(String text, String type, List<String> options, @Nullable Integer scale, List<String> labels) {

		Question {
			options = options == null ? List.of() : options;
			labels = labels == null ? List.of() : labels;
		}

		/** The numbers of a rating's scale, with their labels. */
		public List<String> getRatings() {
			int top = scale == null ? 0 : scale;
			return java.util.stream.IntStream.rangeClosed(1, top)
				.mapToObj(n -> labels.isEmpty() ? Integer.toString(n) : n + " " + labels.get(n - 1))
				.toList();
		}

		public String getTypeWords() {
			return TYPES.getOrDefault(type, type);
		}

	}

	/** The rule the window is judged by, and what it says. */
	record Window(int standardWeeks, int minimumWeeks, @Nullable String source, String verdict, String message) {

		public boolean isWarning() {
			return !"ALLOWED".equals(verdict);
		}

	}

	static final Map<String, String> TYPES = Map.of("RATING", "Rating", "RANKING", "Ranking", "PRIORITY",
			"Priority (high, medium, low)", "YES_NO", "Yes or no", "SINGLE_CHOICE", "One of the options",
			"MULTIPLE_CHOICE", "Any of the options", "FREE_TEXT", "Free text", "ACHIEVABILITY",
			"Achievable or aspirational");

	public String getStateWords() {
		return closed ? "Closed" : switch (state) {
			case "DRAFT" -> "Draft";
			case "OPEN" -> "Open";
			default -> "Closed";
		};
	}

	public boolean isDraft() {
		return "DRAFT".equals(state);
	}

	public boolean isOpen() {
		return "OPEN".equals(state) && !closed;
	}

}
