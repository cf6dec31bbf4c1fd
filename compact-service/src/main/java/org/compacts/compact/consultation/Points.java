package org.compacts.compact.consultation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The points of a closed consultation, worked out from its questions and responses alone:
 * each question, then each field of the draft commented on (in the order first
 * commented), with how often respondents tagged it achievable or aspirational (the
 * answers of an "achievable or aspirational" question, the tags of the comments on a
 * field). A point is aspirational when someone tagged it so and no more tagged it
 * achievable: it is not agreed to be within reach, so it is work to plan for.
 */
final class Points {

	private Points() {
	}

	/**
	 * @param text the question, or the field commented on
	 * @param comments how many comments are anchored to the field (0 for a question)
	 */
	record Tallied(Point point, String text, int achievable, int aspirational, int comments) {

		boolean isAspirational() {
			return aspirational > 0 && aspirational >= achievable;
		}

	}

	static List<Tallied> of(List<Question> questions, List<ResponseContent> responses) {
		List<Tallied> points = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			int index = i;
			List<Achievability> tags = responses.stream()
				.flatMap(response -> response.answers().stream())
				.filter(answer -> answer.question() == index)
				.map(Answer::achievability)
				.toList();
			points.add(new Tallied(Point.question(i), questions.get(i).text(), count(tags, Achievability.ACHIEVABLE),
					count(tags, Achievability.ASPIRATIONAL), 0));
		}
		Map<String, List<@Nullable Achievability>> byAnchor = new LinkedHashMap<>();
		responses.stream()
			.flatMap(response -> response.comments().stream())
			.forEach(comment -> byAnchor.computeIfAbsent(comment.anchor(), anchor -> new ArrayList<>())
				.add(comment.tag()));
		byAnchor.forEach((anchor, tags) -> points.add(new Tallied(Point.anchor(anchor), anchor,
				count(tags, Achievability.ACHIEVABLE), count(tags, Achievability.ASPIRATIONAL), tags.size())));
		return List.copyOf(points);
	}

	private static int count(List<@Nullable Achievability> tags, Achievability tag) {
		return (int) tags.stream().filter(given -> given == tag).count();
	}

}
