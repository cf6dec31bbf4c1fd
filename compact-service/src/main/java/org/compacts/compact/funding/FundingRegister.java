package org.compacts.compact.funding;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.compacts.compact.signatory.OrganisationNames;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.refusal.InvalidField;
import org.compacts.servicekit.refusal.Refusal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's funding register, each change in one transaction: it finds the
 * organisations and the funding code in force, and lets the record check itself.
 */
@Service
@Transactional
class FundingRegister {

	private final FundingAgreements agreements;

	private final FundingCode code;

	private final OrganisationNames organisations;

	private final EntityManager entities;

	private final Clock clock;

	FundingRegister(FundingAgreements agreements, FundingCode code, OrganisationNames organisations,
			EntityManager entities, ObjectProvider<Clock> clock) {
		this.agreements = agreements;
		this.code = code;
		this.organisations = organisations;
		this.entities = entities;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * A record as read inside the transaction, its organisations named and its findings
	 * read (a lazy collection).
	 */
	record Shown(FundingAgreement agreement, String funder, String recipient, List<Finding> findings) {
	}

	/** What a record says: its title and the organisations between which it runs. */
	record Parties(String title, UUID funderId, UUID recipientId) {
	}

	@Transactional(readOnly = true)
	List<Shown> all() {
		return shown(agreements.newestFirst());
	}

	@Transactional(readOnly = true)
	Shown one(UUID id) {
		return shown(List.of(agreements.findById(id).orElseThrow(FundingRegister::notFound))).get(0);
	}

	Shown record(Parties parties, Terms terms, String by) {
		requireKnown(parties);
		FundingAgreement agreement = new FundingAgreement(parties.title(), parties.funderId(), parties.recipientId(),
				terms, code.inForce(), by, now());
		return shown(List.of(agreements.saveAndFlush(agreement))).get(0);
	}

	Shown revise(UUID id, ExpectedVersion expected, Parties parties, Terms terms) {
		FundingAgreement agreement = agreements.lockById(id).orElseThrow(FundingRegister::notFound);
		expected.require(agreement.version());
		requireKnown(parties);
		agreement.revise(parties.title(), parties.funderId(), parties.recipientId(), terms, code.inForce(), now());
		agreements.flush();
		return shown(List.of(agreement)).get(0);
	}

	/**
	 * Checks every record again against the code now in force, in the transaction that
	 * published it.
	 * @return the records that passed before and fail now
	 */
	List<UUID> recheck() {
		// the read model of what is published changed in this transaction: let the
		// query see it
		entities.flush();
		Optional<FundingCode.InForce> inForce = code.inForce();
		Instant at = now();
		List<UUID> newlyFailing = new ArrayList<>();
		for (FundingAgreement agreement : agreements.newestFirst()) {
			if (agreement.recheck(inForce, at)) {
				newlyFailing.add(agreement.id());
			}
		}
		return newlyFailing;
	}

	private void requireKnown(Parties parties) {
		Map<UUID, String> known = organisations.of(List.of(parties.funderId(), parties.recipientId()));
		List<InvalidField> problems = new ArrayList<>();
		if (!known.containsKey(parties.funderId())) {
			problems.add(new InvalidField("funderId", "is not an organisation of this compact"));
		}
		if (!known.containsKey(parties.recipientId())) {
			problems.add(new InvalidField("recipientId", "is not an organisation of this compact"));
		}
		if (parties.funderId().equals(parties.recipientId())) {
			problems.add(new InvalidField("recipientId", "is the funder: funding runs between two organisations"));
		}
		if (!problems.isEmpty()) {
			throw Refusal.invalid("The funding record cannot be kept as written.", problems);
		}
	}

	private List<Shown> shown(List<FundingAgreement> found) {
		List<UUID> ids = found.stream()
			.flatMap(agreement -> java.util.stream.Stream.of(agreement.funderId(), agreement.recipientId()))
			.distinct()
			.toList();
		Map<UUID, String> names = ids.isEmpty() ? Map.of() : organisations.of(ids);
		return found.stream()
			.map(agreement -> new Shown(agreement, names.getOrDefault(agreement.funderId(), ""),
					names.getOrDefault(agreement.recipientId(), ""), agreement.findings()))
			.toList();
	}

	private Instant now() {
		// PostgreSQL keeps microseconds: what is answered is what is read back
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static Refusal notFound() {
		return Refusal.notFound("No such funding record in this compact.");
	}

}
