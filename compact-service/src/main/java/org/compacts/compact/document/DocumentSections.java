package org.compacts.compact.document;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface DocumentSections extends JpaRepository<DocumentSection, UUID> {

	List<DocumentSection> findAllBy();

	Optional<DocumentSection> findBySectionKey(SectionKey key);

	/**
	 * For a change: a second writer waits here, then sees the first one's version and is
	 * told it is stale.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<DocumentSection> findForUpdateBySectionKey(SectionKey key);

}
