package org.compacts.compact.review;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AmendmentSuggestions extends JpaRepository<AmendmentSuggestion, UUID> {

	List<AmendmentSuggestion> findAllByOrderByReceivedOnDescSuggestedAtDesc();

	List<AmendmentSuggestion> findByGatheredIntoIsNullOrderByReceivedOnAscSuggestedAtAsc();

}
