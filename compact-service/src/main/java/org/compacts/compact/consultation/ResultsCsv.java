package org.compacts.compact.consultation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * A consultation's results as one long table, a figure a row, so a spreadsheet filters it
 * by question or measure: the question (its place from 1, blank for the sectors and
 * comments), its type and text, the measure (answered, count, mean, median, yes share,
 * borda, text, sector, comment), what the figure is of (an answer, an option, an anchor)
 * and its value.
 */
final class ResultsCsv {

	static final List<String> HEADER = List.of("question", "type", "question_text", "measure", "label", "value");

	/**
	 * A spreadsheet runs a cell that starts with one of these: the cell is quoted first.
	 */
	private static final Pattern FORMULA = Pattern.compile("^[=+\\-@].*", Pattern.DOTALL);

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

	private ResultsCsv() {
	}

	static String write(Results results) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (Results.QuestionResult question : results.questions()) {
			Object number = question.question() + 1;
			String type = question.type().name();
			rows.add(Arrays.asList(number, type, question.text(), "answered", "", question.answered()));
			question.counts()
				.forEach(count -> rows
					.add(Arrays.asList(number, type, question.text(), "count", count.label(), count.count())));
			if (question.mean() != null) {
				rows.add(Arrays.asList(number, type, question.text(), "mean", "", question.mean()));
			}
			if (question.median() != null) {
				rows.add(Arrays.asList(number, type, question.text(), "median", "", question.median()));
			}
			if (question.yesShare() != null) {
				rows.add(Arrays.asList(number, type, question.text(), "yes share", "", question.yesShare()));
			}
			question.borda()
				.forEach(score -> rows
					.add(Arrays.asList(number, type, question.text(), "borda", score.option(), score.points())));
			question.texts().forEach(text -> rows.add(Arrays.asList(number, type, question.text(), "text", "", text)));
		}
		results.bySector().forEach((sector, count) -> rows.add(Arrays.asList("", "", "", "sector", sector, count)));
		results.commentsByAnchor()
			.forEach((anchor, comments) -> comments.forEach(comment -> rows.add(Arrays.asList("",
					comment.tag() == null ? "" : comment.tag().name(), "", "comment", anchor, comment.text()))));
		return write(rows);
	}

	private static String write(List<List<@Nullable Object>> rows) {
		StringBuilder out = new StringBuilder("\uFEFF");
		try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
			printer.printRecord(HEADER);
			for (List<@Nullable Object> row : rows) {
				printer.printRecord(row.stream().map(ResultsCsv::guarded).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static @Nullable Object guarded(@Nullable Object cell) {
		return cell instanceof String text && FORMULA.matcher(text).matches() ? "'" + text : cell;
	}

}
