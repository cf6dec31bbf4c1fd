package org.compacts.compact.champion;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.compacts.compact.federation.Reach;
import org.compacts.compact.federation.Readers;
import org.compacts.compact.meeting.TrainingRecords;
import org.compacts.compact.meeting.TrainingRecords.Training;
import org.compacts.compact.web.DayOfRecord;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.web.Created;
import org.compacts.servicekit.web.FormFields;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anyone reads who champions a compact, as the compact publishes it; its editors record
 * nominations and standing down. A person has at most one active nomination per
 * organisation.
 */
@RestController
@RequestMapping("/api/t/{tenant}/champions")
class ChampionController {

	private final ChampionRegister register;

	private final TrainingRecords trainingRecords;

	private final Readers readers;

	ChampionController(ChampionRegister register, TrainingRecords trainingRecords, Readers readers) {
		this.register = register;
		this.trainingRecords = trainingRecords;
		this.readers = readers;
	}

	record Nomination(
			@NotBlank @Size(max = 255) @Pattern(regexp = "[a-z0-9._-]*",
					message = "may hold only lowercase letters, digits, '.', '-' and '_'") String username,
			@NotNull UUID organisationId, @NotNull @DayOfRecord LocalDate nominatedOn,
			@Nullable @Size(max = 254) @Email String email) {

		Nomination {
			email = FormFields.strippedOrNull(email);
		}

	}

	record StandingDown(@NotNull @DayOfRecord LocalDate stoodDownOn) {
	}

	/**
	 * @param email where the compact's updates reach them: for its members only
	 * @param training the training sessions they are recorded as having attended, newest
	 * first
	 */
	record ChampionView(UUID id, String username, UUID organisationId, String organisationName, LocalDate nominatedOn,
			LocalDate stoodDownOn, boolean active, @Nullable String email, List<Training> training, long version) {

		static ChampionView of(ChampionRegister.Named named, boolean member, List<Training> training) {
			Champion champion = named.champion();
			String organisationName = named.organisationName();
			return new ChampionView(champion.id(), champion.username(), champion.organisationId(), organisationName,
					champion.nominatedOn(), champion.stoodDownOn(), champion.isActive(),
					member ? champion.email() : null, training, champion.version());
		}

	}

	@GetMapping
	List<ChampionView> list(@PathVariable String tenant, @Parameter(
			description = "only the champions of this organisation") @RequestParam(required = false) UUID organisation,
			Authentication reader) {
		List<ChampionRegister.Named> all = register.all(organisation);
		Map<String, List<Training>> training = trainingRecords
			.attendedBy(all.stream().map(named -> named.champion().username()).distinct().toList());
		boolean member = readers.reachOf(reader, tenant) == Reach.MEMBER;
		return all.stream()
			.map(named -> ChampionView.of(named, member, training.getOrDefault(named.champion().username(), List.of())))
			.toList();
	}

	@GetMapping("/{id}")
	ResponseEntity<ChampionView> one(@PathVariable String tenant, @PathVariable UUID id, Authentication reader) {
		return withETag(ResponseEntity.ok(), register.one(id), readers.reachOf(reader, tenant) == Reach.MEMBER);
	}

	@PostMapping
	ResponseEntity<ChampionView> nominate(@PathVariable String tenant, @Valid @RequestBody Nomination nomination,
			Authentication authentication) {
		ChampionRegister.Named named = register.nominate(nomination.username(), nomination.organisationId(),
				nomination.nominatedOn(), nomination.email(), authentication.getName());
		return withETag(Created.at(named.champion().id()), named, true);
	}

	@PostMapping("/{id}/stand-down")
	@Operation(summary = "End a nomination",
			description = "The nomination stays in the record as stood down; If-Match names the version it ends.")
	ResponseEntity<ChampionView> standDown(@PathVariable String tenant, @PathVariable UUID id, ExpectedVersion ifMatch,
			@Valid @RequestBody StandingDown standingDown) {
		return withETag(ResponseEntity.ok(), register.standDown(id, ifMatch, standingDown.stoodDownOn()), true);
	}

	private ResponseEntity<ChampionView> withETag(ResponseEntity.BodyBuilder response, ChampionRegister.Named named,
			boolean member) {
		String username = named.champion().username();
		List<Training> training = trainingRecords.attendedBy(List.of(username)).getOrDefault(username, List.of());
		return response.eTag(Long.toString(named.champion().version())).body(ChampionView.of(named, member, training));
	}

}
