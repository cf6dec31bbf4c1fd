package org.compacts.compact.consultation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsultationReplies extends JpaRepository<ConsultationReply, UUID> {

	List<ConsultationReply> findByConsultationId(UUID consultationId);

	Optional<ConsultationReply> findByIdAndConsultationId(UUID id, UUID consultationId);

}
