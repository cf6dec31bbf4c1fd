package org.compacts.compact.signatory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.compacts.compact.item.CodesOfPractice;
import org.compacts.compact.signatory.Signature.Terms;
import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.refusal.Refusal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's signatures, each change in one transaction: it finds what a rule
 * needs (the organisation, the compact's codes) and lets the {@link Signature} decide.
 */
@Service
@Transactional
class SignatureRegister {

	private final Signatures signatures;

	private final Organisations organisations;

	private final CodesOfPractice codes;

	SignatureRegister(Signatures signatures, Organisations organisations, CodesOfPractice codes) {
		this.signatures = signatures;
		this.organisations = organisations;
		this.codes = codes;
	}

	/**
	 * A signature, what it signed (read inside the transaction: the codes are a lazy
	 * collection), and the name of the organisation that signed it.
	 */
	record Named(Signature signature, Terms terms, String organisationName) {

		Named(Signature signature, String organisationName) {
			this(signature, signature.terms(), organisationName);
		}

	}

	@Transactional(readOnly = true)
	List<Named> all(UUID organisation) {
		List<Signature> found = organisation == null ? signatures.findAllByOrderBySignedOnAscCreatedAtAsc()
				: signatures.findByOrganisationIdOrderBySignedOnAscCreatedAtAsc(organisation);
		Map<UUID, String> names = organisations
			.findAllById(found.stream().map(Signature::organisationId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Organisation::id, Organisation::name));
		return found.stream().map(signature -> new Named(signature, names.get(signature.organisationId()))).toList();
	}

	@Transactional(readOnly = true)
	Named one(UUID id) {
		return named(find(id));
	}

	Named record(UUID organisationId, Terms terms, String recordedBy) {
		if (!organisations.existsById(organisationId)) {
			throw Refusal.invalid("A signature is an organisation's of this compact.", "organisationId",
					"is not an organisation of this compact");
		}
		return named(signatures.saveAndFlush(new Signature(organisationId, terms, knownCodes(terms), recordedBy)));
	}

	Named correct(UUID id, ExpectedVersion expected, UUID organisationId, Terms terms) {
		Signature signature = find(id);
		expected.require(signature.version());
		signature.correct(organisationId, terms, knownCodes(terms));
		return named(signatures.saveAndFlush(signature));
	}

	Named withdraw(UUID id, ExpectedVersion expected, LocalDate on, String reason, String recordedBy) {
		Signature signature = find(id);
		expected.require(signature.version());
		signature.withdraw(on, reason, recordedBy);
		return named(signatures.saveAndFlush(signature));
	}

	private Set<UUID> knownCodes(Terms terms) {
		return codes.knownAmong(Set.copyOf(terms.codes()));
	}

	private Named named(Signature signature) {
		return new Named(signature,
				organisations.findById(signature.organisationId()).map(Organisation::name).orElse(null));
	}

	private Signature find(UUID id) {
		return signatures.findById(id).orElseThrow(() -> Refusal.notFound("No such signature in this compact."));
	}

}
