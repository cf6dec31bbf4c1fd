package org.compacts.compact.signatory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the other parts of a compact may know of what an organisation signed: the codes of
 * practice of its signatures that stand (not withdrawn), and which side it is on, since
 * each side gives its own undertakings.
 */
@Component
public class SignedCodes {

	private final Organisations organisations;

	private final Signatures signatures;

	SignedCodes(Organisations organisations, Signatures signatures) {
		this.organisations = organisations;
		this.signatures = signatures;
	}

	/**
	 * @param sector {@code PUBLIC}, {@code VCS} or {@code PRIVATE}
	 * @param codes the codes signed, each once, in the order first signed
	 */
	public record Signatory(UUID organisationId, String name, String sector, List<UUID> codes) {
	}

	/** Empty for an organisation this compact does not know. */
	@Transactional(readOnly = true)
	public Optional<Signatory> of(UUID organisationId) {
		return organisations.findById(organisationId).map(organisation -> {
			Set<UUID> codes = new LinkedHashSet<>();
			signatures.findByOrganisationIdOrderBySignedOnAscCreatedAtAsc(organisationId)
				.stream()
				.filter(signature -> !signature.isWithdrawn())
				.forEach(signature -> codes.addAll(signature.terms().codes()));
			return new Signatory(organisation.id(), organisation.name(), organisation.sector().name(),
					List.copyOf(codes));
		});
	}

}
