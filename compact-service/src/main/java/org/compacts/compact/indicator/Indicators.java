package org.compacts.compact.indicator;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Indicators extends JpaRepository<Indicator, UUID> {

	@Query("select i from Indicator i order by lower(i.name), i.id")
	List<Indicator> allByName();

	/**
	 * The indicator, locked until the transaction ends: two readings of one day, or a
	 * reading and a revision, take turns, so the later one meets the earlier one's
	 * version instead of a constraint.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Indicator i where i.id = :id")
	Optional<Indicator> lockById(UUID id);

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, UUID id);

}
