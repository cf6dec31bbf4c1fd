package org.compacts.compact.adoption;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Adoptions extends JpaRepository<Adoption, UUID> {

	/**
	 * The current tenant's copy of an upstream item, locked until the transaction ends:
	 * an apply and an editor's resolution of the same copy take turns.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Adoption a where a.sourceTenant = :sourceTenant and a.sourceItemId = :sourceItemId")
	Optional<Adoption> lockBySource(String sourceTenant, UUID sourceItemId);

	/** The current tenant's copies with an open conflict, the longest waiting first. */
	List<Adoption> findByConflictVersionIsNotNullOrderByConflictSinceAscItemIdAsc();

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Adoption a where a.itemId = :itemId")
	Optional<Adoption> lockByItem(UUID itemId);

}
