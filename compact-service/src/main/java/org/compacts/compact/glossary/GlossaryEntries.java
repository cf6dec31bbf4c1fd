package org.compacts.compact.glossary;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface GlossaryEntries extends JpaRepository<GlossaryEntry, UUID> {

	List<GlossaryEntry> findAllByOrderByTermAsc();

	boolean existsByTermIgnoreCase(String term);

	boolean existsByTermIgnoreCaseAndIdNot(String term, UUID id);

}
