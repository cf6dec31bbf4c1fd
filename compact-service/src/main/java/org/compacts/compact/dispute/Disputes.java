package org.compacts.compact.dispute;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Disputes extends JpaRepository<Dispute, UUID> {

	List<Dispute> findAllByOrderByRaisedOnDescTitleAsc();

	List<Dispute> findBySummaryPublishedOnNotNullOrderByStageSinceDesc();

	/** Open disputes whose current stage's last day was before the day given. */
	List<Dispute> findByStageDeadlineBeforeOrderByStageDeadlineAsc(LocalDate day);

}
