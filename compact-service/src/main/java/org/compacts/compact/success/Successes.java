package org.compacts.compact.success;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Successes extends JpaRepository<Success, UUID> {

	@Query("select s from Success s order by s.createdAt desc, s.id")
	List<Success> newestFirst();

	@Query("select s from Success s where s.state = org.compacts.compact.success.State.PUBLIC "
			+ "order by s.publicSince desc, s.id")
	List<Success> publicNewestFirst();

	/** Locked until the transaction ends: two changes of one success take turns. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from Success s where s.id = :id")
	Optional<Success> lockById(UUID id);

}
