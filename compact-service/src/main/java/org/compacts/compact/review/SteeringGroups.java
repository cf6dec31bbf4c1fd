package org.compacts.compact.review;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SteeringGroups extends JpaRepository<SteeringGroup, UUID> {

	/** The current compact's, if it has one (the tenant is added to the query). */
	@Query("select g from SteeringGroup g")
	Optional<SteeringGroup> current();

	/** Locked until the transaction ends: two changes take turns. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select g from SteeringGroup g")
	Optional<SteeringGroup> lockCurrent();

}
