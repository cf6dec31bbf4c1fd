package org.compacts.compact.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a grant or contract says, as far as the compact's funding code judges it.
 *
 * @param termMonths how long the funding runs
 * @param shorterTermReason why a term shorter than the code's standard is appropriate
 * here, if it is: the Kent code asks for three years "where appropriate"
 * @param noticeWeeks how much notice the funder gives before ending or changing it
 */
public record Terms(Kind kind, BigDecimal amount, int termMonths, @Nullable String shorterTermReason, Payment payment,
		boolean fullCostRecovery, int noticeWeeks, LocalDate startsOn) {

	public enum Kind {

		GRANT, CONTRACT

	}

	public enum Payment {

		IN_ADVANCE, IN_ARREARS

	}

}
