package org.compacts.compact.champion;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.compacts.compact.signatory.OrganisationNames;
import org.compacts.compact.web.DayOfRecord;
import org.compacts.compact.web.Refusals;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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

	private final Champions champions;

	private final OrganisationNames organisations;

	ChampionController(Champions champions, OrganisationNames organisations) {
		this.champions = champions;
		this.organisations = organisations;
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

		static ChampionView of(Champion champion, String organisationName) {
			return new ChampionView(champion.id(), champion.username(), champion.organisationId(), organisationName,
					champion.nominatedOn(), champion.stoodDownOn(), champion.isActive(), champion.version());
		}

	}

	@GetMapping
	@Transactional(readOnly = true)
	List<ChampionView> list(@PathVariable String tenant,
			@Parameter(description = "only the champions of this organisation") @RequestParam(
					required = false) UUID organisation) {
		List<Champion> found = organisation == null ? champions.findAllByOrderByUsernameAscNominatedOnAsc()
				: champions.findByOrganisationIdOrderByUsernameAscNominatedOnAsc(organisation);
		Map<UUID, String> names = organisations.of(found.stream().map(Champion::organisationId).distinct().toList());
		return found.stream().map(champion -> ChampionView.of(champion, names.get(champion.organisationId()))).toList();
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	ResponseEntity<ChampionView> one(@PathVariable String tenant, @PathVariable UUID id) {
		Champion champion = find(id);
		return ResponseEntity.ok().eTag(String.valueOf(champion.version())).body(view(champion));
	}

	@PostMapping
	@Transactional
	ResponseEntity<ChampionView> nominate(@PathVariable String tenant, @Valid @RequestBody Nomination nomination,
			Authentication authentication) {
		if (organisations.of(nomination.organisationId()).isEmpty()) {
			throw Refusals.invalid("Champions are nominated for an organisation of this compact.", "organisationId",
					"is not an organisation of this compact");
		}
		if (champions.existsByUsernameAndOrganisationIdAndStoodDownOnIsNull(nomination.username(),
				nomination.organisationId())) {
			throw Refusals.conflict(
					"This person already champions that organisation; they stand down before a new " + "nomination.",
					"username", "already champions this organisation");
		}
		Champion champion = champions.saveAndFlush(new Champion(nomination.username(), nomination.organisationId(),
				nomination.nominatedOn(), authentication.getName()));
		return ResponseEntity.created(URI.create("/api/t/" + tenant + "/champions/" + champion.id()))
			.eTag(String.valueOf(champion.version()))
			.body(view(champion));
	}

	@PostMapping("/{id}/stand-down")
	@Operation(summary = "End a nomination",
			description = "The nomination stays in the record as stood down; If-Match names the version it ends.")
	@Transactional
	ResponseEntity<ChampionView> standDown(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody StandingDown standingDown) {
		Champion champion = find(id);
		Refusals.requireCurrentVersion(ifMatch, champion.version());
		if (!champion.isActive()) {
			throw Refusals.conflict("This champion stood down on " + champion.stoodDownOn() + " already.");
		}
		if (standingDown.stoodDownOn().isBefore(champion.nominatedOn())) {
			throw Refusals.invalid("A champion cannot stand down before they were nominated.", "stoodDownOn",
					"is before the nomination on " + champion.nominatedOn());
		}
		champion.standDown(standingDown.stoodDownOn());
		Champion saved = Refusals.unlessChangedMeanwhile(() -> champions.saveAndFlush(champion));
		return ResponseEntity.ok().eTag(String.valueOf(saved.version())).body(view(saved));
	}

	private ChampionView view(Champion champion) {
		return ChampionView.of(champion, organisations.of(champion.organisationId()).orElse(null));
	}

	private Champion find(UUID id) {
		return champions.findById(id).orElseThrow(() -> Refusals.notFound("No such champion in this compact."));
	}

}
