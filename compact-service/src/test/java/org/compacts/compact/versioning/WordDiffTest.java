package org.compacts.compact.versioning;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compacts.compact.versioning.WordChange.Kind.ADDED;
import static org.compacts.compact.versioning.WordChange.Kind.KEPT;
import static org.compacts.compact.versioning.WordChange.Kind.REMOVED;

class WordDiffTest {

	@Test
	void twoEmptyTextsHaveNoWords() {
		assertThat(WordDiff.between("", "")).isEmpty();
		assertThat(WordDiff.between("  \n ", "")).isEmpty();
	}

	@Test
	void everyWordOfATextWrittenIntoAnEmptyFieldIsAdded() {
		assertThat(WordDiff.between("", "Sharing information on consultations"))
			.containsExactly(new WordChange(ADDED, "Sharing information on consultations"));
	}

	@Test
	void everyWordOfAClearedFieldIsRemoved() {
		assertThat(WordDiff.between("Sharing information", ""))
			.containsExactly(new WordChange(REMOVED, "Sharing information"));
	}

	@Test
	void identicalTextsKeepEveryWord() {
		assertThat(WordDiff.between("a minimum of 8 weeks", "a minimum of 8 weeks"))
			.containsExactly(new WordChange(KEPT, "a minimum of 8 weeks"));
	}

	@Test
	void reflowingATextIsNotAChange() {
		assertThat(WordDiff.between("a minimum\nof  8 weeks ", " a minimum of 8\tweeks"))
			.containsExactly(new WordChange(KEPT, "a minimum of 8 weeks"));
	}

	@Test
	void aTextReplacedWholesaleShowsTheOldWordsRemovedThenTheNewAdded() {
		assertThat(WordDiff.between("early and unhurried", "prompt full input")).containsExactly(
				new WordChange(REMOVED, "early and unhurried"), new WordChange(ADDED, "prompt full input"));
	}

	@Test
	void aReplacedWordInTheMiddleKeepsTheWordsAround() {
		assertThat(WordDiff.between("a minimum of 8 weeks", "a minimum of 6 weeks")).containsExactly(
				new WordChange(KEPT, "a minimum of"), new WordChange(REMOVED, "8"), new WordChange(ADDED, "6"),
				new WordChange(KEPT, "weeks"));
	}

	@Test
	void wordsInsertedAndDeletedAtEitherEnd() {
		assertThat(WordDiff.between("consultation period", "standard consultation period of 12 weeks")).containsExactly(
				new WordChange(ADDED, "standard"), new WordChange(KEPT, "consultation period"),
				new WordChange(ADDED, "of 12 weeks"));
		assertThat(WordDiff.between("the standard consultation period", "consultation")).containsExactly(
				new WordChange(REMOVED, "the standard"), new WordChange(KEPT, "consultation"),
				new WordChange(REMOVED, "period"));
	}

	@Test
	void keepsTheLongestRunOfCommonWordsWhenWordsRepeat() {
		// when
		List<WordChange> changes = WordDiff.between("a b a b", "b a b a");

		// then: three of the four words can be kept, never fewer
		assertThat(keptWords(changes)).isEqualTo(3);
		assertThat(rebuilt(changes, REMOVED)).isEqualTo("b a b a");
		assertThat(rebuilt(changes, ADDED)).isEqualTo("a b a b");
	}

	@Test
	void wordsAreComparedExactlyIncludingCaseAndPunctuation() {
		assertThat(WordDiff.between("Kent CAN.", "Kent can.")).containsExactly(new WordChange(KEPT, "Kent"),
				new WordChange(REMOVED, "CAN."), new WordChange(ADDED, "can."));
	}

	@Test
	void textsTooLargeToAlignAreShownReplacedButStillComplete() {
		// given two texts whose changed middles hold more than WordDiff.MAX_WORDS words
		String before = "Aim: " + words("old", 1001) + " end";
		String after = "Aim: " + words("new", 1001) + " end";

		// when
		List<WordChange> changes = WordDiff.between(before, after);

		// then
		assertThat(changes).extracting(WordChange::kind).containsExactly(KEPT, REMOVED, ADDED, KEPT);
		assertThat(rebuilt(changes, ADDED)).isEqualTo(before);
		assertThat(rebuilt(changes, REMOVED)).isEqualTo(after);
	}

	@Test
	void alignsListsItemByItem() {
		// when
		List<WordDiff.Step<String>> steps = WordDiff.align(List.of("Funding", "Volunteering", "Consultation"),
				List.of("Funding", "Consultation", "Equality and Diversity"));

		// then
		assertThat(steps).containsExactly(new WordDiff.Step<>(KEPT, "Funding"),
				new WordDiff.Step<>(REMOVED, "Volunteering"), new WordDiff.Step<>(KEPT, "Consultation"),
				new WordDiff.Step<>(ADDED, "Equality and Diversity"));
	}

	private static int keptWords(List<WordChange> changes) {
		return changes.stream().filter(c -> c.kind() == KEPT).mapToInt(c -> c.words().split(" ").length).sum();
	}

	/**
	 * The text the changes describe, leaving out the runs of the given kind: the other
	 * side of the diff.
	 */
	private static String rebuilt(List<WordChange> changes, WordChange.Kind without) {
		return changes.stream()
			.filter(c -> c.kind() != without)
			.map(WordChange::words)
			.collect(Collectors.joining(" "));
	}

	private static String words(String prefix, int count) {
		return IntStream.range(0, count).mapToObj(i -> prefix + i).collect(Collectors.joining(" "));
	}

}
