package org.compacts.compact.consultation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Consultations extends JpaRepository<Consultation, UUID> {

	@Query("select c from Consultation c order by c.createdAt desc, c.id")
	List<Consultation> newestFirst();

	/**
	 * Locked until the transaction ends: changes of one consultation, and the responses
	 * to it, take turns, so two responses for one organisation cannot both be first.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Consultation c where c.id = :id")
	Optional<Consultation> lockById(UUID id);

}
