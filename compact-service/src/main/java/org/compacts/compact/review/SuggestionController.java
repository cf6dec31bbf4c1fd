package org.compacts.compact.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.web.Created;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The standing register of feedback and suggested amendments: the compact's members read
 * it and suggest at any time (security configuration); a suggestion's author changes it,
 * naming the version read, until a review has taken it on board.
 */
@RestController
@RequestMapping("/api/t/{tenant}/amendment-suggestions")
class SuggestionController {

	private final SuggestionRegister register;

	SuggestionController(SuggestionRegister register) {
		this.register = register;
	}

	record AmendmentSuggestionInput(@NotBlank @Size(max = 4000) String suggestion, @Schema(
			description = "the principle or code it is about, by stable id; none for the compact as a whole") @Nullable UUID itemId,
			@Schema(description = "who suggests it: a person or organisation") @NotBlank @Size(
					max = 200) String suggestedBy,
			@Schema(description = "when it was received; today when not given") @PastOrPresent @Nullable LocalDate receivedOn) {

		AmendmentSuggestionInput {
			suggestion = suggestion == null ? null : suggestion.strip();
			suggestedBy = suggestedBy == null ? null : suggestedBy.strip();
		}

	}

	/**
	 * @param gatheredInto the year of the review that took it on board (and decides it,
	 * under the same id); null while it waits for the next review
	 * @param yours whether the reader made it (and may change it until it is gathered)
	 */
	record AmendmentSuggestionView(UUID id, String suggestion, @Nullable UUID itemId, String suggestedBy,
			LocalDate receivedOn, @Nullable Integer gatheredInto, boolean yours, long version) {

		static AmendmentSuggestionView of(AmendmentSuggestion made, String reader) {
			return new AmendmentSuggestionView(made.id(), made.suggestion(), made.itemId(), made.suggestedBy(),
					made.receivedOn(), made.gatheredIntoYear(), made.account().equals(reader), made.version());
		}

	}

	@GetMapping
	@Operation(summary = "Feedback and suggested amendments, newest first",
			description = "The compact's members only. Each says which review took it on board, if one has.")
	List<AmendmentSuggestionView> list(@PathVariable String tenant, Authentication reader) {
		return register.all().stream().map(made -> AmendmentSuggestionView.of(made, reader.getName())).toList();
	}

	@GetMapping("/{id}")
	ResponseEntity<AmendmentSuggestionView> one(@PathVariable String tenant, @PathVariable UUID id,
			Authentication reader) {
		AmendmentSuggestion made = register.one(id);
		return ResponseEntity.ok()
			.eTag(Long.toString(made.version()))
			.body(AmendmentSuggestionView.of(made, reader.getName()));
	}

	@PostMapping
	@Operation(summary = "Suggest an amendment or give feedback, at any time",
			description = "Taken into the review in draft at once if there is one; otherwise gathered when the next "
					+ "review is started. Any member.")
	ResponseEntity<AmendmentSuggestionView> suggest(@PathVariable String tenant,
			@Valid @RequestBody AmendmentSuggestionInput input, Authentication member) {
		AmendmentSuggestion made = register.suggest(input.suggestion(), input.itemId(), input.suggestedBy(),
				member.getName(), input.receivedOn());
		return Created.at(made.id())
			.eTag(Long.toString(made.version()))
			.body(AmendmentSuggestionView.of(made, member.getName()));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change one's own suggestion, until a review takes it on board",
			description = "Its author only (403 otherwise); 409 once gathered. If-Match names the version.")
	ResponseEntity<AmendmentSuggestionView> change(@PathVariable String tenant, @PathVariable UUID id,
			ExpectedVersion ifMatch, @Valid @RequestBody AmendmentSuggestionInput input, Authentication member) {
		AmendmentSuggestion made = register.change(id, ifMatch, input.suggestion(), input.itemId(), input.suggestedBy(),
				member.getName());
		return ResponseEntity.ok()
			.eTag(Long.toString(made.version()))
			.body(AmendmentSuggestionView.of(made, member.getName()));
	}

}
