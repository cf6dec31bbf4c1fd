package org.compacts.compact.funding;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One commitment's finding as stored with the record it judged. */
@Embeddable
record Finding(String commitment, @Enumerated(EnumType.STRING) FundingRules.Outcome outcome, String reason) {

	static Finding of(FundingRules.Finding finding) {
		return new Finding(finding.commitment(), finding.outcome(), finding.reason());
	}

}
