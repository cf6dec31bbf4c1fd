package org.compacts.portal.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.compacts.portal.backend.Refused;
import org.compacts.portal.content.Content.Commitment;
import org.compacts.portal.content.Content.SubCode;
import org.jspecify.annotations.Nullable;

/**
 * A principle's or a code's words as typed, given back as typed when the service refuses
 * them. Lists are edited without JavaScript: an undertaking a line, a case study a
 * paragraph, and rows for sub-codes and measurable commitments with blank rows to fill
 * (blank rows are left out of what is sent).
 */
public class ContentForm {

	private static final Pattern PARAGRAPHS = Pattern.compile("\\R\\s*\\R");

	private String title = "";

	private String text = "";

	private String whyItMatters = "";

	private String aim = "";

	private String vcsUndertakings = "";

	private String publicSectorUndertakings = "";

	private String allPartnersCommitments = "";

	private String caseStudies = "";

	private List<SubCodeRow> subCodes = new ArrayList<>();

	private List<CommitmentRow> measurableCommitments = new ArrayList<>();

	/** The form filled with a version's words, to edit them. */
	public static ContentForm of(Content content) {
		ContentForm form = new ContentForm();
		form.fill(content);
		return form;
	}

	/** Fills the fields with the content's words, a list item a line or a paragraph. */
	protected void fill(Content content) {
		title = content.title();
		text = orBlank(content.text());
		whyItMatters = orBlank(content.whyItMatters());
		aim = orBlank(content.aim());
		vcsUndertakings = String.join("\n", orEmpty(content.vcsUndertakings()));
		publicSectorUndertakings = String.join("\n", orEmpty(content.publicSectorUndertakings()));
		allPartnersCommitments = String.join("\n", orEmpty(content.allPartnersCommitments()));
		caseStudies = String.join("\n\n", orEmpty(content.caseStudies()));
		subCodes = new ArrayList<>();
		for (SubCode sub : orEmpty(content.subCodes())) {
			SubCodeRow row = new SubCodeRow();
			row.title = sub.title();
			row.text = sub.text();
			subCodes.add(row);
		}
		measurableCommitments = new ArrayList<>();
		for (Commitment commitment : orEmpty(content.measurableCommitments())) {
			CommitmentRow row = new CommitmentRow();
			row.name = commitment.name();
			row.kind = commitment.kind();
			if (commitment.quantity() != null) {
				row.amount = String.valueOf(commitment.quantity().amount());
				row.unit = commitment.quantity().unit();
			}
			measurableCommitments.add(row);
		}
	}

	/**
	 * Leaves room for more sub-codes and commitments: the filled rows, then blank ones.
	 */
	public ContentForm withBlankRows(int blankRows) {
		subCodes.removeIf(SubCodeRow::isBlank);
		measurableCommitments.removeIf(CommitmentRow::isBlank);
		for (int i = 0; i < blankRows; i++) {
			subCodes.add(new SubCodeRow());
			measurableCommitments.add(new CommitmentRow());
		}
		return this;
	}

	/**
	 * What the portal refuses before asking the service: only what it cannot send at all
	 * (an amount that is not a whole number); every other rule is the service's.
	 */
	public Optional<Refused> unsendable() {
		return unsendable("");
	}

	/**
	 * As {@link #unsendable()}, for a form whose fields the service names under a prefix
	 * ({@code content.}), so the refusal lands by the right input.
	 */
	public Optional<Refused> unsendable(String prefix) {
		List<CommitmentRow> rows = measurableCommitments.stream().filter(row -> !row.isBlank()).toList();
		for (int i = 0; i < rows.size(); i++) {
			String amount = rows.get(i).amount.strip();
			if (!amount.isEmpty() && !amount.matches("\\d{1,9}")) {
				return Optional.of(Refused.of(prefix + "measurableCommitments[" + i + "].quantity.amount",
						"the amount must be a whole number, like 12"));
			}
		}
		return Optional.empty();
	}

	/**
	 * compact-service's content: a principle's title and text, or a code's title and the
	 * rest of its fields.
	 */
	public Map<String, Object> body(boolean principle) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", title);
		if (principle) {
			body.put("text", text);
			return body;
		}
		body.put("whyItMatters", whyItMatters);
		body.put("aim", aim);
		body.put("vcsUndertakings", lines(vcsUndertakings));
		body.put("publicSectorUndertakings", lines(publicSectorUndertakings));
		body.put("allPartnersCommitments", lines(allPartnersCommitments));
		body.put("caseStudies", paragraphs(caseStudies));
		body.put("subCodes",
				subCodes.stream()
					.filter(row -> !row.isBlank())
					.map(row -> Map.of("title", row.title, "text", row.text))
					.toList());
		body.put("measurableCommitments",
				measurableCommitments.stream().filter(row -> !row.isBlank()).map(ContentForm::commitment).toList());
		return body;
	}

	private static Map<String, Object> commitment(CommitmentRow row) {
		Map<String, Object> commitment = new LinkedHashMap<>();
		commitment.put("name", row.name);
		commitment.put("kind", row.kind.isBlank() ? null : row.kind);
		if (!row.amount.isBlank() || !row.unit.isBlank()) {
			commitment.put("quantity", Map.of("amount", row.amount.isBlank() ? "" : Integer.valueOf(row.amount.strip()),
					"unit", row.unit));
		}
		return commitment;
	}

	private static List<String> lines(String text) {
		return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	private static List<String> paragraphs(String text) {
		return Arrays.stream(PARAGRAPHS.split(text.strip())).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	private static String orBlank(@Nullable String text) {
		return text == null ? "" : text;
	}

	private static <T> List<T> orEmpty(@Nullable List<T> list) {
		return list == null ? List.of() : list;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getWhyItMatters() {
		return whyItMatters;
	}

	public void setWhyItMatters(String whyItMatters) {
		this.whyItMatters = whyItMatters;
	}

	public String getAim() {
		return aim;
	}

	public void setAim(String aim) {
		this.aim = aim;
	}

	public String getVcsUndertakings() {
		return vcsUndertakings;
	}

	public void setVcsUndertakings(String vcsUndertakings) {
		this.vcsUndertakings = vcsUndertakings;
	}

	public String getPublicSectorUndertakings() {
		return publicSectorUndertakings;
	}

	public void setPublicSectorUndertakings(String publicSectorUndertakings) {
		this.publicSectorUndertakings = publicSectorUndertakings;
	}

	public String getAllPartnersCommitments() {
		return allPartnersCommitments;
	}

	public void setAllPartnersCommitments(String allPartnersCommitments) {
		this.allPartnersCommitments = allPartnersCommitments;
	}

	public String getCaseStudies() {
		return caseStudies;
	}

	public void setCaseStudies(String caseStudies) {
		this.caseStudies = caseStudies;
	}

	public List<SubCodeRow> getSubCodes() {
		return subCodes;
	}

	public void setSubCodes(List<SubCodeRow> subCodes) {
		this.subCodes = subCodes;
	}

	public List<CommitmentRow> getMeasurableCommitments() {
		return measurableCommitments;
	}

	public void setMeasurableCommitments(List<CommitmentRow> measurableCommitments) {
		this.measurableCommitments = measurableCommitments;
	}

	/** A sub-code's row on the form. */
	public static class SubCodeRow {

		private String title = "";

		private String text = "";

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

		boolean isBlank() {
			return title.isBlank() && text.isBlank();
		}

	}

	/** A measurable commitment's row: a practice has no amount or unit. */
	public static class CommitmentRow {

		private String name = "";

		private String kind = "";

		private String amount = "";

		private String unit = "";

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getKind() {
			return kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getAmount() {
			return amount;
		}

		public void setAmount(String amount) {
			this.amount = amount;
		}

		public String getUnit() {
			return unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

		boolean isBlank() {
			return name.isBlank() && kind.isBlank() && amount.isBlank() && unit.isBlank();
		}

	}

}
