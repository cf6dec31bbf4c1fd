package org.compacts.portal.conflict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.compacts.portal.backend.Refused;
import org.compacts.portal.conflict.Conflicts.Commitment;
import org.compacts.portal.conflict.Conflicts.Content;
import org.compacts.portal.conflict.Conflicts.Kind;
import org.compacts.portal.conflict.Conflicts.SubCode;
import org.jspecify.annotations.Nullable;

/**
 * An editor's resolution as typed: which side to take, the upstream version the page
 * showed (so a newer one is never resolved unseen), and for an edit the content, given
 * back as typed when the service refuses it. Inputs are named as the service names the
 * fields ({@code content.aim}), so its reasons land by the right input.
 */
public class ResolutionForm {

	/** Blank rows offered under the filled ones, to add sub-codes and commitments. */
	static final int BLANK_ROWS = 1;

	private static final Pattern PARAGRAPHS = Pattern.compile("\\R\\s*\\R");

	private @Nullable String take;

	private @Nullable Integer upstreamVersion;

	private Edited content = new Edited();

	/** The edit option's fields, filled with the district's copy as it stands. */
	static ResolutionForm of(Conflicts.Conflict conflict) {
		ResolutionForm form = new ResolutionForm();
		form.upstreamVersion = conflict.upstreamVersion();
		form.content = Edited.of(conflict.local());
		return form.withBlankRows();
	}

	ResolutionForm withBlankRows() {
		content.subCodes.removeIf(SubCodeRow::isBlank);
		content.measurableCommitments.removeIf(CommitmentRow::isBlank);
		for (int i = 0; i < BLANK_ROWS; i++) {
			content.subCodes.add(new SubCodeRow());
			content.measurableCommitments.add(new CommitmentRow());
		}
		return this;
	}

	/**
	 * What the portal refuses before asking the service: only what it cannot send (an
	 * amount that is not a whole number, for an edit); every other rule is the service's.
	 */
	Optional<Refused> unsendable() {
		if (!"EDIT".equals(take)) {
			return Optional.empty();
		}
		List<CommitmentRow> rows = content.measurableCommitments.stream().filter(row -> !row.isBlank()).toList();
		for (int i = 0; i < rows.size(); i++) {
			String amount = rows.get(i).amount.strip();
			if (!amount.isEmpty() && !amount.matches("\\d{1,9}")) {
				return Optional.of(Refused.of("content.measurableCommitments[" + i + "].quantity.amount",
						"the amount must be a whole number, like 12"));
			}
		}
		return Optional.empty();
	}

	/** compact-service's resolution body: content with EDIT only, as it asks. */
	Map<String, @Nullable Object> body(Kind kind) {
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("take", take == null || take.isBlank() ? null : take);
		if ("EDIT".equals(take)) {
			body.put("content", content.body(kind));
		}
		return body;
	}

	public @Nullable String getTake() {
		return take;
	}

	public void setTake(@Nullable String take) {
		this.take = take;
	}

	public @Nullable Integer getUpstreamVersion() {
		return upstreamVersion;
	}

	public void setUpstreamVersion(@Nullable Integer upstreamVersion) {
		this.upstreamVersion = upstreamVersion;
	}

	public Edited getContent() {
		return content;
	}

	public void setContent(Edited content) {
		this.content = content;
	}

	/**
	 * The content of an edit: lists edited without JavaScript, an undertaking a line, a
	 * case study a paragraph, rows for sub-codes and commitments (blank rows left out).
	 */
	public static class Edited {

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

		static Edited of(Content content) {
			Edited edited = new Edited();
			edited.title = content.title();
			edited.text = orBlank(content.text());
			edited.whyItMatters = orBlank(content.whyItMatters());
			edited.aim = orBlank(content.aim());
			edited.vcsUndertakings = String.join("\n", orEmpty(content.vcsUndertakings()));
			edited.publicSectorUndertakings = String.join("\n", orEmpty(content.publicSectorUndertakings()));
			edited.allPartnersCommitments = String.join("\n", orEmpty(content.allPartnersCommitments()));
			edited.caseStudies = String.join("\n\n", orEmpty(content.caseStudies()));
			for (SubCode sub : orEmpty(content.subCodes())) {
				SubCodeRow row = new SubCodeRow();
				row.title = sub.title();
				row.text = sub.text();
				edited.subCodes.add(row);
			}
			for (Commitment commitment : orEmpty(content.measurableCommitments())) {
				CommitmentRow row = new CommitmentRow();
				row.name = commitment.name();
				row.kind = commitment.kind();
				if (commitment.quantity() != null) {
					row.amount = String.valueOf(commitment.quantity().amount());
					row.unit = commitment.quantity().unit();
				}
				edited.measurableCommitments.add(row);
			}
			return edited;
		}

		Map<String, Object> body(Kind kind) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("title", title);
			if (kind == Kind.PRINCIPLES) {
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
					measurableCommitments.stream().filter(row -> !row.isBlank()).map(Edited::commitment).toList());
			return body;
		}

		private static Map<String, Object> commitment(CommitmentRow row) {
			Map<String, Object> commitment = new LinkedHashMap<>();
			commitment.put("name", row.name);
			commitment.put("kind", row.kind.isBlank() ? null : row.kind);
			if (!row.amount.isBlank() || !row.unit.isBlank()) {
				commitment.put("quantity", Map.of("amount",
						row.amount.isBlank() ? "" : Integer.valueOf(row.amount.strip()), "unit", row.unit));
			}
			return commitment;
		}

		private static List<String> lines(String text) {
			return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		}

		private static List<String> paragraphs(String text) {
			return Arrays.stream(PARAGRAPHS.split(text.strip())).map(String::strip).filter(p -> !p.isEmpty()).toList();
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

	/** A sub-code's row. */
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

	private static String orBlank(@Nullable String text) {
		return text == null ? "" : text;
	}

	private static <T> List<T> orEmpty(@Nullable List<T> list) {
		return list == null ? List.of() : list;
	}

}
