package org.compacts.compact.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.compacts.compact.funding.FundingRules.Finding;
import org.compacts.compact.funding.FundingRules.Outcome;
import org.compacts.compact.versioning.MeasurableCommitment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The funding code's commitments, as data, judging one grant or contract at a time. */
class FundingRulesTest {

	/** Kent's funding code, and the "pay in advance" of the seeds. */
	static final List<MeasurableCommitment> KENT = List.of(
			MeasurableCommitment.standard("funding term where appropriate", 3, "years"),
			MeasurableCommitment.practice("full cost recovery"), MeasurableCommitment.practice("payment in advance"));

	static Terms terms(int months, Terms.Payment payment, boolean fullCost) {
		return new Terms(Terms.Kind.GRANT, new BigDecimal("45000.00"), months, null, payment, fullCost, 12,
				LocalDate.of(2027, 4, 1));
	}

	@Test
	void aThreeYearGrantInAdvanceAtFullCostIsCompliant() {
		List<Finding> findings = FundingRules.check(terms(36, Terms.Payment.IN_ADVANCE, true), KENT);

		assertThat(findings).extracting(Finding::outcome).containsExactly(Outcome.MET, Outcome.MET, Outcome.MET);
		assertThat(FundingRules.compliant(findings)).isTrue();
	}

	@Test
	void aOneYearTermWithNoReasonFallsShortOfTheStandard() {
		List<Finding> findings = FundingRules.check(terms(12, Terms.Payment.IN_ADVANCE, true), KENT);

		assertThat(findings.get(0)).isEqualTo(new Finding("funding term where appropriate", Outcome.NOT_MET,
				"12 months is shorter than the standard of 3 years (36 months) and no reason is recorded why a "
						+ "shorter term is appropriate"));
		assertThat(FundingRules.compliant(findings)).isFalse();
	}

	@Test
	void aShorterTermIsAppropriateWhenItsReasonIsRecorded() {
		Terms pilot = new Terms(Terms.Kind.GRANT, BigDecimal.TEN, 12, " a one-year pilot ", Terms.Payment.IN_ADVANCE,
				true, 12, LocalDate.of(2027, 4, 1));

		Finding term = FundingRules.check(pilot, KENT).get(0);

		assertThat(term.outcome()).isEqualTo(Outcome.MET);
		assertThat(term.reason()).endsWith("appropriate because: a one-year pilot");
	}

	@Test
	void aMinimumTermAllowsNoReasonToFallShort() {
		Terms pilot = new Terms(Terms.Kind.CONTRACT, BigDecimal.TEN, 12, "a pilot", Terms.Payment.IN_ADVANCE, true, 12,
				LocalDate.of(2027, 4, 1));

		Finding term = FundingRules.check(pilot, List.of(MeasurableCommitment.minimum("contract term", 24, "months")))
			.get(0);

		assertThat(term.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(term.reason()).isEqualTo("12 months is shorter than the minimum of 24 months (24 months)");
	}

	@Test
	void aMaximumTermIsACeiling() {
		List<MeasurableCommitment> ceiling = List.of(MeasurableCommitment.maximum("funding term", 5, "years"));

		assertThat(FundingRules.check(terms(60, Terms.Payment.IN_ADVANCE, true), ceiling).get(0).outcome())
			.isEqualTo(Outcome.MET);
		assertThat(FundingRules.check(terms(61, Terms.Payment.IN_ADVANCE, true), ceiling).get(0).outcome())
			.isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void fullCostRecoveryIsAPracticeDoneOrNot() {
		List<Finding> findings = FundingRules.check(terms(36, Terms.Payment.IN_ADVANCE, false), KENT);

		assertThat(findings.get(1)).isEqualTo(
				new Finding("full cost recovery", Outcome.NOT_MET, "it does not recover the full cost of the work"));
	}

	@Test
	void paymentInArrearsBreaksPaymentInAdvance() {
		List<Finding> findings = FundingRules.check(terms(36, Terms.Payment.IN_ARREARS, true), KENT);

		assertThat(findings.get(2))
			.isEqualTo(new Finding("payment in advance", Outcome.NOT_MET, "it is paid in arrears, not in advance"));
		assertThat(FundingRules.compliant(findings)).isFalse();
	}

	@Test
	void aNoticePeriodIsCountedInWeeks() {
		List<MeasurableCommitment> notice = List.of(MeasurableCommitment.minimum("notice period", 12, "weeks"));

		assertThat(FundingRules.check(terms(36, Terms.Payment.IN_ADVANCE, true), notice).get(0).outcome())
			.isEqualTo(Outcome.MET);
		Terms short_ = new Terms(Terms.Kind.GRANT, BigDecimal.TEN, 36, null, Terms.Payment.IN_ADVANCE, true, 4,
				LocalDate.of(2027, 4, 1));
		assertThat(FundingRules.check(short_, notice).get(0)).isEqualTo(
				new Finding("notice period", Outcome.NOT_MET, "4 weeks' notice is less than the 12 weeks asked"));
	}

	@Test
	void aQuantityInAUnitThatDoesNotConvertExactlyIsNotCheckedAndDoesNotFail() {
		List<MeasurableCommitment> months = List.of(MeasurableCommitment.minimum("notice period", 3, "months"));

		List<Finding> findings = FundingRules.check(terms(36, Terms.Payment.IN_ADVANCE, true), months);

		assertThat(findings).extracting(Finding::outcome).containsExactly(Outcome.NOT_CHECKED);
		assertThat(FundingRules.compliant(findings)).isTrue();
	}

	@Test
	void commitmentsNoRecordCanShowAreLeftOut() {
		List<MeasurableCommitment> consultation = List
			.of(MeasurableCommitment.minimum("minimum consultation period", 8, "weeks"));

		assertThat(FundingRules.recognised(consultation)).isEmpty();
		assertThat(FundingRules.check(terms(12, Terms.Payment.IN_ARREARS, false), consultation)).isEmpty();
		assertThat(FundingRules.recognised(KENT)).hasSize(3);
	}

	@Test
	void aCodeThatRaisesItsStandardFailsWhatPassedBefore() {
		Terms threeYears = terms(36, Terms.Payment.IN_ADVANCE, true);
		List<MeasurableCommitment> raised = List.of(MeasurableCommitment.standard("funding term", 4, "years"));

		assertThat(FundingRules.compliant(FundingRules.check(threeYears, KENT))).isTrue();
		assertThat(FundingRules.compliant(FundingRules.check(threeYears, raised))).isFalse();
	}

}
