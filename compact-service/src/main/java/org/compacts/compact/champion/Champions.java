package org.compacts.compact.champion;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Champions extends JpaRepository<Champion, UUID> {

	List<Champion> findAllByOrderByUsernameAscNominatedOnAsc();

	List<Champion> findByOrganisationIdOrderByUsernameAscNominatedOnAsc(UUID organisationId);

	boolean existsByUsernameAndOrganisationIdAndStoodDownOnIsNull(String username, UUID organisationId);

}
