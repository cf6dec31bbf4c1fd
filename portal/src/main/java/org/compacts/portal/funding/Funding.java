package org.compacts.portal.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A grant or contract as compact-service answers it, with its check. */
record Funding(UUID id, String title, UUID funderId, String funder, UUID recipientId, String recipient, String kind,
		BigDecimal amount, int termMonths, @Nullable String shorterTermReason, String payment, boolean fullCostRecovery,
		int noticeWeeks, LocalDate startsOn, String status, List<Finding> findings,
		@Nullable CheckedAgainst checkedAgainst, boolean newlyFailing, long version) {

	record Finding(String commitment, String outcome, String reason) {

		public String getOutcomeWords() {
			return switch (outcome) {
				case "MET" -> "Met";
				case "NOT_MET" -> "Not met";
				default -> "Not checked";
			};
		}

	}

	record CheckedAgainst(UUID codeId, String title, int version) {
	}

	public String getStatusWords() {
		return switch (status) {
			case "COMPLIANT" -> "Compliant";
			case "NOT_COMPLIANT" -> "Not compliant";
			default -> "Not checked";
		};
	}

	public String getStatusTagClass() {
		return switch (status) {
			case "COMPLIANT" -> "govuk-tag--green";
			case "NOT_COMPLIANT" -> "govuk-tag--red";
			default -> "govuk-tag--grey";
		};
	}

	public String getKindWords() {
		return "GRANT".equals(kind) ? "Grant" : "Contract";
	}

	public String getPaymentWords() {
		return "IN_ADVANCE".equals(payment) ? "In advance" : "In arrears";
	}

}
