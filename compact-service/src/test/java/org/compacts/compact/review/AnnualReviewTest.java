package org.compacts.compact.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A review's rules, without a database: draft, signed off, published; and the next year's
 * starting from the last.
 */
class AnnualReviewTest {

	static final Instant AT = Instant.parse("2027-03-01T10:00:00Z");

	static final LocalDate ON = LocalDate.of(2027, 3, 20);

	static AnnualReview answered(int year, AnnualReview last) {
		AnnualReview review = new AnnualReview(year, last, "sam", AT);
		review.answer(review.answers().stream().map(open -> new Answer(open.question(), "Yes.")).toList());
		return review;
	}

	@Test
	void aFirstReviewAsksTheCompactsMonitoringQuestionsAndHasNoAmendments() {
		AnnualReview review = new AnnualReview(2026, null, "sam", AT);
		assertThat(review.state()).isEqualTo(ReviewState.DRAFT);
		assertThat(review.answers()).extracting(Answer::question).isEqualTo(AnnualReview.FIRST_QUESTIONS);
		assertThat(review.answers()).noneMatch(Answer::isAnswered);
		assertThat(review.amendments()).isEmpty();
		assertThat(review.snapshot()).isNull();
	}

	@Test
	void itIsSignedOffOnlyWhenEveryQuestionIsAnsweredThenFrozenThenPublished() {
		AnnualReview review = new AnnualReview(2026, null, "sam", AT);
		review.answer(List.of(new Answer("Who reports?", "The steering group."), new Answer("How?", " ")));

		Refusal unanswered = catchThrowableOfType(Refusal.class,
				() -> review.signOff("{}", "sam", "Swale Compact Steering Group", ON));
		assertThat(unanswered.fields()).containsExactly(new InvalidField("answers[1].answer", "is not answered"));
		assertThat(review.state()).isEqualTo(ReviewState.DRAFT);
		assertThatThrownBy(() -> review.publish(AT)).isInstanceOf(Refusal.class).hasMessageContaining("draft");

		review.answer(List.of(new Answer("Who reports?", "The steering group."), new Answer("How?", "Quarterly.")));
		review.signOff("{\"year\":2026}", "sam", "Swale Compact Steering Group, chaired by Jo Chair", ON);
		assertThat(review.state()).isEqualTo(ReviewState.SIGNED_OFF);
		assertThat(review.snapshot()).isEqualTo("{\"year\":2026}");
		assertThat(review.signedOffFor()).endsWith("chaired by Jo Chair");

		assertThatThrownBy(() -> review.answer(List.of(new Answer("Who?", "No one.")))).isInstanceOf(Refusal.class)
			.hasMessageContaining("signed off");
		assertThatThrownBy(() -> review.suggest("More", "CVS", ON)).isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> review.signOff("{}", "sam", "group", ON)).isInstanceOf(Refusal.class);
		assertThat(review.snapshot()).isEqualTo("{\"year\":2026}");

		review.publish(AT);
		assertThat(review.isPublished()).isTrue();
		assertThat(review.publishedAt()).isEqualTo(AT);
		assertThatThrownBy(() -> review.publish(AT)).isInstanceOf(Refusal.class);
	}

	@Test
	void questionsAreAskedOnceAndAtLeastOne() {
		AnnualReview review = new AnnualReview(2026, null, "sam", AT);
		Refusal twice = catchThrowableOfType(Refusal.class,
				() -> review.answer(List.of(new Answer("Who?", null), new Answer(" who? ", "Us"))));
		assertThat(twice.fields()).containsExactly(new InvalidField("answers[1].question", "is asked twice"));
		assertThatThrownBy(() -> review.answer(List.of())).isInstanceOf(Refusal.class);
		assertThat(review.answers()).extracting(Answer::question).isEqualTo(AnnualReview.FIRST_QUESTIONS);
	}

	@Test
	void aDecisionOtherThanPendingGivesItsReasonAndNamesAnAmendmentOfThisReview() {
		AnnualReview review = new AnnualReview(2026, null, "sam", AT);
		Amendment suggested = review.suggest("Add a volunteering code.", "Swale CVS", ON);
		assertThat(suggested.decision()).isEqualTo(Decision.PENDING);

		Refusal noReason = catchThrowableOfType(Refusal.class,
				() -> review.decide(suggested.id(), Decision.ACCEPTED, " "));
		assertThat(noReason.fields()).extracting(InvalidField::field).containsExactly("reason");
		assertThat(catchThrowableOfType(Refusal.class, () -> review.decide(UUID.randomUUID(), Decision.REJECTED, "No."))
			.ground()).isEqualTo(Refusal.Ground.NOT_FOUND);

		review.decide(suggested.id(), Decision.ACCEPTED, "Agreed by the group.");
		assertThat(review.amendments()).singleElement()
			.satisfies(amendment -> assertThat(amendment.decision()).isEqualTo(Decision.ACCEPTED))
			.satisfies(amendment -> assertThat(amendment.reason()).isEqualTo("Agreed by the group."));
	}

	@Test
	void theNextYearsReviewStartsFromTheLastsQuestionsAndUndecidedAmendments() {
		AnnualReview last = new AnnualReview(2025, null, "sam", AT);
		last.answer(List.of(new Answer("Who reports?", "Us."), new Answer("Is it living?", "Yes.")));
		Amendment accepted = last.suggest("Shorter", "Kent CVS", ON);
		Amendment pending = last.suggest("Add a code", "Swale CVS", ON);
		Amendment deferred = last.suggest("Rename it", "Canterbury", ON);
		last.decide(accepted.id(), Decision.ACCEPTED, "Done.");
		last.decide(deferred.id(), Decision.DEFERRED, "Next year.");
		last.signOff("{}", "sam", "group", ON);

		AnnualReview next = new AnnualReview(2026, last, "kim", AT);
		assertThat(next.answers()).containsExactly(new Answer("Who reports?", null), new Answer("Is it living?", null));
		assertThat(next.amendments()).extracting(Amendment::id).containsExactly(pending.id(), deferred.id());
		assertThat(next.amendments()).allMatch(amendment -> amendment.decision() == Decision.PENDING)
			.allMatch(amendment -> amendment.reason() == null);
		assertThat(last.amendments()).extracting(Amendment::decision)
			.containsExactly(Decision.ACCEPTED, Decision.PENDING, Decision.DEFERRED);

		assertThatThrownBy(() -> new AnnualReview(2026, next, "kim", AT)).isInstanceOf(Refusal.class)
			.hasMessageContaining("2026");
		assertThat(answered(2027, next).answers()).allMatch(Answer::isAnswered);
	}

	@Test
	void aSuggestionOfTheRegisterIsGatheredOncePendingUnderItsOwnIdAndNotIntoASignedOffReview() {
		UUID code = UUID.randomUUID();
		AmendmentSuggestion made = new AmendmentSuggestion("Add a code on volunteering.", code, "Swale CVS", "alex",
				LocalDate.of(2026, 5, 1), AT);
		AnnualReview review = answered(2026, null);

		review.gather(made.gatheredInto(2026));
		review.gather(made.gatheredInto(2026));

		assertThat(review.amendments()).singleElement().satisfies(amendment -> {
			assertThat(amendment.id()).isEqualTo(made.id());
			assertThat(amendment.itemId()).isEqualTo(code);
			assertThat(amendment.decision()).isEqualTo(Decision.PENDING);
		});
		assertThat(made.gatheredIntoYear()).isEqualTo(2026);
		// taken on board, it is decided there, not changed in the register
		assertThatThrownBy(() -> made.change("Other words.", null, "Swale CVS", "alex")).isInstanceOf(Refusal.class)
			.hasMessageContaining("2026");

		review.signOff("{}", "sam", "Swale Compact Steering Group", ON);
		AmendmentSuggestion late = new AmendmentSuggestion("Later.", null, "Kent Police", "kim", ON, AT);
		assertThatThrownBy(() -> review.gather(late.gatheredInto(2026))).isInstanceOf(Refusal.class)
			.hasMessageContaining("signed off");
	}

	@Test
	void onlyItsAuthorChangesASuggestion() {
		AmendmentSuggestion made = new AmendmentSuggestion("Meet in the evenings.", null, "Alex", "alex", ON, AT);
		assertThatThrownBy(() -> made.change("Mine now.", null, "Kim", "kim")).isInstanceOf(Refusal.class);
		made.change("Meet in the evenings, monthly.", null, "Alex", "alex");
		assertThat(made.suggestion()).isEqualTo("Meet in the evenings, monthly.");
	}

}
