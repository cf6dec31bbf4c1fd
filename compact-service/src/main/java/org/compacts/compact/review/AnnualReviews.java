package org.compacts.compact.review;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AnnualReviews extends JpaRepository<AnnualReview, java.util.UUID> {

	List<AnnualReview> findAllByOrderByYearDesc();

	List<AnnualReview> findByStateOrderByYearDesc(ReviewState state);

	Optional<AnnualReview> findByYear(int year);

	Optional<AnnualReview> findFirstByOrderByYearDesc();

	/** Locked until the transaction ends: two changes of one review take turns. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from AnnualReview r where r.year = :year")
	Optional<AnnualReview> lockByYear(int year);

}
