package org.compacts.portal.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An annual review as compact-service gives it; who started and signed it off for members
 * only.
 */
record Review(UUID id, int year, String period, String state, List<Answer> answers, List<Amendment> amendments,
		Snapshot snapshot, boolean snapshotFrozen, @Nullable String startedBy, @Nullable Instant startedAt,
		@Nullable String signedOffBy, @Nullable String signedOffFor, @Nullable LocalDate signedOffOn,
		@Nullable Instant publishedAt, long version) {

	record Answer(String question, @Nullable String answer) {
	}

	record Amendment(UUID id, String suggestion, String suggestedBy, LocalDate receivedOn, String decision,
			@Nullable String reason) {

		public String getDecisionWords() {
			return switch (decision) {
				case "ACCEPTED" -> "Accepted";
				case "REJECTED" -> "Rejected";
				case "DEFERRED" -> "Deferred";
				default -> "Not decided";
			};
		}

		public boolean isPending() {
			return "PENDING".equals(decision);
		}

	}

	record Snapshot(LocalDate takenOn, Plan plan, Disputes disputes, Successes successes) {
	}

	record Plan(int plans, int actions, Map<String, Integer> actionsByStatus, int overdue, int percentDone,
			int indicators, Map<String, Integer> indicatorsByRag) {

		/** Each status in words, with its count, in the service's order. */
		public List<Line> getStatusLines() {
			return actionsByStatus.entrySet()
				.stream()
				.map(entry -> new Line(words(entry.getKey()), entry.getValue()))
				.toList();
		}

		/** Each RAG in words ("No reading yet" for none), with its count. */
		public List<Line> getRagLines() {
			return indicatorsByRag.entrySet()
				.stream()
				.map(entry -> new Line(entry.getKey().equals("NONE") ? "No reading yet" : words(entry.getKey()),
						entry.getValue()))
				.toList();
		}

	}

	/** A figure with its words: "On track", 3. */
	record Line(String words, int count) {
	}

	record Disputes(int raised, int open, int resolved, int withdrawn, @Nullable Double medianDaysToResolve) {
	}

	record Successes(int recorded, int drafts, int approved, int caseStudies) {
	}

	public boolean isDraft() {
		return "DRAFT".equals(state);
	}

	public boolean isSignedOff() {
		return "SIGNED_OFF".equals(state);
	}

	public boolean isPublished() {
		return "PUBLISHED".equals(state);
	}

	public String getStateWords() {
		return switch (state) {
			case "SIGNED_OFF" -> "Signed off";
			case "PUBLISHED" -> "Published";
			default -> "Draft";
		};
	}

	public String getStateTagClass() {
		return switch (state) {
			case "SIGNED_OFF" -> "govuk-tag--blue";
			case "PUBLISHED" -> "govuk-tag--green";
			default -> "govuk-tag--grey";
		};
	}

	/** "Not started", "On track": a status or RAG by its name, in words. */
	public static String words(String name) {
		String words = name.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
