package org.compacts.compact.plan;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Plans extends JpaRepository<ActionPlan, UUID> {

	List<ActionPlan> findAllByOrderByPeriodDescTitleAsc();

	boolean existsByTitleAndPeriod(String title, String period);

	boolean existsByTitleAndPeriodAndIdNot(String title, String period, UUID id);

}
