package org.compacts.compact.champion;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.compacts.compact.web.DayOfRecord;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.web.Created;

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

	ChampionController(ChampionRegister register) {
		this.register = register;
	}

	record Nomination(
			@NotBlank @Size(max = 255) @Pattern(regexp = "[a-z0-9._-]*",
					message = "may hold only lowercase letters, digits, '.', '-' and '_'") String username,
			@NotNull UUID organisationId, @NotNull @DayOfRecord LocalDate nominatedOn) {
	}

	record StandingDown(@NotNull @DayOfRecord LocalDate stoodDownOn) {
	}

	record ChampionView(UUID id, String username, UUID organisationId, String organisationName, LocalDate nominatedOn,
			LocalDate stoodDownOn, boolean active, long version) {

		static ChampionView of(ChampionRegister.Named named) {
			Champion champion = named.champion();
			String organisationName = named.organisationName();
			return new ChampionView(champion.id(), champion.username(), champion.organisationId(), organisationName,
					champion.nominatedOn(), champion.stoodDownOn(), champion.isActive(), champion.version());
		}

	}

	@GetMapping
	List<ChampionView> list(@PathVariable String tenant,
			@Parameter(description = "only the champions of this organisation") @RequestParam(
					required = false) UUID organisation) {
		return register.all(organisation).stream().map(ChampionView::of).toList();
	}

	@GetMapping("/{id}")
	ResponseEntity<ChampionView> one(@PathVariable String tenant, @PathVariable UUID id) {
		return withETag(ResponseEntity.ok(), register.one(id));
	}

	@PostMapping
	ResponseEntity<ChampionView> nominate(@PathVariable String tenant, @Valid @RequestBody Nomination nomination,
			Authentication authentication) {
		ChampionRegister.Named named = register.nominate(nomination.username(), nomination.organisationId(),
				nomination.nominatedOn(), authentication.getName());
		return withETag(Created.at(named.champion().id()), named);
	}

	@PostMapping("/{id}/stand-down")
	@Operation(summary = "End a nomination",
			description = "The nomination stays in the record as stood down; If-Match names the version it ends.")
	ResponseEntity<ChampionView> standDown(@PathVariable String tenant, @PathVariable UUID id, ExpectedVersion ifMatch,
			@Valid @RequestBody StandingDown standingDown) {
		return withETag(ResponseEntity.ok(), register.standDown(id, ifMatch, standingDown.stoodDownOn()));
	}

	private static ResponseEntity<ChampionView> withETag(ResponseEntity.BodyBuilder response,
			ChampionRegister.Named named) {
		return response.eTag(Long.toString(named.champion().version())).body(ChampionView.of(named));
	}

}
