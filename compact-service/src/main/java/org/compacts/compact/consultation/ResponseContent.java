package org.compacts.compact.consultation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;

/**
 * What a response says: answers to any of the questions (none is compulsory) and comments
 * on the draft.
 */
record ResponseContent(List<Answer> answers, List<Comment> comments) {

	ResponseContent {
		answers = List.copyOf(answers);
		comments = List.copyOf(comments);
	}

	/**
	 * Refuses an answer to a question that is not there, two answers to one question, an
	 * answer that does not fit its question, a comment where the consultation takes none
	 * or anchored to no field.
	 */
	void requireSensible(List<Question> questions, boolean takesComments) {
		List<InvalidField> problems = new ArrayList<>();
		Set<Integer> answered = new HashSet<>();
		for (int i = 0; i < answers.size(); i++) {
			Answer answer = answers.get(i);
			String field = "answers[" + i + "]";
			if (answer.question() < 0 || answer.question() >= questions.size()) {
				problems.add(new InvalidField(field + ".question", "is not a question of this consultation"));
			}
			else if (!answered.add(answer.question())) {
				problems.add(new InvalidField(field + ".question", "is answered twice"));
			}
			else {
				answer.check(field, questions.get(answer.question()), problems);
			}
		}
		if (!takesComments && !comments.isEmpty()) {
			problems.add(new InvalidField("comments", "are for a consultation on a draft principle or code"));
		}
		for (int i = 0; i < comments.size(); i++) {
			if (!comments.get(i).anchorIsSensible()) {
				problems.add(new InvalidField("comments[" + i + "].anchor",
						"must name a field of the draft, as aim or publicSectorUndertakings[2]"));
			}
		}
		if (!problems.isEmpty()) {
			throw Refusal.invalid("The response cannot be saved as written.", problems);
		}
	}

}
