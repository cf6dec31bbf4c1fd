package org.compacts.compact.signatory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the other parts of a compact may know of its organisations: whether one is there,
 * and its name. They refer to an organisation by its id and never change it.
 */
@Component
public class OrganisationNames {

	private final Organisations organisations;

	OrganisationNames(Organisations organisations) {
		this.organisations = organisations;
	}

	/** Empty for an id this compact does not know, another compact's included. */
	@Transactional(readOnly = true)
	public Optional<String> of(UUID id) {
		return organisations.findById(id).map(Organisation::name);
	}

	/**
	 * Its sector (PUBLIC, VCS or PRIVATE), for figures that count by sector; empty as
	 * {@link #of(UUID)}.
	 */
	@Transactional(readOnly = true)
	public Optional<String> sectorOf(UUID id) {
		return organisations.findById(id).map(organisation -> organisation.sector().name());
	}

	/** Every organisation of this compact, by name. */
	@Transactional(readOnly = true)
	public Map<UUID, String> all() {
		return organisations.findAllByOrderByNameAsc()
			.stream()
			.collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a, LinkedHashMap::new));
	}

	@Transactional(readOnly = true)
	public Map<UUID, String> of(Collection<UUID> ids) {
		return organisations.findAllById(ids).stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
	}

}
