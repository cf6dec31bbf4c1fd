package org.compacts.compact.item;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.compacts.compact.versioning.CodeOfPracticeContent;
import org.compacts.compact.versioning.ItemContent;
import org.compacts.compact.versioning.MeasurableCommitment;
import org.compacts.compact.versioning.Mode;
import org.compacts.compact.versioning.SubCode;
import org.compacts.servicekit.refusal.InvalidField;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A compact's codes of practice (Consultation, Funding, Volunteering, Equality and
 * Diversity, ...), in the structure of the Kent draft, versioned.
 */
@RestController
@RequestMapping("/api/t/{tenant}/codes")
@Tag(name = "Codes of practice", description = "The codes of practice of a compact")
class CodeController extends ItemController<CodeController.CodeRequest> {

	CodeController(SharedItems items, ContentRevisions revisions) {
		super(items, ItemKind.CODE, revisions);
	}

	record SubCodeRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20000) String text) {
	}

	record QuantityRequest(@NotNull @PositiveOrZero Integer amount, @NotBlank @Size(max = 30) String unit) {
	}

	/**
	 * A quantity for a minimum, standard or maximum, none for a practice: the shape the
	 * API answers with, so a code read can be sent back changed.
	 */
	record CommitmentRequest(@NotBlank @Size(max = 200) String name, @NotNull MeasurableCommitment.Kind kind,
			@Valid QuantityRequest quantity) {

		MeasurableCommitment commitment() {
			return kind == MeasurableCommitment.Kind.PRACTICE ? MeasurableCommitment.practice(name.strip())
					: new MeasurableCommitment(name.strip(), kind,
							new MeasurableCommitment.Quantity(quantity.amount(), quantity.unit().strip()));
		}

	}

	/**
	 * Lists left out are empty: a first draft may have a title and an aim and nothing
	 * else yet.
	 */
	record CodeRequest(@NotBlank @Size(max = 200) String title, @Size(max = 20000) String whyItMatters,
			@NotBlank @Size(max = 20000) String aim,
			@Size(max = 100) List<@NotBlank @Size(max = 5000) String> vcsUndertakings,
			@Size(max = 100) List<@NotBlank @Size(max = 5000) String> publicSectorUndertakings,
			@Size(max = 100) List<@NotBlank @Size(max = 5000) String> allPartnersCommitments,
			@Size(max = 50) List<@NotBlank @Size(max = 20000) String> caseStudies,
			@Size(max = 50) List<@NotNull @Valid SubCodeRequest> subCodes,
			@Size(max = 50) List<@NotNull @Valid CommitmentRequest> measurableCommitments, @NotNull Mode mode,
			@Positive Integer startedFrom) implements ItemRequest {

		@Override
		public List<InvalidField> problems() {
			List<InvalidField> problems = new ArrayList<>();
			List<CommitmentRequest> commitments = orEmpty(measurableCommitments);
			for (int i = 0; i < commitments.size(); i++) {
				CommitmentRequest commitment = commitments.get(i);
				boolean practice = commitment.kind() == MeasurableCommitment.Kind.PRACTICE;
				String at = "measurableCommitments[" + i + "].";
				if (practice && commitment.quantity() != null) {
					problems.add(new InvalidField(at + "quantity", "a practice has no quantity"));
				}
				if (!practice && commitment.quantity() == null) {
					problems.add(new InvalidField(at + "quantity", "required for a " + label(commitment.kind())));
				}
			}
			problems.addAll(duplicates(commitments, CommitmentRequest::name, "measurableCommitments", "name",
					"another measurable commitment of this code has this name"));
			problems.addAll(duplicates(orEmpty(subCodes), SubCodeRequest::title, "subCodes", "title",
					"another sub-code of this code has this title"));
			return problems;
		}

		@Override
		public ItemContent content() {
			return new CodeOfPracticeContent(title.strip(), whyItMatters == null ? "" : whyItMatters.strip(),
					aim.strip(), stripped(vcsUndertakings), stripped(publicSectorUndertakings),
					stripped(allPartnersCommitments), stripped(caseStudies),
					orEmpty(subCodes).stream()
						.map(sub -> new SubCode(sub.title().strip(), sub.text().strip()))
						.toList(),
					orEmpty(measurableCommitments).stream().map(CommitmentRequest::commitment).toList());
		}

		private static String label(MeasurableCommitment.Kind kind) {
			return kind.name().toLowerCase(Locale.ROOT);
		}

		private static <T> List<InvalidField> duplicates(List<T> elements, Function<T, String> name, String list,
				String field, String reason) {
			List<InvalidField> problems = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < elements.size(); i++) {
				String value = name.apply(elements.get(i));
				if (value != null && !seen.add(value.strip().toLowerCase(Locale.ROOT))) {
					problems.add(new InvalidField(list + "[" + i + "]." + field, reason));
				}
			}
			return problems;
		}

		private static <T> List<T> orEmpty(List<T> list) {
			return list == null ? List.of() : list;
		}

		private static List<String> stripped(List<String> texts) {
			return orEmpty(texts).stream().map(String::strip).toList();
		}

	}

}
