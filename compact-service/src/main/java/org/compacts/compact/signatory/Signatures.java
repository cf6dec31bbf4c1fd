package org.compacts.compact.signatory;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Signatures extends JpaRepository<Signature, UUID> {

	List<Signature> findAllByOrderBySignedOnAscCreatedAtAsc();

	List<Signature> findByOrganisationIdOrderBySignedOnAscCreatedAtAsc(UUID organisationId);

	boolean existsByOrganisationId(UUID organisationId);

}
