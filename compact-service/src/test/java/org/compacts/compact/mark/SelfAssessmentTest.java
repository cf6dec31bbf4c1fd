package org.compacts.compact.mark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.compacts.compact.mark.SelfAssessment.Reply;
import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A self-assessment's rules, without a database: answering, review, award, revocation.
 */
class SelfAssessmentTest {

	static final Instant AT = Instant.parse("2027-03-01T10:00:00Z");

	static final LocalDate DAY = LocalDate.of(2027, 3, 1);

	static final UUID CODE = UUID.randomUUID();

	static SelfAssessment draft() {
		return new SelfAssessment(UUID.randomUUID(),
				List.of(new Undertakings.Question(CODE, "Funding", 1, "Use full cost recovery"),
						new Undertakings.Question(CODE, "Funding", 1, "Three year funding where appropriate")),
				"kim", AT);
	}

	static SelfAssessment submitted(Reply first, Reply second) {
		SelfAssessment assessment = draft();
		assessment.answer(List.of(first, second));
		assessment.submit(AT);
		return assessment;
	}

	static List<String> fields(Throwable refusal) {
		return ((Refusal) refusal).fields().stream().map(InvalidField::field).toList();
	}

	@Test
	void anOrganisationThatSignedNoUndertakingHasNothingToAssess() {
		assertThatThrownBy(() -> new SelfAssessment(UUID.randomUUID(), List.of(), "kim", AT))
			.isInstanceOf(Refusal.class)
			.satisfies(refusal -> assertThat(fields(refusal)).containsExactly("organisationId"));
	}

	@Test
	void aDraftIsAnsweredInTheOrderAskedOnePerUndertaking() {
		SelfAssessment assessment = draft();

		assertThatThrownBy(() -> assessment.answer(List.of(new Reply(Response.MET, "accounts"))))
			.isInstanceOf(Refusal.class)
			.satisfies(refusal -> assertThat(fields(refusal)).containsExactly("answers"));

		assessment.answer(List.of(new Reply(Response.MET, " audited accounts "), new Reply(null, " ")));
		assertThat(assessment.answers()).extracting(Answer::response).containsExactly(Response.MET, null);
		assertThat(assessment.answers().get(0).evidence()).isEqualTo("audited accounts");
		assertThat(assessment.answers().get(1).evidence()).isNull();
	}

	@Test
	void itIsSubmittedOnlyWhenEveryUndertakingIsAnsweredAndWhatIsMetHasEvidence() {
		SelfAssessment assessment = draft();
		assessment.answer(List.of(new Reply(Response.PARTLY, null), new Reply(null, null)));

		assertThatThrownBy(() -> assessment.submit(AT)).isInstanceOf(Refusal.class)
			.satisfies(refusal -> assertThat(fields(refusal)).containsExactly("answers[0].evidence",
					"answers[1].response"));
		assertThat(assessment.state()).isEqualTo(State.DRAFT);
	}

	@Test
	void aSubmittedOneMeetingEveryUndertakingIsAwardedUntilItExpires() {
		SelfAssessment assessment = submitted(new Reply(Response.MET, "accounts"),
				new Reply(Response.PARTLY, "two of three grants"));

		assessment.award(DAY, DAY.plusYears(1), "sam");

		assertThat(assessment.state()).isEqualTo(State.AWARDED);
		assertThat(assessment.holdsOn(DAY.plusYears(1))).isTrue();
		assertThat(assessment.holdsOn(DAY.plusYears(1).plusDays(1))).isFalse();
	}

	@Test
	void anUndertakingNotMetIsNoCompactCompliance() {
		SelfAssessment assessment = submitted(new Reply(Response.MET, "accounts"), new Reply(Response.NOT_MET, null));

		assertThatThrownBy(() -> assessment.award(DAY, DAY.plusYears(1), "sam")).isInstanceOf(Refusal.class)
			.satisfies(refusal -> {
				assertThat(((Refusal) refusal).ground()).isEqualTo(Refusal.Ground.CONFLICT);
				assertThat(fields(refusal)).containsExactly("answers[1].response");
			});
		assertThat(assessment.state()).isEqualTo(State.SUBMITTED);
	}

	@Test
	void onlyASubmittedOneIsAwardedAndItExpiresAfterTheAward() {
		assertThatThrownBy(() -> draft().award(DAY, DAY.plusYears(1), "sam")).isInstanceOf(Refusal.class)
			.satisfies(refusal -> assertThat(fields(refusal)).containsExactly("state"));
		SelfAssessment assessment = submitted(new Reply(Response.MET, "a"), new Reply(Response.MET, "b"));
		assertThatThrownBy(() -> assessment.award(DAY, DAY, "sam")).isInstanceOf(Refusal.class)
			.satisfies(refusal -> assertThat(fields(refusal)).containsExactly("expiresOn"));
	}

	@Test
	void aSubmittedOneSentBackIsADraftAgain() {
		SelfAssessment assessment = submitted(new Reply(Response.MET, "a"), new Reply(Response.NOT_MET, null));

		assessment.sendBack();
		assessment.answer(List.of(new Reply(Response.MET, "a"), new Reply(Response.MET, "b")));

		assertThat(assessment.state()).isEqualTo(State.DRAFT);
		assertThat(assessment.submittedAt()).isNull();
	}

	@Test
	void anAwardedMarkIsRevokedOnceWithItsReasonAndNotBeforeTheAward() {
		SelfAssessment assessment = submitted(new Reply(Response.MET, "a"), new Reply(Response.MET, "b"));
		assessment.award(DAY, DAY.plusYears(1), "sam");

		assertThatThrownBy(() -> assessment.revoke(DAY.minusDays(1), "late", "sam")).isInstanceOf(Refusal.class)
			.satisfies(refusal -> assertThat(fields(refusal)).containsExactly("revokedOn"));
		assessment.revoke(DAY.plusMonths(2), "paid in arrears throughout", "sam");

		assertThat(assessment.state()).isEqualTo(State.REVOKED);
		assertThat(assessment.revocationReason()).isEqualTo("paid in arrears throughout");
		assertThat(assessment.holdsOn(DAY.plusMonths(3))).isFalse();
		assertThatThrownBy(() -> assessment.revoke(DAY.plusMonths(3), "again", "sam")).isInstanceOf(Refusal.class);
	}

	@Test
	void whatWasSubmittedIsNotAnsweredAgainUntilSentBack() {
		SelfAssessment assessment = submitted(new Reply(Response.MET, "a"), new Reply(Response.MET, "b"));

		assertThatThrownBy(
				() -> assessment.answer(List.of(new Reply(Response.NOT_MET, null), new Reply(Response.NOT_MET, null))))
			.isInstanceOf(Refusal.class);
		assertThat(assessment.answers()).extracting(Answer::response).containsExactly(Response.MET, Response.MET);
	}

}
