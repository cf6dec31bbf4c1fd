package org.compacts.compact.dispute;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's deadline settings: one row at most. */
interface Deadlines extends JpaRepository<DeadlineSettings, UUID> {

	Optional<DeadlineSettings> findFirstBy();

}
