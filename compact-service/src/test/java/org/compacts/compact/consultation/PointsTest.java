package org.compacts.compact.consultation;

import java.util.List;

import org.compacts.compact.consultation.Points.Tallied;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PointsTest {

	static final List<Question> QUESTIONS = List.of(
			new Question("How well does the compact work?", QuestionType.RATING, List.of(), 5, List.of()),
			new Question("Is joint monitoring achievable?", QuestionType.ACHIEVABILITY, List.of(), null, List.of()),
			new Question("Is a champion in every council achievable?", QuestionType.ACHIEVABILITY, List.of(), null,
					List.of()));

	static Answer tag(int question, Achievability tag) {
		return new Answer(question, null, List.of(), null, null, null, tag);
	}

	static ResponseContent response(List<Answer> answers, Comment... comments) {
		return new ResponseContent(answers, List.of(comments));
	}

	@Test
	void eachQuestionThenEachFieldCommentedOnInTheOrderFirstCommented() {
		List<Tallied> points = Points.of(QUESTIONS,
				List.of(response(List.of(), new Comment("publicSectorUndertakings[2]", "Pay in advance.", null),
						new Comment("aim", "Say who.", Achievability.ASPIRATIONAL)),
						response(List.of(), new Comment("aim", "Shorter.", Achievability.ASPIRATIONAL))));

		assertThat(points).extracting(Tallied::point)
			.containsExactly(Point.question(0), Point.question(1), Point.question(2),
					Point.anchor("publicSectorUndertakings[2]"), Point.anchor("aim"));
		assertThat(points.get(4)).isEqualTo(new Tallied(Point.anchor("aim"), "aim", 0, 2, 2));
		assertThat(points.get(3).isAspirational()).as("commented on but tagged by no one").isFalse();
	}

	@Test
	void aPointIsAspirationalWhenNoFewerTaggedItAspirationalThanAchievable() {
		List<Tallied> points = Points.of(QUESTIONS,
				List.of(response(List.of(tag(1, Achievability.ASPIRATIONAL), tag(2, Achievability.ACHIEVABLE))),
						response(List.of(tag(1, Achievability.ACHIEVABLE), tag(2, Achievability.ACHIEVABLE))),
						response(List.of(tag(1, Achievability.ASPIRATIONAL), tag(2, Achievability.ASPIRATIONAL)))));

		// question 2: 1 achievable, 2 aspirational; question 3: 2 achievable, 1
		// aspirational
		assertThat(points.get(1)).isEqualTo(new Tallied(Point.question(1), "Is joint monitoring achievable?", 1, 2, 0));
		assertThat(points.get(1).isAspirational()).isTrue();
		assertThat(points.get(2).isAspirational()).isFalse();
		assertThat(points.get(0).isAspirational()).as("a rating is tagged by no one").isFalse();
	}

	@Test
	void aTieIsAspirationalForItIsNotAgreedToBeWithinReach() {
		List<Tallied> points = Points.of(QUESTIONS, List.of(response(List.of(tag(1, Achievability.ACHIEVABLE))),
				response(List.of(tag(1, Achievability.ASPIRATIONAL)))));

		assertThat(points.get(1).isAspirational()).isTrue();
	}

	@Test
	void noResponsesNoTags() {
		assertThat(Points.of(QUESTIONS, List.of())).allSatisfy(point -> {
			assertThat(point.isAspirational()).isFalse();
			assertThat(point.achievable() + point.aspirational()).isZero();
		});
	}

	@Test
	void aPointNamesOneQuestionOrOneField() {
		assertThat(Point.question(2).isSensible()).isTrue();
		assertThat(Point.anchor("aim").isSensible()).isTrue();
		assertThat(new Point(2, "aim").isSensible()).isFalse();
		assertThat(new Point(null, " ").isSensible()).isFalse();
		assertThat(Point.question(2).label()).isEqualTo("question 3");
		assertThat(Point.anchor("aim").label()).isEqualTo("comments on aim");
	}

}
