package org.compacts.compact.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.compacts.compact.consultation.DemoConsultations.DemoFile;
import org.compacts.compact.consultation.DemoConsultations.DemoQuestion;
import org.compacts.compact.consultation.DemoConsultations.DemoResponse;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Kent's demo consultation file reads as the register would take it, without starting
 * anything: a draft that holds together with a window the national standard allows, and
 * four responses that fit their questions, each answering every question that is not free
 * text.
 */
class DemoConsultationFileTest {

	static final DemoFile KENT = DemoConsultations.read(new ClassPathResource("import/kent-consultation.yaml"));

	@Test
	void theDraftHoldsTogetherAndRunsTheStandardTwelveWeeks() {
		Draft draft = KENT.draft(LocalDate.of(2027, 6, 1));

		assertThatNoException().isThrownBy(draft::requireSensible);
		assertThat(draft.questions()).hasSize(40);
		assertThat(WindowRule.NATIONAL_DEFAULT.judge(draft.opensOn(), draft.closesOn(), null).verdict())
			.isEqualTo(WindowRule.Verdict.ALLOWED);
		assertThat(KENT.questions().stream().map(DemoQuestion::key).distinct()).hasSize(40);
	}

	@Test
	void everyResponseFitsItsQuestionsAndAnswersEveryOneThatIsNotFreeText() {
		List<Question> questions = KENT.draft(LocalDate.of(2027, 6, 1)).questions();
		long closed = questions.stream().filter(question -> question.type() != QuestionType.FREE_TEXT).count();

		assertThat(KENT.responses()).hasSize(4);
		assertThat(KENT.responses().stream().map(DemoResponse::sector)).containsOnly("PUBLIC", "VCS");
		for (DemoResponse response : KENT.responses()) {
			ResponseContent content = KENT.content(response);
			assertThatNoException().as(response.organisation())
				.isThrownBy(() -> content.requireSensible(questions, false));
			assertThat(content.answers()
				.stream()
				.filter(answer -> questions.get(answer.question()).type() != QuestionType.FREE_TEXT)
				.map(Answer::question)
				.distinct()).as(response.organisation()).hasSize((int) closed);
		}
		assertThat(Set.copyOf(KENT.responses().stream().map(DemoResponse::organisation).toList())).hasSize(4);
	}

}
