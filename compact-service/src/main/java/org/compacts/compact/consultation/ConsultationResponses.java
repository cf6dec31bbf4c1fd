package org.compacts.compact.consultation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsultationResponses extends JpaRepository<ConsultationResponse, UUID> {

	List<ConsultationResponse> findByConsultationIdOrderByCreatedAtAscIdAsc(UUID consultationId);

	List<ConsultationResponse> findByConsultationIdAndRespondedByOrderByCreatedAtAsc(UUID consultationId,
			String respondedBy);

	Optional<ConsultationResponse> findByIdAndConsultationId(UUID id, UUID consultationId);

	boolean existsByConsultationIdAndOrganisationId(UUID consultationId, UUID organisationId);

	boolean existsByConsultationIdAndOrganisationIdIsNullAndRespondedBy(UUID consultationId, String respondedBy);

	long countByConsultationId(UUID consultationId);

}
