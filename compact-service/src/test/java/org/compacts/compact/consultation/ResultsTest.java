package org.compacts.compact.consultation;

import java.util.List;
import java.util.Map;

import org.compacts.compact.consultation.Results.Count;
import org.compacts.compact.consultation.Results.Counted;
import org.compacts.compact.consultation.Results.QuestionResult;
import org.compacts.compact.consultation.Results.Score;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures worked out by hand beside each test. */
class ResultsTest {

	static final List<Question> QUESTIONS = List.of(
			new Question("How well does the compact work?", QuestionType.RATING, List.of(), 5,
					List.of("very poorly", "poorly", "neither", "well", "very well")),
			new Question("Rank the implementation options", QuestionType.RANKING, List.of("A", "B", "C"), null,
					List.of()),
			new Question("Are you prepared to be a Champion?", QuestionType.YES_NO, List.of(), null, List.of()),
			new Question("Priority of monitoring", QuestionType.PRIORITY, List.of(), null, List.of()),
			new Question("Which forums do you use?", QuestionType.MULTIPLE_CHOICE, List.of("LSP", "CVS", "Other"), null,
					List.of()),
			new Question("Anything else?", QuestionType.FREE_TEXT, List.of(), null, List.of()),
			new Question("Is joint monitoring achievable?", QuestionType.ACHIEVABILITY, List.of(), null, List.of()));

	static Answer rating(int rating) {
		return new Answer(0, rating, List.of(), null, null, null, null);
	}

	static Answer ranking(Integer... order) {
		return new Answer(1, null, List.of(order), null, null, null, null);
	}

	static Answer yes(boolean yes) {
		return new Answer(2, null, List.of(), yes, null, null, null);
	}

	static Counted response(String sector, Answer... answers) {
		return new Counted(sector, new ResponseContent(List.of(answers), List.of()));
	}

	static Results results(Counted... responses) {
		return Results.of(QUESTIONS, List.of(responses), List.of("PUBLIC", "VCS", "PRIVATE", Results.INDIVIDUAL));
	}

	@Test
	void ratingsGiveCountsMeanAndMedianOfAnOddNumber() {
		// 1, 4, 4, 5, 5: mean 19 / 5 = 3.8, median the third, 4
		Results results = results(response("VCS", rating(4)), response("VCS", rating(1)), response("PUBLIC", rating(5)),
				response("VCS", rating(5)), response("PRIVATE", rating(4)));

		QuestionResult rated = results.questions().get(0);
		assertThat(rated.answered()).isEqualTo(5);
		assertThat(rated.counts()).containsExactly(new Count("1 very poorly", 1), new Count("2 poorly", 0),
				new Count("3 neither", 0), new Count("4 well", 2), new Count("5 very well", 2));
		assertThat(rated.mean()).isEqualTo(3.8);
		assertThat(rated.median()).isEqualTo(4.0);
	}

	@Test
	void theMedianOfAnEvenNumberIsBetweenTheMiddleTwo() {
		// 2, 3, 5, 5: median (3 + 5) / 2 = 4, mean 15 / 4 = 3.75
		Results results = results(response("VCS", rating(5)), response("VCS", rating(2)), response("VCS", rating(3)),
				response("VCS", rating(5)));

		assertThat(results.questions().get(0).median()).isEqualTo(4.0);
		assertThat(results.questions().get(0).mean()).isEqualTo(3.75);
	}

	@Test
	void rankingsGiveABordaCount() {
		// three options: first 2 points, second 1, third 0
		// A,B,C -> A2 B1 C0; B,A,C -> B2 A1; C,B,A -> C2 B1; B,C,A -> B2 C1
		// A = 2+1+0+0 = 3, B = 1+2+1+2 = 6, C = 0+0+2+1 = 3; first places A1 B2 C1
		Results results = results(response("VCS", ranking(0, 1, 2)), response("VCS", ranking(1, 0, 2)),
				response("PUBLIC", ranking(2, 1, 0)), response("VCS", ranking(1, 2, 0)));

		QuestionResult ranked = results.questions().get(1);
		assertThat(ranked.borda()).containsExactly(new Score("A", 3), new Score("B", 6), new Score("C", 3));
		assertThat(ranked.counts()).containsExactly(new Count("A", 1), new Count("B", 2), new Count("C", 1));
		assertThat(ranked.mean()).isNull();
	}

	@Test
	void yesOrNoGivesTheShareOfYesAmongThoseWhoAnswered() {
		// 3 of 4 answering say yes; the fifth response did not answer
		Results results = results(response("VCS", yes(true)), response("VCS", yes(false)), response("VCS", yes(true)),
				response("PUBLIC", yes(true)), response("PUBLIC", rating(3)));

		QuestionResult champion = results.questions().get(2);
		assertThat(champion.answered()).isEqualTo(4);
		assertThat(champion.counts()).containsExactly(new Count("YES", 3), new Count("NO", 1));
		assertThat(champion.yesShare()).isEqualTo(0.75);
		assertThat(results.questions().get(0).answered()).isEqualTo(1);
	}

	@Test
	void choicesPrioritiesTextsAndTagsAreCounted() {
		Results results = results(
				response("VCS", new Answer(3, null, List.of(), null, Priority.HIGH, null, null),
						new Answer(4, null, List.of(0, 1), null, null, null, null),
						new Answer(5, null, List.of(), null, null, "More time, please.", null),
						new Answer(6, null, List.of(), null, null, null, Achievability.ASPIRATIONAL)),
				response("PUBLIC", new Answer(3, null, List.of(), null, Priority.HIGH, null, null),
						new Answer(4, null, List.of(1), null, null, null, null),
						new Answer(6, null, List.of(), null, null, null, Achievability.ACHIEVABLE)),
				response("VCS", new Answer(6, null, List.of(), null, null, null, Achievability.ASPIRATIONAL)));

		assertThat(results.questions().get(3).counts()).containsExactly(new Count("HIGH", 2), new Count("MEDIUM", 0),
				new Count("LOW", 0));
		assertThat(results.questions().get(4).counts()).containsExactly(new Count("LSP", 1), new Count("CVS", 2),
				new Count("Other", 0));
		assertThat(results.questions().get(5).texts()).containsExactly("More time, please.");
		assertThat(results.questions().get(6).counts()).containsExactly(new Count("ACHIEVABLE", 1),
				new Count("ASPIRATIONAL", 2));
	}

	@Test
	void commentsAreGroupedByAnchorAndResponsesCountedBySector() {
		Comment aim = new Comment("aim", "Say who leads.", null);
		Comment third = new Comment("publicSectorUndertakings[3]", "Which forum?", Achievability.ASPIRATIONAL);
		Comment aimAgain = new Comment("aim", "Shorter, please.", Achievability.ACHIEVABLE);
		Results results = Results.of(QUESTIONS,
				List.of(new Counted("VCS", new ResponseContent(List.of(), List.of(aim, third))),
						new Counted(Results.INDIVIDUAL, new ResponseContent(List.of(), List.of(aimAgain)))),
				List.of("PUBLIC", "VCS", "PRIVATE", Results.INDIVIDUAL));

		assertThat(results.commentsByAnchor()).containsExactly(Map.entry("aim", List.of(aim, aimAgain)),
				Map.entry("publicSectorUndertakings[3]", List.of(third)));
		assertThat(results.bySector()).containsExactly(Map.entry("PUBLIC", 0), Map.entry("VCS", 1),
				Map.entry("PRIVATE", 0), Map.entry("INDIVIDUAL", 1));
		assertThat(results.responses()).isEqualTo(2);
	}

	@Test
	void noResponsesGiveZerosAndNoAverages() {
		Results results = results();

		assertThat(results.questions()).allSatisfy(question -> assertThat(question.answered()).isZero());
		assertThat(results.questions().get(0).mean()).isNull();
		assertThat(results.questions().get(0).median()).isNull();
		assertThat(results.questions().get(2).yesShare()).isNull();
		assertThat(results.questions().get(1).borda()).extracting(Score::points).containsExactly(0, 0, 0);
	}

}
