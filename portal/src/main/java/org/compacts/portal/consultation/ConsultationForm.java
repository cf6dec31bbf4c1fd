package org.compacts.portal.consultation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.compacts.portal.backend.DateInput;
import org.compacts.portal.backend.Forms;
import org.compacts.portal.backend.Typed;
import org.jspecify.annotations.Nullable;

/**
 * A consultation as the editor typed it: the questions as rows (text, type, options and
 * labels one a line, the scale of a rating), with spare empty rows to add more; version
 * is the one they saw, absent for a new one.
 */
record ConsultationForm(@Nullable String title, @Nullable String summary, @Nullable DateInput opensOn,
		@Nullable DateInput closesOn, @Nullable String shortReason, @Nullable String allowsIndividuals,
		@Nullable List<String> questionText, @Nullable List<String> questionType,
		@Nullable List<String> questionOptions, @Nullable List<String> questionScale,
		@Nullable List<String> questionLabels, @Nullable String draft, @Nullable Long version) {

	static final int SPARE = 3;

	/**
	 * The service's fields in the form's names (questions[2].options is row 3's): the
	 * draft consulted on is one choice of item and version.
	 */
	static final Map<String, String> NAMES = Map.of("itemId", "draft", "itemVersion", "draft");

	/** A choice of draft: {@code <item id>:<version number>}. */
	private static final java.util.regex.Pattern DRAFT = java.util.regex.Pattern
		.compile("([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):([0-9]{1,6})");

	ConsultationForm {
		opensOn = DateInput.orBlank(opensOn);
		closesOn = DateInput.orBlank(closesOn);
		questionText = orEmpty(questionText);
		questionType = orEmpty(questionType);
		questionOptions = orEmpty(questionOptions);
		questionScale = orEmpty(questionScale);
		questionLabels = orEmpty(questionLabels);
	}

	static ConsultationForm blank() {
		return new ConsultationForm("", "", DateInput.BLANK, DateInput.BLANK, "", null, List.of(), List.of(), List.of(),
				List.of(), List.of(), "", null);
	}

	static ConsultationForm of(Consultation consultation) {
		List<Consultation.Question> questions = consultation.questions();
		return new ConsultationForm(consultation.title(), consultation.summary(), DateInput.of(consultation.opensOn()),
				DateInput.of(consultation.closesOn()), consultation.shortReason(),
				consultation.allowsIndividuals() ? "true" : null,
				questions.stream().map(Consultation.Question::text).toList(),
				questions.stream().map(Consultation.Question::type).toList(),
				questions.stream().map(question -> String.join("\n", question.options())).toList(),
				questions.stream()
					.map(question -> question.scale() == null ? "" : question.scale().toString())
					.toList(),
				questions.stream().map(question -> String.join("\n", question.labels())).toList(),
				consultation.item() == null || consultation.itemVersion() == null ? ""
						: consultation.item().itemId() + ":" + consultation.itemVersion(),
				consultation.version());
	}

	/** A question row as the form shows it. */
	record Row(int number, String text, String type, String options, String scale, String labels) {

		boolean isBlank() {
			return text.isBlank() && options.isBlank() && labels.isBlank();
		}

	}

	/** The rows as typed, and spare empty ones to add questions. */
	public List<Row> getRows() {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < questionText.size(); i++) {
			rows.add(new Row(i + 1, questionText.get(i), at(questionType, i, "RATING"), at(questionOptions, i, ""),
					at(questionScale, i, ""), at(questionLabels, i, "")));
		}
		rows.removeIf(Row::isBlank);
		int spare = rows.isEmpty() ? 5 : SPARE;
		for (int i = 0; i < spare; i++) {
			rows.add(new Row(rows.size() + 1, "", "RATING", "", "", ""));
		}
		return rows;
	}

	public Map<String, String> getTypes() {
		Map<String, String> types = new LinkedHashMap<>();
		for (String type : List.of("RATING", "RANKING", "PRIORITY", "YES_NO", "SINGLE_CHOICE", "MULTIPLE_CHOICE",
				"FREE_TEXT", "ACHIEVABILITY")) {
			types.put(type, Consultation.TYPES.get(type));
		}
		return types;
	}

	/** Every field of the service's ConsultationRequest; blank rows left out. */
	Map<String, @Nullable Object> request(Typed typed) {
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("summary", Forms.blankAsNull(summary));
		body.put("opensOn", typed.day("opensOn", opensOn));
		body.put("closesOn", typed.day("closesOn", closesOn));
		body.put("shortReason", Forms.blankAsNull(shortReason));
		body.put("allowsIndividuals", "true".equals(allowsIndividuals));
		String chosen = Forms.blankAsNull(draft);
		java.util.regex.Matcher matched = chosen == null ? null : DRAFT.matcher(chosen.strip());
		if (chosen != null && (matched == null || !matched.matches())) {
			// not a choice the page offered: the service names the field
			body.put("itemId", chosen);
		}
		else if (matched != null) {
			body.put("itemId", matched.group(1));
			body.put("itemVersion", Integer.parseInt(matched.group(2)));
		}
		List<Map<String, @Nullable Object>> questions = new ArrayList<>();
		for (Row row : getRows()) {
			if (row.isBlank()) {
				continue;
			}
			Map<String, @Nullable Object> question = new LinkedHashMap<>();
			question.put("text", row.text());
			question.put("type", row.type());
			question.put("options", lines(row.options()));
			question.put("scale", row.scale().isBlank() ? null
					: typed.number("questions[" + (row.number() - 1) + "].scale", row.scale()));
			question.put("labels", lines(row.labels()));
			questions.add(question);
		}
		body.put("questions", questions);
		return body;
	}

	static List<String> lines(@Nullable String typed) {
		return typed == null ? List.of()
				: Arrays.stream(typed.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	private static String at(List<String> list, int i, String otherwise) {
		return i < list.size() && list.get(i) != null ? list.get(i) : otherwise;
	}

	private static List<String> orEmpty(@Nullable List<String> list) {
		return list == null ? List.of() : list;
	}

}
