package org.compacts.compact.consultation;

import java.util.List;

import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseContentTest {

	static final List<Question> QUESTIONS = ResultsTest.QUESTIONS;

	static List<String> problems(ResponseContent content, boolean takesComments) {
		try {
			content.requireSensible(QUESTIONS, takesComments);
			return List.of();
		}
		catch (Refusal refusal) {
			return refusal.fields().stream().map(InvalidField::field).toList();
		}
	}

	static ResponseContent answers(Answer... answers) {
		return new ResponseContent(List.of(answers), List.of());
	}

	@Test
	void aSensibleResponseIsAccepted() {
		assertThat(
				problems(answers(ResultsTest.rating(5), ResultsTest.ranking(2, 0, 1), ResultsTest.yes(false)), false))
			.isEmpty();
	}

	@Test
	void eachWrongAnswerIsNamed() {
		assertThat(problems(answers(ResultsTest.rating(6)), false)).containsExactly("answers[0].rating");
		assertThat(problems(answers(ResultsTest.ranking(0, 0, 1)), false)).containsExactly("answers[0].choices");
		assertThat(problems(answers(ResultsTest.ranking(0, 1)), false)).containsExactly("answers[0].choices");
		assertThat(problems(answers(new Answer(4, null, List.of(3), null, null, null, null)), false))
			.containsExactly("answers[0].choices");
		assertThat(problems(answers(new Answer(2, 3, List.of(), null, null, null, null)), false))
			.containsExactly("answers[0]");
		assertThat(problems(answers(new Answer(9, 3, List.of(), null, null, null, null)), false))
			.containsExactly("answers[0].question");
		assertThat(problems(answers(ResultsTest.rating(2), ResultsTest.rating(3)), false))
			.containsExactly("answers[1].question");
	}

	@Test
	void commentsNeedADraftAndAnAnchor() {
		ResponseContent comments = new ResponseContent(List.of(),
				List.of(new Comment("aim", "Fine.", null), new Comment("the aim!", "Hm.", null)));

		assertThat(problems(comments, true)).containsExactly("comments[1].anchor");
		assertThat(problems(comments, false)).containsExactly("comments", "comments[1].anchor");
	}

	@Test
	void questionsAreCheckedForWhatTheirTypeNeeds() {
		List<InvalidField> problems = Question
			.check(List.of(new Question("Rate", QuestionType.RATING, List.of(), 11, List.of()),
					new Question("Rate", QuestionType.RATING, List.of(), 3, List.of("low", "high")),
					new Question("Rank", QuestionType.RANKING, List.of("A"), null, List.of()),
					new Question("Choose", QuestionType.SINGLE_CHOICE, List.of("A", "a"), null, List.of()),
					new Question("Yes?", QuestionType.YES_NO, List.of("A", "B"), 2, List.of())));

		assertThat(problems).extracting(InvalidField::field)
			.containsExactly("questions[0].scale", "questions[1].labels", "questions[2].options",
					"questions[3].options[1]", "questions[4].options", "questions[4].scale");
	}

}
