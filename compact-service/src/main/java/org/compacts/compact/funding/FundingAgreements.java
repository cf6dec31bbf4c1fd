package org.compacts.compact.funding;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface FundingAgreements extends JpaRepository<FundingAgreement, UUID> {

	@Query("select f from FundingAgreement f order by f.startsOn desc, f.recordedAt desc, f.id")
	List<FundingAgreement> newestFirst();

	/** Locked until the transaction ends: two changes of one record take turns. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select f from FundingAgreement f where f.id = :id")
	Optional<FundingAgreement> lockById(UUID id);

}
