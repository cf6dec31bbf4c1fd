package org.compacts.compact.success;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.compacts.compact.federation.Reach;
import org.compacts.compact.federation.Readers;
import org.compacts.compact.item.ItemLinks;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A compact's successes log: its members read the whole log, anyone else only the public
 * case studies (the rest is not found, never forbidden); editors record, change, approve,
 * make public and withdraw, each change naming the version it was read at.
 */
@RestController
class SuccessController {

	private final SuccessRegister register;

	private final Readers readers;

	SuccessController(SuccessRegister register, Readers readers) {
		this.register = register;
		this.readers = readers;
	}

	@Schema(description = "an organisation of the signatory register by id, or one named: one or the other")
	record OrganisationInput(@Nullable UUID organisationId, @Size(max = 200) @Nullable String name) {
	}

	record SuccessInput(@NotBlank @Size(max = 200) String title,
			@Schema(description = "what happened, in Markdown") @NotBlank @Size(max = 20000) String story,
			@Schema(description = "at least one") @Size(max = 50) List<@NotNull @Valid OrganisationInput> organisations,
			@Schema(description = "the principles and codes of this compact (its own or adopted copies) it shows, "
					+ "by stable item id") @Size(max = 100) List<@NotNull UUID> itemIds,
			@Schema(description = "what shows it worked") @Size(max = 4000) @Nullable String evidence,
			@Schema(description = "http or https addresses of the evidence") @Size(
					max = 20) List<@NotBlank @Size(max = 2000) String> evidenceLinks,
			@Schema(description = "what it concerns: housing, procurement, advocacy") @Size(
					max = 20) List<@NotBlank @Size(max = 100) String> sectors,
			@Schema(description = "where it happened") @Size(max = 200) @Nullable String place) {

		SuccessInput {
			organisations = organisations == null ? List.of() : organisations;
			itemIds = itemIds == null ? List.of() : itemIds;
			evidenceLinks = evidenceLinks == null ? List.of() : evidenceLinks;
			sectors = sectors == null ? List.of() : sectors;
		}

		Story toStory() {
			return new Story(title, story,
					organisations.stream().map(party -> new Party(party.organisationId(), party.name())).toList(),
					itemIds, evidence, evidenceLinks, sectors, place);
		}

	}

	/**
	 * @param recordedBy who recorded it and approvedBy who approved it: for members only
	 */
	record SuccessView(UUID id, String title, String story, List<SuccessRegister.Organisation> organisations,
			List<ItemLinks.Link> links, @Nullable String evidence, List<String> evidenceLinks, List<String> sectors,
			@Nullable String place, State state, Instant recordedAt, @Nullable String recordedBy,
			@Nullable Instant approvedAt, @Nullable String approvedBy, @Nullable Instant publicSince, long version) {

		static SuccessView of(SuccessRegister.Shown shown, boolean member) {
			Story story = shown.story();
			return new SuccessView(shown.id(), story.title(), story.story(), shown.organisations(), shown.links(),
					story.evidence(), story.evidenceLinks(), story.sectors(), story.place(), shown.state(),
					shown.createdAt(), member ? shown.createdBy() : null, shown.approvedAt(),
					member ? shown.approvedBy() : null, shown.publicSince(), shown.version());
		}

	}

	@GetMapping("/api/t/{tenant}/successes")
	@Operation(summary = "The compact's successes log, newest first",
			description = "Members read every one; anyone else the public case studies.")
	List<SuccessView> list(@PathVariable String tenant, Authentication reader) {
		Reach reach = readers.reachOf(reader, tenant);
		return register.all(reach).stream().map(shown -> SuccessView.of(shown, reach == Reach.MEMBER)).toList();
	}

	@GetMapping("/api/t/{tenant}/successes/{id}")
	@Operation(summary = "A success", description = "Not found for a non-member unless it is public.")
	ResponseEntity<SuccessView> one(@PathVariable String tenant, @PathVariable UUID id, Authentication reader) {
		Reach reach = readers.reachOf(reader, tenant);
		SuccessRegister.Shown shown = register.one(id, reach);
		return ResponseEntity.ok()
			.eTag(Long.toString(shown.version()))
			.body(SuccessView.of(shown, reach == Reach.MEMBER));
	}

	@GetMapping("/api/t/{tenant}/case-studies")
	@Operation(summary = "The compact's case studies: its public successes, newest first, whoever reads",
			description = "With itemId, those that show that principle or code.")
	List<SuccessView> caseStudies(@PathVariable String tenant, @RequestParam(required = false) @Nullable UUID itemId) {
		return register.caseStudies(itemId).stream().map(shown -> SuccessView.of(shown, false)).toList();
	}

	@PostMapping("/api/t/{tenant}/successes")
	@Operation(summary = "Record a success, as a draft")
	ResponseEntity<SuccessView> record(@PathVariable String tenant, @Valid @RequestBody SuccessInput input,
			Authentication editor) {
		SuccessRegister.Shown shown = register.record(input.toStory(), editor.getName());
		return Created.at(shown.id()).eTag(Long.toString(shown.version())).body(SuccessView.of(shown, true));
	}

	@PutMapping("/api/t/{tenant}/successes/{id}")
	@Operation(summary = "Change a success",
			description = "A public one is withdrawn first (409); an approved one goes back to draft. "
					+ "If-Match names the version changed.")
	ResponseEntity<SuccessView> revise(@PathVariable String tenant, @PathVariable UUID id, ExpectedVersion ifMatch,
			@Valid @RequestBody SuccessInput input) {
		return answer(register.revise(id, ifMatch, input.toStory()));
	}

	@PostMapping("/api/t/{tenant}/successes/{id}/approval")
	@Operation(summary = "Approve a draft", description = "If-Match names the version approved.")
	ResponseEntity<SuccessView> approve(@PathVariable String tenant, @PathVariable UUID id, ExpectedVersion ifMatch,
			Authentication editor) {
		return answer(register.approve(id, ifMatch, editor.getName()));
	}

	@PostMapping("/api/t/{tenant}/successes/{id}/publication")
	@Operation(summary = "Make an approved success public: a case study",
			description = "If-Match names the version made public.")
	ResponseEntity<SuccessView> makePublic(@PathVariable String tenant, @PathVariable UUID id,
			ExpectedVersion ifMatch) {
		return answer(register.makePublic(id, ifMatch));
	}

	@PostMapping("/api/t/{tenant}/successes/{id}/withdrawal")
	@Operation(summary = "Withdraw a case study from the public, back to approved",
			description = "If-Match names the version withdrawn.")
	ResponseEntity<SuccessView> withdraw(@PathVariable String tenant, @PathVariable UUID id, ExpectedVersion ifMatch) {
		return answer(register.withdraw(id, ifMatch));
	}

	private static ResponseEntity<SuccessView> answer(SuccessRegister.Shown shown) {
		return ResponseEntity.ok().eTag(Long.toString(shown.version())).body(SuccessView.of(shown, true));
	}

}
