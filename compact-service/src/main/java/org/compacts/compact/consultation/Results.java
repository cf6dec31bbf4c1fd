package org.compacts.compact.consultation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The figures of a closed consultation, worked out from its questions and responses
 * alone: per question the number who answered and the count of each answer, the mean and
 * median of ratings, a Borda count of rankings (with n options the first place scores n-1
 * points, the last 0), the share who said yes; the comments by the field they are
 * anchored to, and the responses by sector.
 */
record Results(int responses, List<QuestionResult> questions, Map<String, List<Comment>> commentsByAnchor,
		Map<String, Integer> bySector) {

	/** The sector of a respondent that is no organisation. */
	static final String INDIVIDUAL = "INDIVIDUAL";

	/** A response as the figures need it: who answered (by sector) and what. */
	record Counted(String sector, ResponseContent content) {
	}

	/** A label and how many gave it. */
	record Count(String label, int count) {
	}

	/** An option and its Borda points. */
	record Score(String option, int points) {
	}

	/**
	 * @param counts how many gave each answer, in the question's order (1 to the scale,
	 * the options, high to low, yes then no, achievable then aspirational)
	 * @param mean and median: of ratings only
	 * @param borda of rankings only, in the order of the options
	 * @param yesShare of yes or no questions only: the share of those answering who said
	 * yes, from 0 to 1
	 * @param texts of free text questions only
	 */
	record QuestionResult(int question, String text, QuestionType type, int answered, List<Count> counts,
			@Nullable Double mean, @Nullable Double median, List<Score> borda, @Nullable Double yesShare,
			List<String> texts) {
	}

	static Results of(List<Question> questions, List<Counted> responses, List<String> sectors) {
		// the answers sorted to their questions in one pass: a pass over every answer for
		// each question grew with the square of the questions (docs/benchmarks.md)
		List<List<Answer>> byQuestion = new ArrayList<>();
		questions.forEach(question -> byQuestion.add(new ArrayList<>()));
		for (Counted response : responses) {
			for (Answer answer : response.content().answers()) {
				if (answer.question() >= 0 && answer.question() < questions.size()) {
					byQuestion.get(answer.question()).add(answer);
				}
			}
		}
		List<QuestionResult> results = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			results.add(of(i, questions.get(i), byQuestion.get(i)));
		}
		Map<String, List<Comment>> byAnchor = new LinkedHashMap<>();
		responses.stream()
			.flatMap(response -> response.content().comments().stream())
			.forEach(comment -> byAnchor.computeIfAbsent(comment.anchor(), anchor -> new ArrayList<>()).add(comment));
		Map<String, Integer> bySector = new LinkedHashMap<>();
		sectors.forEach(sector -> bySector.put(sector, 0));
		responses.forEach(response -> bySector.merge(response.sector(), 1, Integer::sum));
		return new Results(responses.size(), List.copyOf(results), byAnchor, bySector);
	}

	/** The figures of one question from its answers. */
	static QuestionResult of(int index, Question question, List<Answer> answers) {
		List<Count> counts = List.of();
		Double mean = null;
		Double median = null;
		List<Score> borda = List.of();
		Double yesShare = null;
		List<String> texts = List.of();
		switch (question.type()) {
			case RATING -> {
				int scale = Objects.requireNonNull(question.scale());
				List<Integer> ratings = answers.stream()
					.map(answer -> Objects.requireNonNull(answer.rating()))
					.sorted()
					.toList();
				counts = new ArrayList<>();
				for (int rating = 1; rating <= scale; rating++) {
					int given = rating;
					counts
						.add(new Count(question.label(rating), (int) ratings.stream().filter(r -> r == given).count()));
				}
				if (!ratings.isEmpty()) {
					mean = ratings.stream().mapToInt(Integer::intValue).average().orElseThrow();
					int middle = ratings.size() / 2;
					median = ratings.size() % 2 == 1 ? ratings.get(middle)
							: (ratings.get(middle - 1) + ratings.get(middle)) / 2.0;
				}
			}
			case RANKING -> {
				int n = question.options().size();
				int[] points = new int[n];
				int[] first = new int[n];
				for (Answer answer : answers) {
					for (int place = 0; place < answer.choices().size(); place++) {
						points[answer.choices().get(place)] += n - 1 - place;
					}
					first[answer.choices().get(0)]++;
				}
				borda = new ArrayList<>();
				counts = new ArrayList<>();
				for (int option = 0; option < n; option++) {
					borda.add(new Score(question.options().get(option), points[option]));
					counts.add(new Count(question.options().get(option), first[option]));
				}
			}
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
				counts = new ArrayList<>();
				for (int option = 0; option < question.options().size(); option++) {
					int chosen = option;
					counts.add(new Count(question.options().get(option),
							(int) answers.stream().filter(answer -> answer.choices().contains(chosen)).count()));
				}
			}
			case PRIORITY -> counts = tally(answers, Priority.values(), Answer::priority);
			case ACHIEVABILITY -> counts = tally(answers, Achievability.values(), Answer::achievability);
			case YES_NO -> {
				int yes = (int) answers.stream().filter(answer -> Boolean.TRUE.equals(answer.yes())).count();
				counts = List.of(new Count("YES", yes), new Count("NO", answers.size() - yes));
				yesShare = answers.isEmpty() ? null : (double) yes / answers.size();
			}
			case FREE_TEXT -> texts = answers.stream().map(answer -> Objects.requireNonNull(answer.text())).toList();
		}
		return new QuestionResult(index, question.text(), question.type(), answers.size(), List.copyOf(counts), mean,
				median, List.copyOf(borda), yesShare, texts);
	}

	private static <E extends Enum<E>> List<Count> tally(List<Answer> answers, E[] values,
			Function<Answer, @Nullable E> given) {
		List<Count> counts = new ArrayList<>();
		for (E value : values) {
			counts.add(new Count(value.name(),
					(int) answers.stream().filter(answer -> given.apply(answer) == value).count()));
		}
		return counts;
	}

}
