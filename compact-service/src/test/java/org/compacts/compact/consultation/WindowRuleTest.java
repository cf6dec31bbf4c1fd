package org.compacts.compact.consultation;

import java.time.LocalDate;
import java.util.List;

import org.compacts.compact.consultation.WindowRule.Verdict;
import org.compacts.compact.versioning.MeasurableCommitment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WindowRuleTest {

	static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

	/** Kent's Consultation code: "12 weeks ... with a minimum of 8 weeks". */
	static final List<MeasurableCommitment> KENT = List.of(
			MeasurableCommitment.standard("standard consultation period", 12, "weeks"),
			MeasurableCommitment.minimum("minimum consultation period", 8, "weeks"));

	static WindowRule kent() {
		return WindowRule.of(KENT, "Consultation, version 1");
	}

	@Test
	void theCodesCommitmentsSetTheRule() {
		WindowRule rule = kent();

		assertThat(rule.standardWeeks()).isEqualTo(12);
		assertThat(rule.minimumWeeks()).isEqualTo(8);
		assertThat(rule.source()).isEqualTo("Consultation, version 1");
	}

	@Test
	void twelveWeeksOrMoreIsAllowed() {
		assertThat(kent().judge(MONDAY, MONDAY.plusWeeks(12), null).verdict()).isEqualTo(Verdict.ALLOWED);
		assertThat(kent().judge(MONDAY, MONDAY.plusWeeks(13), null).verdict()).isEqualTo(Verdict.ALLOWED);
	}

	@Test
	void tenWeeksIsWarnedNamingTheCodeVersion() {
		WindowRule.Judgement judgement = kent().judge(MONDAY, MONDAY.plusWeeks(10), null);

		assertThat(judgement.verdict()).isEqualTo(Verdict.WARNED);
		assertThat(judgement.message()).contains("10 weeks", "standard of 12 weeks", "Consultation, version 1");
	}

	@Test
	void aDayShortOfTheStandardIsWarnedAndTheMinimumItselfIsNotRefused() {
		assertThat(kent().judge(MONDAY, MONDAY.plusWeeks(12).minusDays(1), null).verdict()).isEqualTo(Verdict.WARNED);
		assertThat(kent().judge(MONDAY, MONDAY.plusWeeks(8), null).verdict()).isEqualTo(Verdict.WARNED);
	}

	@Test
	void sixWeeksIsRefusedWithoutAReasonAndAllowedWithOne() {
		WindowRule.Judgement refused = kent().judge(MONDAY, MONDAY.plusWeeks(6), " ");
		WindowRule.Judgement allowed = kent().judge(MONDAY, MONDAY.plusWeeks(6), "The funding decision is in March.");

		assertThat(refused.verdict()).isEqualTo(Verdict.REFUSED);
		assertThat(refused.refused()).isTrue();
		assertThat(refused.message()).contains("6 weeks", "minimum of 8 weeks");
		assertThat(allowed.verdict()).isEqualTo(Verdict.ALLOWED_WITH_REASON);
		assertThat(allowed.refused()).isFalse();
	}

	@Test
	void aDayShortOfTheMinimumIsRefused() {
		assertThat(kent().judge(MONDAY, MONDAY.plusWeeks(8).minusDays(1), null).verdict()).isEqualTo(Verdict.REFUSED);
	}

	@Test
	void aNewVersionWithOtherNumbersGivesAnotherRule() {
		WindowRule rule = WindowRule.of(
				List.of(MeasurableCommitment.standard("standard consultation period", 10, "weeks"),
						MeasurableCommitment.minimum("minimum consultation period", 6, "weeks")),
				"Consultation, version 2");

		assertThat(rule.judge(MONDAY, MONDAY.plusWeeks(6), null).verdict()).isEqualTo(Verdict.WARNED);
		assertThat(rule.judge(MONDAY, MONDAY.plusWeeks(10), null).verdict()).isEqualTo(Verdict.ALLOWED);
		assertThat(kent().judge(MONDAY, MONDAY.plusWeeks(6), null).verdict()).isEqualTo(Verdict.REFUSED);
	}

	@Test
	void periodsInDaysCountAndOneNamedForConsultationComesFirst() {
		WindowRule rule = WindowRule.of(List.of(MeasurableCommitment.standard("payment period", 30, "days"),
				MeasurableCommitment.standard("consultation period", 60, "days"),
				MeasurableCommitment.minimum("shortest consultation", 40, "days")), "Consultation, version 3");

		assertThat(rule.standardDays()).isEqualTo(60);
		assertThat(rule.minimumDays()).isEqualTo(40);
	}

	@Test
	void aCodeWithoutBothPeriodsFollowsTheNationalDefaultAndSaysSo() {
		WindowRule onlyStandard = WindowRule.of(List.of(MeasurableCommitment.standard("period", 4, "weeks")),
				"Consultation, version 1");
		WindowRule practice = WindowRule.of(List.of(MeasurableCommitment.practice("joint discussion"),
				MeasurableCommitment.minimum("period", 2, "months")), "Consultation, version 1");

		assertThat(onlyStandard).isEqualTo(WindowRule.NATIONAL_DEFAULT);
		assertThat(practice).isEqualTo(WindowRule.NATIONAL_DEFAULT);
		assertThat(WindowRule.NATIONAL_DEFAULT.standardWeeks()).isEqualTo(12);
		assertThat(WindowRule.NATIONAL_DEFAULT.minimumWeeks()).isEqualTo(8);
		assertThat(WindowRule.NATIONAL_DEFAULT.judge(MONDAY, MONDAY.plusWeeks(10), null).message())
			.contains("national standard");
	}

	@Test
	void aMinimumLongerThanTheStandardIsHeldToTheStandard() {
		WindowRule rule = WindowRule.of(List.of(MeasurableCommitment.standard("consultation period", 6, "weeks"),
				MeasurableCommitment.minimum("consultation minimum", 8, "weeks")), "Consultation, version 1");

		assertThat(rule.judge(MONDAY, MONDAY.plusWeeks(7), null).verdict()).isEqualTo(Verdict.ALLOWED);
	}

}
