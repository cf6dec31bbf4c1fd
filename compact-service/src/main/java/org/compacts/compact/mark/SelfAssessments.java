package org.compacts.compact.mark;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SelfAssessments extends JpaRepository<SelfAssessment, UUID> {

	@Query("select a from SelfAssessment a order by a.createdAt desc, a.id")
	List<SelfAssessment> newestFirst();

	/**
	 * Marks in force that expire on or before the day: what the renewal reminders name.
	 */
	@Query("select a from SelfAssessment a where a.state = org.compacts.compact.mark.State.AWARDED "
			+ "and a.expiresOn <= :day order by a.expiresOn, a.id")
	List<SelfAssessment> awardedExpiringBy(LocalDate day);

	/** Locked until the transaction ends: two changes of one assessment take turns. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from SelfAssessment a where a.id = :id")
	Optional<SelfAssessment> lockById(UUID id);

}
