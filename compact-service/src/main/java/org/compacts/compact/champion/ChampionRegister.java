package org.compacts.compact.champion;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.compacts.compact.signatory.OrganisationNames;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.refusal.Refusal;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's champions, each change in one transaction. A person has at most
 * one active nomination per organisation; the nomination itself guards its standing down.
 */
@Service
@Transactional
class ChampionRegister {

	private final Champions champions;

	private final OrganisationNames organisations;

	ChampionRegister(Champions champions, OrganisationNames organisations) {
		this.champions = champions;
		this.organisations = organisations;
	}

	/** A champion, and the name of the organisation they champion. */
	record Named(Champion champion, String organisationName) {
	}

	@Transactional(readOnly = true)
	List<Named> all(UUID organisation) {
		List<Champion> found = organisation == null ? champions.findAllByOrderByUsernameAscNominatedOnAsc()
				: champions.findByOrganisationIdOrderByUsernameAscNominatedOnAsc(organisation);
		var names = organisations.of(found.stream().map(Champion::organisationId).distinct().toList());
		return found.stream().map(champion -> new Named(champion, names.get(champion.organisationId()))).toList();
	}

	@Transactional(readOnly = true)
	Named one(UUID id) {
		return named(find(id));
	}

	Named nominate(String username, UUID organisationId, LocalDate nominatedOn, @Nullable String email,
			String recordedBy) {
		if (organisations.of(organisationId).isEmpty()) {
			throw Refusal.invalid("Champions are nominated for an organisation of this compact.", "organisationId",
					"is not an organisation of this compact");
		}
		if (champions.existsByUsernameAndOrganisationIdAndStoodDownOnIsNull(username, organisationId)) {
			throw Refusal.conflict(
					"This person already champions that organisation; they stand down before a new nomination.",
					"username", "already champions this organisation");
		}
		return named(champions.saveAndFlush(new Champion(username, organisationId, nominatedOn, email, recordedBy)));
	}

	Named standDown(UUID id, ExpectedVersion expected, LocalDate on) {
		Champion champion = find(id);
		expected.require(champion.version());
		champion.standDown(on);
		return named(champions.saveAndFlush(champion));
	}

	private Named named(Champion champion) {
		return new Named(champion, organisations.of(champion.organisationId()).orElse(null));
	}

	private Champion find(UUID id) {
		return champions.findById(id).orElseThrow(() -> Refusal.notFound("No such champion in this compact."));
	}

}
