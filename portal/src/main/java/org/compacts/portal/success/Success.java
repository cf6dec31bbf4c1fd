package org.compacts.portal.success;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.compacts.portal.backend.ItemNames;
import org.jspecify.annotations.Nullable;

/**
 * A success as compact-service gives it; who recorded and approved it for members only.
 */
record Success(UUID id, String title, String story, @Nullable List<Organisation> organisations,
		@Nullable List<Link> links, @Nullable String evidence, @Nullable List<String> evidenceLinks,
		@Nullable List<String> sectors, @Nullable String place, String state, @Nullable Instant recordedAt,
		@Nullable String recordedBy, @Nullable Instant approvedAt, @Nullable String approvedBy,
		@Nullable Instant publicSince, long version) {

	Success {
		organisations = organisations == null ? List.of() : organisations;
		links = links == null ? List.of() : links;
		evidenceLinks = evidenceLinks == null ? List.of() : evidenceLinks;
		sectors = sectors == null ? List.of() : sectors;
	}

	/** From the signatory register (with its id) or named. */
	record Organisation(@Nullable UUID organisationId, String name) {
	}

	/**
	 * A principle or code it shows; source is the compact it was adopted from, if it was.
	 */
	record Link(UUID itemId, String kind, String title, @Nullable String source) {

		/** "Funding code (from Kent)". */
		public String getWords() {
			return ItemNames.of(kind, title, source);
		}

		public String getCollection() {
			return "CODE".equals(kind) ? "codes" : "principles";
		}

	}

	/** The state in words, for a GOV.UK tag: never colour alone. */
	public String getStateWords() {
		return switch (state) {
			case "DRAFT" -> "Draft";
			case "APPROVED" -> "Approved";
			case "PUBLIC" -> "Public";
			default -> state;
		};
	}

	public String getStateTagClass() {
		return switch (state) {
			case "DRAFT" -> "govuk-tag--grey";
			case "APPROVED" -> "govuk-tag--blue";
			default -> "govuk-tag--green";
		};
	}

	public String getOrganisationNames() {
		return String.join(", ", organisations.stream().map(Organisation::name).toList());
	}

	public boolean isDraft() {
		return "DRAFT".equals(state);
	}

	public boolean isApproved() {
		return "APPROVED".equals(state);
	}

	public boolean isPublic() {
		return "PUBLIC".equals(state);
	}

}
