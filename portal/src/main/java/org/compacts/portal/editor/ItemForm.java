package org.compacts.portal.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.compacts.portal.backend.Refused;
import org.compacts.portal.editor.Items.Commitment;
import org.compacts.portal.editor.Items.Content;
import org.compacts.portal.editor.Items.SubCode;
import org.jspecify.annotations.Nullable;

/**
 * The editor's form, bound from what the person typed and given back as typed when the
 * service refuses it. Lists are edited without JavaScript: an undertaking a line, a case
 * study a paragraph, and rows for sub-codes and measurable commitments with blank rows to
 * fill (blank rows are left out).
 */
public class ItemForm {

	/** Blank rows offered under the filled ones, to add sub-codes and commitments. */
	static final int BLANK_ROWS = 2;

	private static final Pattern PARAGRAPHS = Pattern.compile("\\R\\s*\\R");

	private String mode = "ADAPTABLE";

	private @Nullable Integer startedFrom;

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

	/** The form filled with a version's words, to edit them into the next version. */
	static ItemForm of(Items.Item item) {
		ItemForm form = new ItemForm();
		Content content = item.content();
		form.mode = item.mode();
		form.startedFrom = item.latestVersion();
		form.title = content.title();
		form.text = orBlank(content.text());
		form.whyItMatters = orBlank(content.whyItMatters());
		form.aim = orBlank(content.aim());
		form.vcsUndertakings = String.join("\n", orEmpty(content.vcsUndertakings()));
		form.publicSectorUndertakings = String.join("\n", orEmpty(content.publicSectorUndertakings()));
		form.allPartnersCommitments = String.join("\n", orEmpty(content.allPartnersCommitments()));
		form.caseStudies = String.join("\n\n", orEmpty(content.caseStudies()));
		for (SubCode sub : orEmpty(content.subCodes())) {
			SubCodeRow row = new SubCodeRow();
			row.title = sub.title();
			row.text = sub.text();
			form.subCodes.add(row);
		}
		for (Commitment commitment : orEmpty(content.measurableCommitments())) {
			CommitmentRow row = new CommitmentRow();
			row.name = commitment.name();
			row.kind = commitment.kind();
			if (commitment.quantity() != null) {
				row.amount = String.valueOf(commitment.quantity().amount());
				row.unit = commitment.quantity().unit();
			}
			form.measurableCommitments.add(row);
		}
		return form;
	}

	/** Leaves room for more sub-codes and commitments, as blank rows. */
	ItemForm withBlankRows() {
		subCodes.removeIf(SubCodeRow::isBlank);
		measurableCommitments.removeIf(CommitmentRow::isBlank);
		for (int i = 0; i < BLANK_ROWS; i++) {
			subCodes.add(new SubCodeRow());
			measurableCommitments.add(new CommitmentRow());
		}
		return this;
	}

	/**
	 * What the portal refuses before asking the service: only what it cannot send at all
	 * (an amount that is not a whole number); every other rule is the service's.
	 */
	Optional<Refused> unsendable() {
		List<CommitmentRow> rows = filled(measurableCommitments);
		for (int i = 0; i < rows.size(); i++) {
			String amount = rows.get(i).amount.strip();
			if (!amount.isEmpty() && !amount.matches("\\d{1,9}")) {
				return Optional.of(Refused.of("measurableCommitments[" + i + "].quantity.amount",
						"the amount must be a whole number, like 12"));
			}
		}
		return Optional.empty();
	}

	/** The request body of compact-service for this kind. */
	Map<String, Object> body(Items.Kind kind) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("mode", mode.isBlank() ? null : mode);
		if (startedFrom != null) {
			body.put("startedFrom", startedFrom);
		}
		if (kind == Items.Kind.PRINCIPLES) {
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
				filled(subCodes).stream().map(row -> Map.of("title", row.title, "text", row.text)).toList());
		body.put("measurableCommitments", filled(measurableCommitments).stream().map(ItemForm::commitment).toList());
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

	private static <T> List<T> filled(List<T> rows) {
		return rows.stream()
			.filter(row -> !(row instanceof SubCodeRow sub && sub.isBlank())
					&& !(row instanceof CommitmentRow commitment && commitment.isBlank()))
			.toList();
	}

	private static String orBlank(@Nullable String text) {
		return text == null ? "" : text;
	}

	private static <T> List<T> orEmpty(@Nullable List<T> list) {
		return list == null ? List.of() : list;
	}

	public String getMode() {
		return mode;
	}

	public void setMode(String mode) {
		this.mode = mode;
	}

	public @Nullable Integer getStartedFrom() {
		return startedFrom;
	}

	public void setStartedFrom(@Nullable Integer startedFrom) {
		this.startedFrom = startedFrom;
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

}
