package org.compacts.portal.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A self-assessment, or the quality mark it became, as compact-service answers it. */
record Assessment(UUID id, UUID organisationId, String organisation, String state, String status, List<Answer> answers,
		@Nullable LocalDate awardedOn, @Nullable LocalDate expiresOn, @Nullable LocalDate revokedOn,
		@Nullable String revocationReason, long version) {

	record Answer(UUID codeId, String codeTitle, int codeVersion, String undertaking, @Nullable String response,
			@Nullable String evidence) {

		public String getResponseWords() {
			return response == null ? "Not answered" : switch (response) {
				case "MET" -> "Met";
				case "PARTLY" -> "Partly met";
				default -> "Not met";
			};
		}

	}

	public String getStatusWords() {
		return switch (status) {
			case "DRAFT" -> "Draft";
			case "SUBMITTED" -> "Submitted for review";
			case "AWARDED" -> "Compact compliant";
			case "EXPIRED" -> "Expired";
			default -> "Revoked";
		};
	}

	public String getStatusTagClass() {
		return switch (status) {
			case "AWARDED" -> "govuk-tag--green";
			case "SUBMITTED" -> "govuk-tag--blue";
			case "REVOKED" -> "govuk-tag--red";
			default -> "govuk-tag--grey";
		};
	}

}
