package org.compacts.compact.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanActions extends JpaRepository<PlanAction, UUID> {

	List<PlanAction> findByPlanId(UUID planId);

	List<PlanAction> findByPlanIdIn(Collection<UUID> planIds);

	Optional<PlanAction> findByIdAndPlanId(UUID id, UUID planId);

	List<PlanAction> findByOwnerEmailIsNotNullAndDueOnBetween(LocalDate from, LocalDate to);

}
