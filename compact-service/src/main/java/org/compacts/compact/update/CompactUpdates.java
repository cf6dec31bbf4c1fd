package org.compacts.compact.update;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompactUpdates extends JpaRepository<CompactUpdate, UUID> {

	List<CompactUpdate> findAllByOrderBySentAtDesc();

}
