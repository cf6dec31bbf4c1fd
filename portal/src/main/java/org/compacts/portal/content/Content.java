package org.compacts.portal.content;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A principle's or a code's words, as compact-service gives them; a principle has only a
 * title and text.
 */
public record Content(String title, @Nullable String text, @Nullable String whyItMatters, @Nullable String aim,
		@Nullable List<String> vcsUndertakings, @Nullable List<String> publicSectorUndertakings,
		@Nullable List<String> allPartnersCommitments, @Nullable List<String> caseStudies,
		@Nullable List<SubCode> subCodes, @Nullable List<Commitment> measurableCommitments) {

	/** A code within a code. */
	public record SubCode(String title, String text) {
	}

	/** A measurable commitment: a practice has no quantity. */
	public record Commitment(String name, String kind, @Nullable Quantity quantity) {
	}

	/** How much of what: 8 weeks. */
	public record Quantity(int amount, String unit) {
	}

}
